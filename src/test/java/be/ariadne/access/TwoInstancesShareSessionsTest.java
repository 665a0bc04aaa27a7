package be.ariadne.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.AriadneApplication;
import be.ariadne.testsupport.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two application instances on one database behave as one: a sign-in on one is valid on the other, and so is a sign-out. */
class TwoInstancesShareSessionsTest {

    private static ConfigurableApplicationContext start(boolean demo) {
        return new SpringApplicationBuilder(AriadneApplication.class)
                .run("--server.port=0", "--ariadne.test.db-name=two-instances", "--ariadne.demo=" + demo, "--ariadne.demo.cases=0");
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    @Test
    void aSessionStartedOnOneInstanceIsValidOnTheOther() {
        try (ConfigurableApplicationContext a = start(true); ConfigurableApplicationContext b = start(false)) {
            WebClient web = new WebClient(port(a));
            assertThat(web.login("prosecutor", "demo").statusCode()).isEqualTo(302);
            assertThat(web.get("/home").statusCode()).isEqualTo(200);

            web.withPort(port(b));
            HttpResponse<String> onB = web.get("/home");
            assertThat(onB.statusCode()).isEqualTo(200);
            assertThat(onB.body()).contains("prosecutor");

            web.post("/logout", java.util.Map.of());
            web.withPort(port(a));
            assertThat(web.get("/home").statusCode()).as("signed out everywhere").isEqualTo(302);
        }
    }
}
