package be.ariadne.demo;

import be.ariadne.access.Accounts;
import be.ariadne.access.OrganisationType;
import be.ariadne.access.Organisations;
import be.ariadne.access.Role;
import be.ariadne.shared.DemoContributor;
import be.ariadne.shared.SystemActor;
import be.ariadne.shared.SystemSettings;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo organisations and users (data file {@code demo/demo-accounts.json}) and lets
 * every module add its demo data. Idempotent: what exists is left as it is. Refused in production.
 */
@Component
@Order(100)
class DemoSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    static final String DEMO_PASSWORD = "demo";

    private final Organisations organisations;
    private final Accounts accounts;
    private final SystemSettings settings;
    private final List<DemoContributor> contributors;
    private final TransactionTemplate tx;
    private final Environment env;

    DemoSeeder(Organisations organisations, Accounts accounts, SystemSettings settings, List<DemoContributor> contributors,
               TransactionTemplate tx, Environment env) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.settings = settings;
        this.contributors = contributors;
        this.tx = tx;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("demo") && !env.getProperty("ariadne.demo", Boolean.class, false)) return;
        if ("production".equalsIgnoreCase(env.getProperty("ariadne.env"))) {
            throw new IllegalStateException("--demo is refused when ARIADNE_ENV=production");
        }
        new SystemActor("demo").run(this::seed);
    }

    void seed() {
        JsonNode data = read();
        tx.executeWithoutResult(s -> {
            for (JsonNode o : data.path("organisations")) {
                String code = o.path("code").asString();
                if (organisations.byCode(code).isEmpty()) {
                    organisations.create(code, o.path("name").asString(), OrganisationType.valueOf(o.path("type").asString()));
                }
            }
            for (JsonNode u : data.path("users")) {
                String username = u.path("username").asString();
                if (accounts.byUsername(username).isEmpty()) {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    u.path("roles").forEach(r -> roles.add(Role.valueOf(r.asString())));
                    accounts.createWithPassword(new Accounts.NewUser(username, u.path("displayName").asString(), null,
                            u.path("organisation").asString(), roles), DEMO_PASSWORD, false);
                }
            }
            settings.put(SystemSettings.DEMO_DATA, "true");
        });
        contributors.stream().sorted(Comparator.comparingInt(DemoContributor::order)).forEach(DemoContributor::seed);
        log.info("Demo data ready: sign in as frontline, caseworker, police, prosecutor, immigration, analyst or admin (password 'demo').");
    }

    private static JsonNode read() {
        try (InputStream in = DemoSeeder.class.getResourceAsStream("/demo/demo-accounts.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read demo/demo-accounts.json", e);
        }
    }
}
