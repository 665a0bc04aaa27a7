package be.ariadne.screening;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a professional knows about a person, as sent to the screening engine (contract
 * {@code screening.md}, "Request"). Immutable. Every part is optional: {@code null} parts become
 * their empty defaults, so {@code new ScreeningRequest(null, null, null, null)} is the empty
 * request {@code {}}. Code lists are sets: duplicates and order carry no meaning.
 *
 * <p>Sign and indicator codes are checked against the catalogue by the engine and by
 * {@link ScreeningJson}, not here (the catalogue is data).
 *
 * @param person     who the person is
 * @param situation  what happened to the person
 * @param signs      quick-screen sign codes
 * @param indicators ILO indicator codes
 */
public record ScreeningRequest(Person person, Situation situation, Set<String> signs, Set<String> indicators) {

    /** The empty request {@code {}}. */
    public static final ScreeningRequest EMPTY = new ScreeningRequest(null, null, null, null);

    public ScreeningRequest {
        person = person == null ? Person.UNKNOWN : person;
        situation = situation == null ? Situation.EMPTY : situation;
        signs = Copies.codes(signs, "signs");
        indicators = Copies.codes(indicators, "indicators");
    }

    /** A fresh builder, for code that assembles a request field by field (web form, tests). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The person.
     *
     * @param age         age in whole years, 0–120, or {@code null} when unknown
     * @param maybeMinor  age unknown or disputed, with reasons to believe the person is under 18
     * @param citizenship ISO 3166-1 alpha-2 code (capitals), or {@code null} when unknown
     */
    public record Person(Integer age, boolean maybeMinor, String citizenship) {

        /** Nothing known about the person. */
        public static final Person UNKNOWN = new Person(null, false, null);

        public static final int MIN_AGE = 0;
        public static final int MAX_AGE = 120;

        public Person {
            if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
                throw new IllegalArgumentException("person.age must be between 0 and 120, not " + age);
            }
            if (citizenship != null && !IsoCountries.isAlpha2(citizenship)) {
                throw new IllegalArgumentException(
                        "person.citizenship '" + citizenship + "' is not an ISO 3166-1 alpha-2 country code");
            }
        }
    }

    /**
     * What happened to the person.
     *
     * @param immediateDanger   the person is in immediate danger now
     * @param actions           what was done to the person
     * @param border            the border facts
     * @param exploitation      forms of exploitation observed or intended
     * @param thirdPartyProfits someone other than the person profits from the exploitation
     * @param againstWill       the person commits offences against their will
     * @param lifeEndangered    the person's life was endangered
     */
    public record Situation(boolean immediateDanger, Set<Action> actions, Border border,
                            Set<ExploitationForm> exploitation, boolean thirdPartyProfits,
                            boolean againstWill, boolean lifeEndangered) {

        /** Nothing known about the situation. */
        public static final Situation EMPTY = new Situation(false, null, null, null, false, false, false);

        public Situation {
            actions = Copies.enums(actions, Action.class, "situation.actions");
            border = border == null ? Border.NONE : border;
            exploitation = Copies.enums(exploitation, ExploitationForm.class, "situation.exploitation");
        }
    }

    /**
     * The border facts.
     *
     * @param crossed         a border was crossed
     * @param irregular       entry, transit or stay was in breach of the law
     * @param facilitatorPaid someone was paid or gained to make it happen
     */
    public record Border(boolean crossed, boolean irregular, boolean facilitatorPaid) {

        /** No border fact known. */
        public static final Border NONE = new Border(false, false, false);

        /** Whether all three facts hold (a precondition of smuggling). */
        public boolean allTrue() {
            return crossed && irregular && facilitatorPaid;
        }
    }

    /**
     * Immutable copies of the code sets. A class of its own so that creating a {@link Situation}
     * does not initialise {@link ScreeningRequest}: whichever class is loaded first,
     * {@link #EMPTY} is built from fully initialised defaults.
     */
    private static final class Copies {
        private Copies() {
        }

        static Set<String> codes(Collection<String> codes, String field) {
            if (codes == null || codes.isEmpty()) {
                return Set.of();
            }
            for (String code : codes) {
                if (code == null) {
                    throw new IllegalArgumentException(field + " must not contain null");
                }
            }
            return Set.copyOf(codes);
        }

        static <E extends Enum<E>> Set<E> enums(Collection<E> values, Class<E> type, String field) {
            if (values == null || values.isEmpty()) {
                return Collections.unmodifiableSet(EnumSet.noneOf(type));
            }
            for (E value : values) {
                if (value == null) {
                    throw new IllegalArgumentException(field + " must not contain null");
                }
            }
            return Collections.unmodifiableSet(EnumSet.copyOf(values));
        }
    }

    /** Assembles a request; every setter is optional. Not thread-safe. */
    public static final class Builder {
        private Integer age;
        private boolean maybeMinor;
        private String citizenship;
        private boolean immediateDanger;
        private final Set<Action> actions = EnumSet.noneOf(Action.class);
        private Border border = Border.NONE;
        private final Set<ExploitationForm> exploitation = EnumSet.noneOf(ExploitationForm.class);
        private boolean thirdPartyProfits;
        private boolean againstWill;
        private boolean lifeEndangered;
        private final Set<String> signs = new LinkedHashSet<>();
        private final Set<String> indicators = new LinkedHashSet<>();

        private Builder() {
        }

        public Builder age(Integer age) {
            this.age = age;
            return this;
        }

        public Builder maybeMinor(boolean maybeMinor) {
            this.maybeMinor = maybeMinor;
            return this;
        }

        public Builder citizenship(String citizenship) {
            this.citizenship = citizenship;
            return this;
        }

        public Builder immediateDanger(boolean immediateDanger) {
            this.immediateDanger = immediateDanger;
            return this;
        }

        public Builder actions(Action... actions) {
            this.actions.addAll(Arrays.asList(actions));
            return this;
        }

        public Builder border(boolean crossed, boolean irregular, boolean facilitatorPaid) {
            this.border = new Border(crossed, irregular, facilitatorPaid);
            return this;
        }

        public Builder exploitation(ExploitationForm... forms) {
            this.exploitation.addAll(Arrays.asList(forms));
            return this;
        }

        public Builder thirdPartyProfits(boolean thirdPartyProfits) {
            this.thirdPartyProfits = thirdPartyProfits;
            return this;
        }

        public Builder againstWill(boolean againstWill) {
            this.againstWill = againstWill;
            return this;
        }

        public Builder lifeEndangered(boolean lifeEndangered) {
            this.lifeEndangered = lifeEndangered;
            return this;
        }

        public Builder signs(String... codes) {
            this.signs.addAll(Arrays.asList(codes));
            return this;
        }

        public Builder indicators(String... codes) {
            this.indicators.addAll(Arrays.asList(codes));
            return this;
        }

        public ScreeningRequest build() {
            return new ScreeningRequest(
                    new Person(age, maybeMinor, citizenship),
                    new Situation(immediateDanger, actions, border, exploitation, thirdPartyProfits, againstWill,
                            lifeEndangered),
                    signs, indicators);
        }
    }

    /** ISO 3166-1 alpha-2 codes as known to the JDK. */
    static final class IsoCountries {
        private static final Set<String> ALPHA2 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

        private IsoCountries() {
        }

        static boolean isAlpha2(String code) {
            return ALPHA2.contains(code);
        }
    }
}
