package be.ariadne.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Realistic synthetic cases for tests, demonstrations and benchmarks, reproducible: the same seed
 * gives the same cases in the same order, so the same CSV byte for byte, on any JVM (the random
 * numbers are {@link SplitMix64}, fully specified in this module).
 *
 * <p>The shapes follow the Belgian figures of law-and-procedure.md §7: most victims are men in
 * labour exploitation (construction, hospitality, agriculture, car washes and night shops,
 * domestic work…), sexual exploitation comes second and mostly affects women, other forms
 * (forced criminality, begging, forced marriage…) are a minority with many children among them,
 * about one victim in ten is a child, registrations spread over 2016–2025, and about a hundred
 * nationalities with a long tail, Belgians included. Every weight is in
 * {@code exchange/synthetic-distributions.json}, not in this class.
 *
 * <h2>Nothing here is a real person's data</h2>
 * <ul>
 * <li><b>Names</b> are not drawn from lists of real names. A first name is two invented
 *     syllables and an invented ending, a surname too (e.g. "Zevquoela Quelbelezza",
 *     "Jarbrenka Kovsobević", "Kwachindu Oyetraouba"), from a syllable style
 *     matching the first citizenship. The syllables are not names themselves; should a
 *     combination by chance sound like a real name, it still comes with none of a real
 *     person's other data (below).</li>
 * <li><b>Identity numbers</b> start with {@code X-} (then two letters and seven digits), a
 *     prefix no real identity document uses.</li>
 * <li><b>Mobile phones</b> are in ranges reserved for fiction: the UK Ofcom drama range
 *     +44 7700 900000–900999, and the North American 555-0100–0199.</li>
 * <li><b>Addresses</b> are in real Belgian towns with their postal codes, in invented streets
 *     (invented syllables with "Rue", "-straat"…), with a house number.</li>
 * <li><b>External ids</b> are {@code SYN-} and a sequence number.</li>
 * <li>Birth dates are drawn to agree with the age drawn; everything else is drawn from the
 *     distributions.</li>
 * </ul>
 * Not thread-safe: one generator per thread.
 */
public final class SyntheticCaseGenerator {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final SyntheticDistributions d;
    private final SplitMix64 random;
    private final StringBuilder text = new StringBuilder(64);
    private long sequence;
    // How often each optional value is given, looked up once.
    private final int addressPercent;
    private final int caseStatusPercent;
    private final int firstNamePercent;
    private final int genderPercent;
    private final int identityNumberPercent;
    private final int methodsOfControlPercent;
    private final int methodsOfRecruitmentPercent;
    private final int mobilePhonePercent;
    private final int relationshipToTraffickerPercent;
    private final int secondNamePercent;
    private final int traffickingStatusPercent;

    /** A generator whose cases are determined by the seed. */
    public SyntheticCaseGenerator(long seed) {
        this.d = SyntheticDistributions.standard();
        this.random = new SplitMix64(seed);
        this.addressPercent = d.presence("address");
        this.caseStatusPercent = d.presence("caseStatus");
        this.firstNamePercent = d.presence("firstName");
        this.genderPercent = d.presence("gender");
        this.identityNumberPercent = d.presence("identityNumber");
        this.methodsOfControlPercent = d.presence("methodsOfControl");
        this.methodsOfRecruitmentPercent = d.presence("methodsOfRecruitment");
        this.mobilePhonePercent = d.presence("mobilePhone");
        this.relationshipToTraffickerPercent = d.presence("relationshipToTrafficker");
        this.secondNamePercent = d.presence("secondName");
        this.traffickingStatusPercent = d.presence("traffickingStatus");
    }

