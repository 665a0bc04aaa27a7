package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticCaseGeneratorTest {

    private static final int CASES = 20_000;
    private static List<HtcdsRecord> cases;

    @BeforeAll
    static void generate() {
        SyntheticCaseGenerator generator = new SyntheticCaseGenerator(20_250_101L);
        cases = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            cases.add(generator.next());
        }
    }

    private static byte[] csv(long seed, int count) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new SyntheticCaseGenerator(seed).writeCsv(count, out)).isEqualTo(count);
        return out.toByteArray();
    }

    @Test
    void sameSeedGivesTheSameBytesAnotherSeedOtherCases() throws Exception {
        byte[] first = csv(42, 2_000);
        assertThat(csv(42, 2_000)).isEqualTo(first);
        assertThat(csv(43, 2_000)).isNotEqualTo(first);
        // A run is the prefix of a longer run with the same seed.
        byte[] longer = csv(42, 2_500);
        assertThat(new String(longer, 0, first.length, "UTF-8")).isEqualTo(new String(first, "UTF-8"));
    }

    @Test
    void sameSeedGivesEqualRecords() {
        SyntheticCaseGenerator a = new SyntheticCaseGenerator(-7);
        SyntheticCaseGenerator b = new SyntheticCaseGenerator(-7);
        for (int i = 0; i < 500; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }

    @Test
    void everyGeneratedRowReadsBackValid() throws Exception {
        byte[] bytes = csv(5, 5_000);
        try (HtcdsCsvReader reader = HtcdsCsvReader.open(new ByteArrayInputStream(bytes))) {
            long valid = 0;
            while (reader.hasNext()) {
                HtcdsRow row = reader.next();
                assertThat(row.problems()).isEmpty();
                valid++;
            }
            assertThat(valid).isEqualTo(5_000);
        }
    }

    private static double share(Predicate<HtcdsRecord> among, Predicate<HtcdsRecord> which) {
        long total = cases.stream().filter(among).count();
        return cases.stream().filter(among).filter(which).count() / (double) total;
    }

    private static boolean isChild(HtcdsRecord r) {
        return r.birthDate() != null && r.birthDate().ageAt(r.registrationDate()) < 18;
    }

    @Test
    void mostlyMenMostlyLabour() {
        double men = share(r -> true, r -> r.gender() == Gender.MASCULINE);
        double women = share(r -> true, r -> r.gender() == Gender.FEMININE);
        double labour = share(r -> true, r -> r.exploitation().contains(ExploitationForm.LABOUR));
        double sexual = share(r -> true, r -> r.exploitation().contains(ExploitationForm.SEXUAL));
        assertThat(men).isBetween(0.50, 0.62).isGreaterThan(women);
        assertThat(labour).isBetween(0.48, 0.60).isGreaterThan(sexual);
        assertThat(sexual).isBetween(0.33, 0.45);
        // "Other" forms (begging, forced crime…) are a minority.
        double other = share(r -> true, r -> r.exploitation().stream()
                .anyMatch(f -> f != ExploitationForm.LABOUR && f != ExploitationForm.SEXUAL));
        assertThat(other).isBetween(0.08, 0.22);
        // Labour exploitation mostly concerns men.
        assertThat(share(r -> r.exploitation().equals(Set.of(ExploitationForm.LABOUR)),
                r -> r.gender() == Gender.MASCULINE)).isGreaterThan(0.8);
    }

    @Test
    void sexualExploitationMostlyWomen() {
        double amongWomen = share(r -> r.gender() == Gender.FEMININE, r -> r.exploitation().contains(ExploitationForm.SEXUAL));
        double amongMen = share(r -> r.gender() == Gender.MASCULINE, r -> r.exploitation().contains(ExploitationForm.SEXUAL));
        assertThat(amongWomen).isGreaterThan(0.6);
        assertThat(amongMen).isLessThan(0.15);
        assertThat(share(r -> r.exploitation().contains(ExploitationForm.SEXUAL), r -> r.gender() == Gender.FEMININE))
                .isGreaterThan(0.75);
    }

    @Test
    void aboutOneInTenIsAChild() {
        assertThat(share(r -> true, SyntheticCaseGeneratorTest::isChild)).isCloseTo(0.10, within(0.03));
        // Children above all among begging and forced crime.
        assertThat(share(r -> r.exploitation().contains(ExploitationForm.BEGGING), SyntheticCaseGeneratorTest::isChild))
                .isGreaterThan(0.25);
    }

    @Test
    void aLongTailOfNationalitiesBelgiansIncluded() {
        Map<String, Integer> byCountry = new HashMap<>();
        cases.forEach(r -> r.citizenships().forEach(c -> byCountry.merge(c, 1, Integer::sum)));
        assertThat(byCountry.size()).isBetween(60, 110);
        assertThat(byCountry).containsKey("BE");
        // Skewed: the ten largest groups hold a good part of the cases, and many countries have few.
        List<Integer> sizes = new ArrayList<>(byCountry.values());
        sizes.sort((a, b) -> b - a);
        int total = sizes.stream().mapToInt(Integer::intValue).sum();
        assertThat(sizes.subList(0, 10).stream().mapToInt(Integer::intValue).sum()).isGreaterThan(total * 2 / 5);
        assertThat(sizes.get(0)).isGreaterThan(10 * sizes.get(sizes.size() / 2));
        assertThat(sizes.stream().filter(n -> n < total / 500).count()).isGreaterThan(20);
    }

    @Test
    void severalRegistrationYears() {
        Set<Integer> years = new HashSet<>();
        cases.forEach(r -> years.add(r.registrationDate().getYear()));
        assertThat(years).hasSizeGreaterThanOrEqualTo(5).allMatch(y -> y >= 2016 && y <= 2025);
    }

    @Test
    void realisticAgesAndConsistentDates() {
        for (HtcdsRecord r : cases) {
            if (r.birthDate() != null) {
                int age = r.birthDate().ageAt(r.registrationDate());
                assertThat(age).isBetween(10, 67);
                if (r.ageWhenTrafficked() != null) {
                    assertThat(r.ageWhenTrafficked()).isBetween(0, age);
                }
            }
        }
        assertThat(share(r -> true, r -> r.birthDate() != null && r.birthDate().isYearOnly())).isBetween(0.1, 0.3);
        assertThat(share(r -> true, r -> r.birthDate() == null)).isBetween(0.005, 0.08);
    }

    @Test
    void labourSectorsAndMethodsOfControl() {
        Map<String, Integer> sectors = new HashMap<>();
        cases.stream().filter(r -> r.exploitation().contains(ExploitationForm.LABOUR))
                .forEach(r -> {
                    assertThat(r.forcedLabourIndustries()).isNotEmpty();
                    r.forcedLabourIndustries().forEach(s -> sectors.merge(s, 1, Integer::sum));
                });
        assertThat(sectors).containsKeys("F_Construction", "A_AgricultureForestryAndFishing",
                "I_AccommodationAndFoodServiceActivities", "T_ActivitiesOfHouseholdsAsEmployers",
                "G_WholesaleAndRetailTradeRepairOfMotorVehicles");
        assertThat(cases.stream().filter(r -> !r.exploitation().contains(ExploitationForm.LABOUR)))
                .allMatch(r -> r.forcedLabourIndustries().isEmpty());
        assertThat(share(r -> true, r -> !r.methodsOfControl().isEmpty())).isBetween(0.8, 0.97);
        assertThat(share(r -> r.exploitation().contains(ExploitationForm.SEXUAL), r -> !r.typesOfSexExploitation().isEmpty()))
                .isEqualTo(1.0);
    }

    @Test
    void identityFieldsAreVisiblySynthetic() {
        Set<String> externalIds = new HashSet<>();
        for (HtcdsRecord r : cases) {
            assertThat(r.externalId()).matches("SYN-\\d{8}");
            externalIds.add(r.externalId());
            if (r.identityNumber() != null) {
                assertThat(r.identityNumber()).matches("X-[A-Z]{2}\\d{7}");
            }
            if (r.mobilePhone() != null) {
                // UK Ofcom drama range or North American 555-01XX.
                assertThat(r.mobilePhone()).matches("\\+447700900\\d{3}|\\+1\\d{3}55501\\d{2}");
            }
            if (r.mailingStreet() != null) {
                assertThat(r.mailingStreet()).matches(".+ \\d{1,3}");
                assertThat(r.mailingCountry()).isEqualTo("BE");
                assertThat(r.mailingPostalCode()).matches("\\d{4}");
            }
            if (r.firstName() != null) {
                assertThat(r.firstName()).matches("\\p{Lu}\\p{L}{3,}");
            }
        }
        assertThat(externalIds).hasSize(CASES);
        assertThat(share(r -> true, r -> r.firstName() != null)).isGreaterThan(0.9);
        assertThat(share(r -> true, r -> r.mobilePhone() != null)).isBetween(0.4, 0.7);
        // Names are drawn from many syllables: few repeat.
        assertThat(cases.stream().map(HtcdsRecord::secondName).distinct().count()).isGreaterThan(CASES / 4);
    }

    @Test
    void statusesFollowTheAgeOfTheCase() {
        double closedOld = share(r -> r.registrationDate().isBefore(LocalDate.of(2022, 1, 1)),
                r -> r.caseStatus() == CaseStatus.CLOSED || r.caseStatus() == CaseStatus.CLOSED_REFERRED);
        double closedRecent = share(r -> r.registrationDate().getYear() >= 2024,
                r -> r.caseStatus() == CaseStatus.CLOSED || r.caseStatus() == CaseStatus.CLOSED_REFERRED);
        assertThat(closedOld).isGreaterThan(0.6);
        assertThat(closedRecent).isLessThan(0.3);
        assertThat(cases).allMatch(r -> (r.reasonForClosure() != null) == (r.caseStatus() == CaseStatus.CLOSED
                || r.caseStatus() == CaseStatus.CLOSED_REFERRED));
    }
}
