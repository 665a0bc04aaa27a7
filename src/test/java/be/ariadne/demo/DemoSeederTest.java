package be.ariadne.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

@IntegrationTest
class DemoSeederTest {
    @Autowired DemoSeeder seeder;
    @Autowired JdbcClient jdbc;

    @Test
    void seedsEveryDemoUserOnceWithTheDemoPassword() {
        List<String> users = jdbc.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list();
        assertThat(users).contains("frontline", "caseworker", "police", "prosecutor", "immigration", "analyst", "admin");
        long orgs = jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single();
        long accounts = jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();

        seeder.seed();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single()).isEqualTo(orgs);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(accounts);
        assertThat(jdbc.sql("SELECT type FROM organisation WHERE code = 'PAG_ASA'").query(String.class).single())
                .isEqualTo("SPECIALISED_CENTRE");
        assertThat(jdbc.sql("SELECT setting_value FROM app_setting WHERE name = 'demo.data'").query(String.class).single()).isEqualTo("true");
    }

    @Test
    void isRefusedInProduction() {
        MockEnvironment production = new MockEnvironment().withProperty("ariadne.env", "production");
        DemoSeeder refusing = new DemoSeeder(null, null, null, List.of(), null, production);
        assertThatThrownBy(() -> refusing.run(new DefaultApplicationArguments("--demo")))
                .hasMessageContaining("refused when ARIADNE_ENV=production");
    }
}