    /** The next case. */
    public HtcdsRecord next() {
        sequence++;
        SyntheticDistributions.Group group = d.groups.pick(random);
        ExploitationForm primary = group.forms.pick(random);
        Set<ExploitationForm> forms = EnumSet.of(primary);
        if (random.percent(d.secondFormPercent)) {
            forms.add(d.secondForms.pick(random));
        }
        SyntheticDistributions.FormOverride override = d.formOverrides.get(primary);
        Weighted<Gender> genders = override != null && override.gender != null ? override.gender : group.gender;
        Gender gender = genders.pick(random);
        int childPercent = override != null && override.childPercent != null ? override.childPercent
                : group.childPercent;
        int[] ages = (random.percent(childPercent) ? d.childAges : d.adultAges).pick(random);
        int age = ages[0] + random.nextInt(ages[1] - ages[0] + 1);

        int year = d.registrationYears.pick(random);
        LocalDate registration = LocalDate.ofYearDay(year, 1 + random.nextInt(Year.of(year).length()));
        BirthDate birthDate = birthDate(registration, age);
        Integer ageWhenTrafficked = null;
        if (random.percent(d.ageWhenTraffickedPercent)) {
            ageWhenTrafficked = Math.max(0, age - d.yearsTraffickedBeforeRegistration.pick(random));
        }

        String firstCountry = random.percent(group.longTailPercent) ? d.longTail.pick(random)
                : group.citizenships.pick(random);
        List<String> citizenships = new ArrayList<>(2);
        citizenships.add(firstCountry);
        if (random.percent(d.secondCitizenshipPercent)) {
            String second = d.longTail.pick(random);
            if (!second.equals(firstCountry)) {
                citizenships.add(second);
            }
        }
        SyntheticDistributions.Country country = d.countries.get(firstCountry);
        String primaryLanguage = null;
        if (random.percent(d.primaryLanguagePercent)) {
            String[] languages = country.languages;
            primaryLanguage = languages.length > 1 && random.percent(30)
                    ? languages[1 + random.nextInt(languages.length - 1)] : languages[0];
        }
        String secondaryLanguage = null;
        if (random.percent(d.secondaryLanguagePercent)) {
            secondaryLanguage = d.secondaryLanguages.pick(random);
            if (secondaryLanguage.equals(primaryLanguage)) {
                secondaryLanguage = null;
            }
        }

        boolean recent = d.referenceYear - year < d.caseStatusRecentYears;
        CaseStatus status = random.percent(caseStatusPercent)
                ? (recent ? d.recentCaseStatus : d.olderCaseStatus).pick(random) : null;
        String reason = null;
        String[] reasons = status == null ? null : d.reasonsForClosure.get(status);
        if (reasons != null) {
            reason = reasons[random.nextInt(reasons.length)];
        }
        boolean recentStatus = d.referenceYear - year < d.traffickingStatusRecentYears;
        TraffickingStatus traffickingStatus = random.percent(traffickingStatusPercent)
                ? (recentStatus ? d.recentTraffickingStatus : d.olderTraffickingStatus).pick(random) : null;

        HtcdsRecord.Builder builder = HtcdsRecord.builder(externalId(), registration)
                .caseStatus(status)
                .reasonForClosure(reason)
                .gender(random.percent(genderPercent) ? gender : null)
                .birthDate(birthDate)
                .citizenships(citizenships)
                .primaryLanguage(primaryLanguage)
                .secondaryLanguage(secondaryLanguage)
                .traffickingStatus(traffickingStatus)
                .ageWhenTrafficked(ageWhenTrafficked)
                .exploitation(forms);
        identity(builder, country.names);
        if (random.percent(relationshipToTraffickerPercent)) {
            builder.relationshipToTrafficker(group.relationshipToTrafficker.pick(random));
        }
        if (random.percent(methodsOfRecruitmentPercent)) {
            builder.methodsOfRecruitment(oneOrTwo(group.methodsOfRecruitment, 25));
        }
        if (random.percent(methodsOfControlPercent)) {
            Set<String> methods = new LinkedHashSet<>();
            for (int i = 0; i < group.methodsOfControl.length; i++) {
                if (random.percent(group.methodsOfControlPercent[i])) {
                    methods.add(group.methodsOfControl[i]);
                }
            }
            if (methods.isEmpty()) {
                methods.add(group.methodsOfControl[0]);
            }
            builder.methodsOfControl(methods);
        }
        if (forms.contains(ExploitationForm.SEXUAL)) {
            builder.typesOfSexExploitation(oneOrTwo(d.typesOfSexExploitation, d.secondSexTypePercent));
        }
        if (forms.contains(ExploitationForm.LABOUR)) {
            builder.forcedLabourIndustries(oneOrTwo(d.forcedLabourIndustries, d.secondIndustryPercent));
        }
        return builder.build();
    }

