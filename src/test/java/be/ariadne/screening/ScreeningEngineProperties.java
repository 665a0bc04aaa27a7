package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.ScreeningResult.Explanation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Properties of the engine over generated valid requests. */
class ScreeningEngineProperties {

    private final ScreeningEngine engine = ScreeningEngine.standard();
    private final ScreeningJson json = ScreeningJson.standard();

    @Provide
    Arbitrary<ScreeningRequest> requests() {
        return ScreeningArbitraries.requests();
    }

    @Provide
    Arbitrary<String> signs() {
        return ScreeningArbitraries.signCodes();
    }

    @Provide
    Arbitrary<String> indicators() {
        return ScreeningArbitraries.indicatorCodes();
    }

    @Provide
    Arbitrary<Locale> locales() {
        return ScreeningArbitraries.locales();
    }

    private static ScreeningRequest with(ScreeningRequest r, Set<String> signs, Set<String> indicators) {
        return new ScreeningRequest(r.person(), r.situation(), signs, indicators);
    }

    private static Set<String> plus(Set<String> codes, String code) {
        Set<String> more = new HashSet<>(codes);
        more.add(code);
        return more;
    }

    @Property(tries = 1000)
    void addingASignNeverLowersTrafficking(@ForAll("requests") ScreeningRequest request, @ForAll("signs") String sign) {
        ScreeningResult before = engine.evaluate(request);
        ScreeningResult after = engine.evaluate(with(request, plus(request.signs(), sign), request.indicators()));
        assertThat(after.trafficking().belgium()).isGreaterThanOrEqualTo(before.trafficking().belgium());
        assertThat(after.trafficking().international()).isGreaterThanOrEqualTo(before.trafficking().international());
    }

    @Property(tries = 1000)
    void addingAnIndicatorNeverLowersTrafficking(@ForAll("requests") ScreeningRequest request,
                                                 @ForAll("indicators") String indicator) {
        ScreeningResult before = engine.evaluate(request);
        ScreeningResult after = engine.evaluate(with(request, request.signs(), plus(request.indicators(), indicator)));
        assertThat(after.trafficking().belgium()).isGreaterThanOrEqualTo(before.trafficking().belgium());
        assertThat(after.trafficking().international()).isGreaterThanOrEqualTo(before.trafficking().international());
    }

    @Property(tries = 500)
    void theResultNeverDependsOnTheOrderOfCodes(@ForAll("requests") ScreeningRequest request,
                                                @ForAll("locales") Locale locale, @ForAll Random random) {
        ScreeningResult expected = engine.evaluate(request, locale);

        // the same codes inserted in another order (sets built in reverse and shuffled)
        List<String> signs = new ArrayList<>(request.signs());
        List<String> indicators = new ArrayList<>(request.indicators());
        java.util.Collections.shuffle(signs, random);
        java.util.Collections.shuffle(indicators, random);
        ScreeningResult reordered = engine.evaluate(
                with(request, new LinkedHashSet<>(signs), new LinkedHashSet<>(indicators)), locale);
        assertThat(reordered).isEqualTo(expected);

        // through JSON, with shuffled arrays and repeated codes
        ScreeningJson.Parsed parsed = json.parse(ScreeningArbitraries.toJson(request, random));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.request()).isEqualTo(request);
        ScreeningResult viaJson = engine.evaluate(parsed.request(), locale);
        assertThat(viaJson).isEqualTo(expected);
        assertThat(json.write(viaJson)).isEqualTo(json.write(expected));
    }

    @Property(tries = 1000)
    void neverThrowsForAValidRequestAndTheResultIsWellFormed(@ForAll("requests") ScreeningRequest request,
                                                             @ForAll("locales") Locale locale) {
        ScreeningResult result = engine.evaluate(request, locale);
        // the generator must reach every qualification, or the other properties prove little
        Statistics.label("belgium").collect(result.trafficking().belgium());
        Statistics.label("international").collect(result.trafficking().international());
        Statistics.label("smuggling").collect(result.smuggling());
        Statistics.label("presumed victim").collect(result.ilo().presumedVictim());

        assertThat(result.ilo().dimensions()).hasSize(6);
        assertThat(result.advice()).isNotEmpty().isSorted().doesNotHaveDuplicates();
        assertThat(result.trafficking().exploitation()).isSorted();
        assertThat(result.trafficking().aggravating()).isSorted();
        assertThat(result.ilo().lists()).isSorted().isNotEmpty();
        assertThat(result.ilo().pathways()).isSorted();
        assertThat(result.signCount()).isEqualTo(request.signs().size());
        assertThat(result.catalogue()).isEqualTo(ScreeningArbitraries.CATALOGUE.version());
        assertThat(result.explanation()).extracting(Explanation::conclusion).doesNotHaveDuplicates();
        assertThat(result.explanation()).allSatisfy(e -> assertThat(e.because()).isNotEmpty()
                .allSatisfy(phrase -> assertThat(phrase).isNotBlank().doesNotContain("{0}").doesNotContain("null")));
        // the JSON writer accepts every result
        assertThat(json.write(result)).startsWith("{\"urgent\":");
    }

    /** Rule 13, checked from the result alone: exactly the non-default conclusions are explained. */
    @Property(tries = 500)
    void everyNonDefaultConclusionIsExplained(@ForAll("requests") ScreeningRequest request) {
        ScreeningResult r = engine.evaluate(request);
        List<String> expected = new ArrayList<>();
        if (r.urgent()) {
            expected.add("urgent=true");
        }
        if (r.presumedMinor()) {
            expected.add("presumedMinor=true");
        }
        if (!r.ilo().lists().equals(List.of(IloList.ADULT_LABOUR))) {
            expected.add("ilo.lists=" + String.join(",", r.ilo().lists().stream().map(Enum::name).toList()));
        }
        r.ilo().dimensions().forEach((d, s) -> {
            if (s.positive()) {
                expected.add("ilo.dimensions." + d + ".positive=true");
            }
        });
        if (r.ilo().presumedVictim()) {
            expected.add("ilo.presumedVictim=true");
        }
        r.ilo().pathways().forEach(p -> expected.add("ilo.pathways=" + p));
        if (r.trafficking().belgium() != Qualification.UNLIKELY) {
            expected.add("trafficking.belgium=" + r.trafficking().belgium());
        }
        if (r.trafficking().international() != Qualification.UNLIKELY) {
            expected.add("trafficking.international=" + r.trafficking().international());
        }
        r.trafficking().exploitation().forEach(f -> expected.add("trafficking.exploitation=" + f));
        r.trafficking().aggravating().forEach(c -> expected.add("trafficking.aggravating=" + c));
        if (r.smuggling() != Smuggling.NONE) {
            expected.add("smuggling=" + r.smuggling());
        }
        if (r.protectionProcedureOpen()) {
            expected.add("protectionProcedureOpen=true");
        }
        r.advice().stream().filter(a -> a != Advice.NO_ACTION_NEEDED).forEach(a -> expected.add("advice=" + a));

        assertThat(r.explanation()).extracting(Explanation::conclusion).containsExactlyElementsOf(expected);
    }

    @Property(tries = 300)
    void deterministic(@ForAll("requests") ScreeningRequest request, @ForAll("locales") Locale locale) {
        assertThat(engine.evaluate(request, locale)).isEqualTo(new ScreeningEngine(IndicatorCatalogue.standard())
                .evaluate(request, locale));
    }
}
