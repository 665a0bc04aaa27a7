package be.ariadne.privacy;

import be.ariadne.access.Accounts;
import be.ariadne.access.Role;
import be.ariadne.shared.DemoContributor;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Demo: the data protection officer of PAG-ASA, {@code dpo} (password {@code demo}). */
@Component
class PrivacyDemo implements DemoContributor {
    private final Accounts accounts;

    PrivacyDemo(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void seed() {
        if (accounts.byUsername("dpo").isEmpty()) {
            accounts.createWithPassword(new Accounts.NewUser("dpo", "Dana Protection (demo DPO)", null, "PAG_ASA",
                    Set.of(Role.DATA_PROTECTION_OFFICER)), "demo", false);
        }
    }
}
