package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** One engine (and its lazily built per-language phrases) serving several threads gives the sequential results. */
class ConcurrencyTest {

    @Test
    void sharedEngineGivesTheSameResultsOnEveryThread() throws Exception {
        Arbitrary<ScreeningRequest> requests = ScreeningArbitraries.requests();
        List<ScreeningRequest> sample = requests.sampleStream().limit(300).toList();
        List<Locale> locales = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.GERMAN);

        // a fresh engine, so the per-language caches are filled concurrently
        ScreeningEngine shared = new ScreeningEngine(IndicatorCatalogue.standard());
        ScreeningEngine reference = new ScreeningEngine(IndicatorCatalogue.standard());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ScreeningResult>>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                Locale locale = locales.get(thread);
                Callable<List<ScreeningResult>> task = () -> {
                    List<ScreeningResult> results = new ArrayList<>();
                    for (ScreeningRequest request : sample) {
                        results.add(shared.evaluate(request, locale));
                    }
                    return results;
                };
                futures.add(pool.submit(task));
            }
            for (int thread = 0; thread < 4; thread++) {
                List<ScreeningResult> results = futures.get(thread).get();
                for (int i = 0; i < sample.size(); i++) {
                    assertThat(results.get(i)).isEqualTo(reference.evaluate(sample.get(i), locales.get(thread)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
