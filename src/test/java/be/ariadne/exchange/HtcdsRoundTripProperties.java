package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

/** Whatever valid records are written, reading the file gives them back, equal and in order. */
class HtcdsRoundTripProperties {

    /** Letters from several scripts, CSV delimiters, quotes, the multi-select separator, spaces. */
    private static final String CHARACTERS = "abcxyzABCXYZ0189 ,;\"'-./éàçñøßşțčžőœ"
            + "ЖжЯяΩωسلامשלום中文한글ðþ";
    private static final List<String> COUNTRIES = List.of("BE", "NL", "FR", "DE", "RO", "BG", "NG", "MA", "BR", "IN",
            "CN", "VN", "UA", "AL", "XK", "SY", "AF", "ER", "US", "GB");
    private static final List<String> LANGUAGES = List.of("nl", "fr", "de", "en", "ro", "bg", "ar", "pt", "hi", "zh",
            "vi", "uk", "sq", "ti", "nld", "fra", "fre", "deu", "ger");

    @Property(tries = 300)
    void writeThenReadGivesEqualRecords(@ForAll("recordList") List<HtcdsRecord> generated) throws Exception {
        // External ids must be unique in a file: number them (ids are drawn 10 characters short for this).
        List<HtcdsRecord> records = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            records.add(generated.get(i).toBuilder().externalId(i + "/" + generated.get(i).externalId()).build());
        }

        List<HtcdsRow> rows = Csv.read(Csv.write(records));

