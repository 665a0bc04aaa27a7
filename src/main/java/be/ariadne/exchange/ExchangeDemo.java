package be.ariadne.exchange;

import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.CaseImport;
import be.ariadne.casefile.ImportedCase;
import be.ariadne.shared.DemoContributor;
import be.ariadne.shared.SystemActor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --demo}: besides the hand-made demo cases, {@value #DEFAULT_CASES} generated cases (fixed
 * seed, registered 2016–2025) imported through the HTCDS import path: children to the centres for
 * minors, adults to PAG-ASA, Payoke and Sürya. Idempotent (recognised by the first case's external
 * id). {@code ariadne.demo.cases=0} seeds none (the test harness); another number seeds that many.
 */
@Component
class ExchangeDemo implements DemoContributor {
    static final int DEFAULT_CASES = 300;
    static final long SEED = 20_260_601L;
    private static final Logger log = LoggerFactory.getLogger(ExchangeDemo.class);
    private static final String[] ADULT_CENTRES = {"PAG_ASA", "PAYOKE", "SURYA"};
    private static final String[] MINOR_CENTRES = {"ESPERANTO", "MINOR_NDAKO", "JUNA"};

    private final CaseImport cases;
    private final CaseFiles files;
    private final TransactionTemplate tx;
    private final Environment env;

    ExchangeDemo(CaseImport cases, CaseFiles files, TransactionTemplate tx, Environment env) {
        this.cases = cases;
        this.files = files;
        this.tx = tx;
        this.env = env;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void seed() {
        int count = count(env.getProperty("ariadne.demo.cases"));
        if (count > 0) seed(count);
    }

    static int count(String property) {
        if (property == null || property.isBlank()) return DEFAULT_CASES;
        try {
            return Math.max(0, Integer.parseInt(property.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_CASES;
        }
    }

    /** Imports {@code count} generated cases unless they are there; returns how many were created. */
    int seed(int count) {
        SyntheticCaseGenerator generator = new SyntheticCaseGenerator(SEED);
        Map<String, List<ImportedCase>> byCentre = new LinkedHashMap<>();
        String firstCentre = null;
        String firstId = null;
        for (int i = 0; i < count; i++) {
            HtcdsRecord generated = generator.next();
            HtcdsRecord r = generated.toBuilder().externalId(generated.externalId().replace("SYN-", "DEMOSYN-")).build();
            boolean minor = r.birthDate() != null && r.birthDate().ageAt(r.registrationDate()) < 18;
            String[] centres = minor ? MINOR_CENTRES : ADULT_CENTRES;
            String centre = centres[Math.floorMod(r.externalId().hashCode(), centres.length)];
            if (firstId == null) {
                firstCentre = centre;
                firstId = r.externalId();
            }
            byCentre.computeIfAbsent(centre, c -> new ArrayList<>()).add(CaseMapping.toCase(r));
        }
        String centre0 = firstCentre;
        String id0 = firstId;
        SystemActor actor = new SystemActor("demo");
        return actor.call(() -> tx.execute(s -> {
            if (id0 == null || files.findByExternalId(centre0, id0).isPresent()) return 0;
            int created = 0;
            for (Map.Entry<String, List<ImportedCase>> e : byCentre.entrySet()) {
                CaseImport.Session session = cases.begin(e.getKey());
                CaseImport.Outcome outcome = session.add(e.getValue());
                outcome.problems().forEach(p -> log.warn("demo case left out: {} {} {}: {}", e.getKey(), p.field(), p.value(), p.message()));
                session.finish("demo data", outcome.problems().size());
                created += outcome.created();
            }
            log.info("Demo data: {} generated cases imported", created);
            return created;
        }));
    }
}
