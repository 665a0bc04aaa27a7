package be.ariadne.protection.app;

import be.ariadne.crypto.EncryptedColumn;
import be.ariadne.protection.DurationRules;
import be.ariadne.shared.dashboard.FunnelStep;
import be.ariadne.shared.web.HomeSection;
import be.ariadne.shared.web.NavigationItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data files (durations, recording rights), checked at start-up, and the module's contributions to other modules. */
@Configuration(proxyBeanMethods = false)
class ProtectionConfig {
    @Bean
    DurationRules durationRules() {
        return DurationRules.loadDefault();
    }

    @Bean
    RecordingRights recordingRights() {
        return RecordingRights.load();
    }

    @Bean
    EncryptedColumn procedureEventNoteColumn() {
        return new EncryptedColumn(ProcedureStore.EVENT_TABLE, "id", "note", ProcedureStore.EVENT_TABLE, "note", "case_id");
    }

    @Bean
    NavigationItem navDeadlines() {
        return new NavigationItem("protection.nav.deadlines", "/deadlines", Set.of("CASE_WORKER"), 110);
    }

    @Bean
    NavigationItem navReminders() {
        return new NavigationItem("protection.nav.reminders", "/reminders", Set.of("CASE_WORKER"), 115);
    }

    @Bean
    NavigationItem navImmigration() {
        return new NavigationItem("protection.nav.immigration", "/immigration", Set.of("IMMIGRATION_OFFICER"), 105);
    }

    @Bean
    HomeSection expiringHomeSection() {
        return new HomeSection("protection.home.expiring.title", "protection.home.expiring.text", Set.of("CASE_WORKER"), 90,
                "/deadlines/fragments/soon", List.of(new HomeSection.Link("protection.nav.deadlines", "/deadlines")));
    }

    @Bean
    HomeSection remindersHomeSection() {
        return new HomeSection("protection.home.reminders.title", "protection.home.reminders.text", Set.of("CASE_WORKER"), 95,
                "/reminders/fragments/unread", List.of(new HomeSection.Link("protection.nav.reminders", "/reminders")));
    }

    @Bean
    HomeSection immigrationHomeSection() {
        return new HomeSection("protection.home.immigration.title", "protection.home.immigration.text", Set.of("IMMIGRATION_OFFICER"), 90,
                null, List.of(new HomeSection.Link("protection.nav.immigration", "/immigration")));
    }

    /** Analysts' funnel, step 4: cases whose victim status was confirmed (first A card, or a B card directly), by that day. */
    @Bean
    FunnelStep statusObtained(ProcedureStore store) {
        return new FunnelStep() {
            @Override
            public String key() {
                return "statusObtained";
            }

            @Override
            public int order() {
                return 40;
            }

            @Override
            public long count(LocalDate from, LocalDate to, String centreCode) {
                return store.statusObtained(from, to, centreCode);
            }
        };
    }
}