        assertThat(rows).allSatisfy(row -> assertThat(row.problems()).isEmpty());
        assertThat(rows.stream().map(row -> row.record().orElseThrow()).collect(Collectors.toList()))
                .isEqualTo(records);
    }

    @Property(tries = 200)
    void writingIsStable(@ForAll("record") HtcdsRecord record) throws Exception {
        String once = Csv.write(List.of(record));
        assertThat(Csv.write(List.of(Csv.single(once)))).isEqualTo(once);
    }

    @Provide
    Arbitrary<List<HtcdsRecord>> recordList() {
        return record().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<HtcdsRecord> record() {
        Arbitrary<LocalDate> registration = Dates.dates().between(LocalDate.of(1995, 1, 1), LocalDate.of(2100, 12, 31));
        return registration.flatMap(date -> Builders.withBuilder(() -> HtcdsRecord.builder("x", date))
                .use(text(90).filter(id -> !id.isBlank())).in(HtcdsRecord.Builder::externalId)
                .use(Arbitraries.of(CaseStatus.class).injectNull(0.2)).in(HtcdsRecord.Builder::caseStatus)
                .use(multilineText(2000).injectNull(0.3)).in(HtcdsRecord.Builder::reasonForClosure)
                .use(text(200).injectNull(0.2)).in(HtcdsRecord.Builder::firstName)
                .use(text(200).injectNull(0.2)).in(HtcdsRecord.Builder::secondName)
                .use(Arbitraries.of(Gender.class).injectNull(0.2)).in(HtcdsRecord.Builder::gender)
                .use(birthAndAge(date)).in((b, birthAndAge) -> b.birthDate(birthAndAge.birth).ageWhenTrafficked(
                        birthAndAge.age))
                .use(Arbitraries.of(COUNTRIES).list().ofMaxSize(3)).in(HtcdsRecord.Builder::citizenships)
                .use(text(50).injectNull(0.3)).in(HtcdsRecord.Builder::identityNumber)
                .use(text(30).injectNull(0.3)).in(HtcdsRecord.Builder::mobilePhone)
                .use(text(200).injectNull(0.3)).in(HtcdsRecord.Builder::mailingStreet)
                .use(text(100).injectNull(0.3)).in(HtcdsRecord.Builder::mailingCity)
                .use(text(20).injectNull(0.3)).in(HtcdsRecord.Builder::mailingPostalCode)
                .use(Arbitraries.of(COUNTRIES).map(code -> code.toLowerCase(Locale.ROOT)).injectNull(0.3))
                .in(HtcdsRecord.Builder::mailingCountry)
                .use(Arbitraries.of(LANGUAGES).injectNull(0.2)).in(HtcdsRecord.Builder::primaryLanguage)
                .use(Arbitraries.of(LANGUAGES).injectNull(0.5)).in(HtcdsRecord.Builder::secondaryLanguage)
                .use(Arbitraries.of(TraffickingStatus.class).injectNull(0.2)).in(HtcdsRecord.Builder::traffickingStatus)
                .use(values("vic_RelationshipToTrafficker").injectNull(0.3)).in(HtcdsRecord.Builder::relationshipToTrafficker)
                .use(values("vic_MethodOfRecruitment").set().ofMaxSize(3)).in(HtcdsRecord.Builder::methodsOfRecruitment)
                .use(values("vic_MethodsOfControl").set().ofMaxSize(6)).in(HtcdsRecord.Builder::methodsOfControl)
                .use(Arbitraries.of(ExploitationForm.class).set().ofMaxSize(4)).in(HtcdsRecord.Builder::exploitation)
                .use(values("vic_TypeOfSexExploitation").set().ofMaxSize(3)).in(HtcdsRecord.Builder::typesOfSexExploitation)
                .use(values("vic_ForcedLabourIndustry").set().ofMaxSize(3)).in(HtcdsRecord.Builder::forcedLabourIndustries)
                .build(HtcdsRecord.Builder::build));
    }

    private static final class BirthAndAge {
        final BirthDate birth;
        final Integer age;

        BirthAndAge(BirthDate birth, Integer age) {
            this.birth = birth;
            this.age = age;
        }
    }

    /** A birth date (full, year alone or none) not after registration, and an age it allows. */
    private static Arbitrary<BirthAndAge> birthAndAge(LocalDate registration) {
        Arbitrary<BirthDate> full = Dates.dates().between(LocalDate.of(1900, 1, 1), registration).map(BirthDate::of);
        Arbitrary<BirthDate> year = Arbitraries.integers().between(1900, registration.getYear()).map(BirthDate::ofYear);
        Arbitrary<BirthDate> birth = Arbitraries.oneOf(full, year).injectNull(0.2);
        return Combinators.combine(birth, Arbitraries.integers().between(0, 130).injectNull(0.3))
                .as((date, age) -> new BirthAndAge(date, age == null || date == null ? age
                        : Integer.valueOf(Math.min(age, date.ageAt(registration)))));
    }

    private static Arbitrary<String> values(String field) {
        return Arbitraries.of(Vocabulary.standard().values(field));
    }

    /** Text up to the limit in characters, some of them outside the BMP. */
    private static Arbitrary<String> text(int maxCodePoints) {
        Arbitrary<String> plain = Arbitraries.strings().withChars(CHARACTERS).ofMaxLength(maxCodePoints - 2);
        Arbitrary<String> astral = Arbitraries.of("", "😀", "𝄞", "𠜎");
        return Combinators.combine(plain, astral, Arbitraries.integers().between(0, 3))
                .as((text, symbol, where) -> where == 0 ? symbol + text : where == 1 ? text + symbol : text);
    }

    private static Arbitrary<String> multilineText(int maxCodePoints) {
        return Combinators.combine(text(maxCodePoints / 4).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of("\n", "\r\n", "\r", "\t"))
                .as((lines, separator) -> String.join(separator, lines));
    }

    @Property(tries = 50)
    void generatedCasesRoundTrip(@ForAll long seed) throws Exception {
        SyntheticCaseGenerator generator = new SyntheticCaseGenerator(seed);
        List<HtcdsRecord> records = IntStream.range(0, 50).mapToObj(i -> generator.next()).collect(Collectors.toList());
        assertThat(Csv.read(Csv.write(records)).stream().map(row -> row.record().orElseThrow())
                .collect(Collectors.toList())).isEqualTo(records);
    }
}