    /** The next {@code count} cases, generated as the stream is consumed. */
    public Stream<HtcdsRecord> cases(long count) {
        return Stream.generate(this::next).limit(count);
    }

    /**
     * Writes the next {@code count} cases as an HTCDS CSV file (header included) to the stream,
     * flushed, not closed. Returns the number of rows written.
     */
    public long writeCsv(long count, OutputStream out) throws IOException {
        HtcdsCsvWriter writer = HtcdsCsvWriter.open(out);
        for (long i = 0; i < count; i++) {
            writer.write(next());
        }
        writer.flush();
        return writer.rowsWritten();
    }

    private BirthDate birthDate(LocalDate registration, int age) {
        int roll = random.nextInt(100);
        if (roll < d.fullBirthDatePercent) {
            // Any day on which the person is exactly `age` at registration.
            LocalDate latest = registration.minusYears(age);
            LocalDate earliest = registration.minusYears(age + 1L).plusDays(1);
            int span = (int) (latest.toEpochDay() - earliest.toEpochDay());
            return BirthDate.of(earliest.plusDays(random.nextInt(span + 1)));
        }
        if (roll < d.fullBirthDatePercent + d.birthYearOnlyPercent) {
            return BirthDate.ofYear(registration.getYear() - age);
        }
        return null;
    }

    private Set<String> oneOrTwo(Weighted<String> values, int secondPercent) {
        String first = values.pick(random);
        if (!random.percent(secondPercent)) {
            return Set.of(first);
        }
        String second = values.pick(random);
        return second.equals(first) ? Set.of(first) : Set.of(first, second);
    }

    private void identity(HtcdsRecord.Builder builder, SyntheticDistributions.NameStyle names) {
        if (random.percent(firstNamePercent)) {
            text.setLength(0);
            text.append(pick(names.first)).append(pick(names.first));
            builder.firstName(capitalised(text.append(pick(names.firstEndings))));
        }
        if (random.percent(secondNamePercent)) {
            text.setLength(0);
            text.append(pick(names.surname)).append(pick(names.surname)).append(pick(names.surnameEndings));
            builder.secondName(capitalised(text));
        }
        if (random.percent(identityNumberPercent)) {
            text.setLength(0);
            text.append(d.identityPrefix);
            for (int i = 0; i < d.identityLetters; i++) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            appendDigits(d.identityDigits);
            builder.identityNumber(text.toString());
        }
        if (random.percent(mobilePhonePercent)) {
            SyntheticDistributions.PhoneRange range = d.phoneRanges.pick(random);
            text.setLength(0);
            text.append(pick(range.prefixes));
            appendDigits(range.randomDigits);
            builder.mobilePhone(text.toString());
        }
        if (random.percent(addressPercent)) {
            SyntheticDistributions.City city = d.cities.pick(random);
            text.setLength(0);
            text.append(pick(d.streetSyllables)).append(pick(d.streetSyllables)).append(pick(d.streetEndings));
            String streetName = capitalised(text);
            String pattern = pick(city.streetPatterns);
            String street = pattern.replace("{name}", streetName).replace("{Name}", streetName)
                    + ' ' + (1 + random.nextInt(180));
            builder.mailingStreet(street)
                    .mailingCity(city.name)
                    .mailingPostalCode(city.postalCode)
                    .mailingCountry(d.addressCountry);
        }
    }

    private String externalId() {
        text.setLength(0);
        text.append(d.externalIdPrefix);
        String digits = Long.toString(sequence);
        for (int i = digits.length(); i < 8; i++) {
            text.append('0');
        }
        return text.append(digits).toString();
    }

    private void appendDigits(int count) {
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalised(CharSequence word) {
        String s = word.toString();
        int first = s.codePointAt(0);
        return new StringBuilder(s.length()).appendCodePoint(Character.toTitleCase(first))
                .append(s, Character.charCount(first), s.length()).toString();
    }
}
