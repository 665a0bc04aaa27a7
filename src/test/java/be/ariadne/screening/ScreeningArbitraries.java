package be.ariadne.screening;

import be.ariadne.screening.IndicatorCatalogue.Indicator;
import be.ariadne.screening.IndicatorCatalogue.Sign;
import be.ariadne.screening.ScreeningRequest.Border;
import be.ariadne.screening.ScreeningRequest.Person;
import be.ariadne.screening.ScreeningRequest.Situation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Generators of valid requests (synthetic data only) and a request → JSON writer for the properties. */
final class ScreeningArbitraries {

    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
    static final List<String> SIGNS = CATALOGUE.signs().stream().map(Sign::code).toList();
    static final List<String> INDICATORS = CATALOGUE.indicators().stream().map(Indicator::code).toList();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ScreeningArbitraries() {
    }

    static Arbitrary<String> signCodes() {
        return Arbitraries.of(SIGNS);
    }

    static Arbitrary<String> indicatorCodes() {
        return Arbitraries.of(INDICATORS);
    }

    static Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl-BE"), Locale.GERMAN,
                Locale.forLanguageTag("es"));
    }

    static Arbitrary<ScreeningRequest> requests() {
        Arbitrary<Person> person = Combinators.combine(
                Arbitraries.integers().between(0, 120).injectNull(0.3),
                Arbitraries.of(true, false),
                // EU/EEA/Swiss and other citizenships, or unknown
                Arbitraries.of("BE", "NL", "RO", "NO", "CH", "NG", "SY", "AF", "UA", "AL", "MA", "GB", "VN")
                        .injectNull(0.3))
                .as(Person::new);
        // all three border facts true often enough to exercise the smuggling rule
        Arbitrary<Border> border = Arbitraries.oneOf(Arbitraries.just(new Border(true, true, true)),
                Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.of(true, false)).as(Border::new));
        Arbitrary<Situation> situation = Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(Action.class).set(),
                border,
                Arbitraries.of(ExploitationForm.class).set().ofMaxSize(3),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
                .as(Situation::new);
        return Combinators.combine(person, situation,
                        signCodes().set().ofMaxSize(6),
                        indicatorCodes().set().ofMaxSize(14))
                .as(ScreeningRequest::new);
    }

    /**
     * The request as contract JSON, with every list in a random order and some codes repeated,
     * and absent or default fields sometimes written out explicitly.
     */
    static String toJson(ScreeningRequest request, Random random) {
        ObjectNode root = MAPPER.createObjectNode();
        Person p = request.person();
        if (p.age() != null || p.maybeMinor() || p.citizenship() != null || random.nextBoolean()) {
            ObjectNode person = root.putObject("person");
            if (p.age() != null) {
                person.put("age", p.age());
            }
            if (p.maybeMinor() || random.nextBoolean()) {
                person.put("maybeMinor", p.maybeMinor());
            }
            if (p.citizenship() != null) {
                person.put("citizenship", p.citizenship());
            } else if (random.nextBoolean()) {
                person.putNull("citizenship");
            }
        }
        Situation s = request.situation();
        ObjectNode situation = root.putObject("situation");
        situation.put("immediateDanger", s.immediateDanger());
        codes(situation.putArray("actions"), s.actions().stream().map(Enum::name).toList(), random);
        ObjectNode border = situation.putObject("border");
        border.put("crossed", s.border().crossed());
        border.put("irregular", s.border().irregular());
        border.put("facilitatorPaid", s.border().facilitatorPaid());
        codes(situation.putArray("exploitation"), s.exploitation().stream().map(Enum::name).toList(), random);
        situation.put("thirdPartyProfits", s.thirdPartyProfits());
        situation.put("againstWill", s.againstWill());
        situation.put("lifeEndangered", s.lifeEndangered());
        codes(root.putArray("signs"), new ArrayList<>(request.signs()), random);
        codes(root.putArray("indicators"), new ArrayList<>(request.indicators()), random);
        return MAPPER.writeValueAsString(root);
    }

    private static void codes(ArrayNode array, List<String> codes, Random random) {
        List<String> shuffled = new ArrayList<>(codes);
        if (!shuffled.isEmpty() && random.nextInt(3) == 0) {
            shuffled.add(shuffled.get(random.nextInt(shuffled.size()))); // a repeated code counts once
        }
        Collections.shuffle(shuffled, random);
        shuffled.forEach(array::add);
    }

    static Set<String> allKnownCodes() {
        Set<String> known = new java.util.HashSet<>(SIGNS);
        known.addAll(INDICATORS);
        for (Action a : Action.values()) {
            known.add(a.name());
        }
        for (ExploitationForm f : ExploitationForm.values()) {
            known.add(f.name());
        }
        return known;
    }
}
