package be.ariadne.publicsite.training;

import be.ariadne.shared.DemoContributor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Three upcoming demo sessions (one per main language, one online), seeded once. */
@Component
class TrainingDemoData implements DemoContributor {
    private record Demo(String topic, String description, String language, int inDays, String venue, String url, int capacity) {
    }

    private static final List<Demo> SESSIONS = List.of(
            new Demo("Détecter les victimes de la traite : les signaux et l'orientation (démo)",
                    "Session de démonstration : les onze signaux, l'entretien, l'orientation vers un centre spécialisé.",
                    "fr", 21, "Salle de démonstration, Rue de l'Exemple 1, 1000 Bruxelles", null, 20),
            new Demo("Slachtoffers van mensenhandel herkennen en doorverwijzen (demo)",
                    "Demosessie: de elf signalen, het gesprek, de doorverwijzing naar een gespecialiseerd centrum.",
                    "nl", 28, "Demozaal, Voorbeeldstraat 1, 2000 Antwerpen", null, 20),
            new Demo("Detecting victims of trafficking in labour inspections (demo)",
                    "Demo session for inspectors: indicators of labour exploitation and the referral mechanism.",
                    "en", 35, null, "https://meet.example.org/ariadne-demo", 3));

    private final JdbcClient jdbc;
    private final TrainingStore store;
    private final Clock clock;
    private final ZoneId zone;

    TrainingDemoData(JdbcClient jdbc, TrainingStore store, Clock clock, @Value("${ariadne.publicsite.time-zone:Europe/Brussels}") ZoneId zone) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void seed() {
        for (Demo d : SESSIONS) {
            if (jdbc.sql("SELECT COUNT(*) FROM training_session WHERE topic = ?").param(d.topic()).query(Long.class).single() > 0) continue;
            LocalDate day = LocalDate.now(clock.withZone(zone)).plusDays(d.inDays());
            store.insertSession(new TrainingChecks.ValidSession(d.topic(), d.description(), d.language(),
                    day.atTime(LocalTime.of(9, 30)).atZone(zone).toInstant(), 180, d.venue(), d.url(), d.capacity()), clock.instant());
        }
    }
}
