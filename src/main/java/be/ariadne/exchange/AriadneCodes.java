package be.ariadne.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ariadne codes ↔ HTCDS value names, as the htcds-exchange contract fixes them. Checked against
 * the HTCDS vocabulary file when first used: a mapped name missing from it, or an HTCDS value
 * without a mapping, stops the module from loading instead of losing data silently.
 */
final class AriadneCodes {

    static final String TYPE_OTHER = "Other";
    static final String FORCED_CRIMINALITY = "ForcedCriminality";
    static final String OTHER_FORM = "Other";

    private static final Map<Gender, String> GENDER = new EnumMap<>(Gender.class);
    private static final Map<CaseStatus, String> STATUS = new EnumMap<>(CaseStatus.class);
    private static final Map<TraffickingStatus, String> TRAFFICKING = new EnumMap<>(TraffickingStatus.class);
    /** Export: each form's vic_TypeOfExploitation value ({@code FORCED_CRIME} and {@code OTHER} share {@code Other}). */
    private static final Map<ExploitationForm, String> EXPLOITATION = new EnumMap<>(ExploitationForm.class);
    /** Import: every vic_TypeOfExploitation value but {@code Other}, whose meaning depends on vic_OtherExploitation. */
    private static final Map<String, ExploitationForm> EXPLOITATION_IMPORT = new HashMap<>();

    private static final Map<String, Gender> GENDER_IMPORT = new HashMap<>();
    private static final Map<String, CaseStatus> STATUS_IMPORT = new HashMap<>();
    private static final Map<String, TraffickingStatus> TRAFFICKING_IMPORT = new HashMap<>();

    static {
        GENDER.put(Gender.FEMININE, "Feminine");
        GENDER.put(Gender.MASCULINE, "Masculine");
        GENDER.put(Gender.TRANSGENDER_FEMININE, "TransgenderFeminine");
        GENDER.put(Gender.TRANSGENDER_MASCULINE, "TransgenderMasculine");
        GENDER.put(Gender.NON_CONFORMING, "NonConforming");
        GENDER.put(Gender.UNKNOWN, "NonSpecifiedUnknown");

        STATUS.put(CaseStatus.ACTIVE, "Active");
        STATUS.put(CaseStatus.FOLLOW_UP, "FollowUp");
        STATUS.put(CaseStatus.CLOSED, "Closed");
        STATUS.put(CaseStatus.CLOSED_REFERRED, "ClosedReferred");

        TRAFFICKING.put(TraffickingStatus.POSSIBLE_VICTIM, "PossibleVictimOfTrafficking");
        TRAFFICKING.put(TraffickingStatus.ACTUAL_VICTIM, "ActualVictimOfTrafficking");
        TRAFFICKING.put(TraffickingStatus.NOT_A_VICTIM, "NotAVictimOfTrafficking");

        EXPLOITATION.put(ExploitationForm.LABOUR, "ForcedLabour");
        EXPLOITATION.put(ExploitationForm.SEXUAL, "SexualExploitation");
        EXPLOITATION.put(ExploitationForm.BEGGING, "ForcedBegging");
        EXPLOITATION.put(ExploitationForm.ORGAN_REMOVAL, "OrganRemoval");
        EXPLOITATION.put(ExploitationForm.FORCED_MARRIAGE, "ForcedMarriage");
        EXPLOITATION.put(ExploitationForm.ILLEGAL_ADOPTION, "ForcedAdoption");
        EXPLOITATION.put(ExploitationForm.SURROGACY, "Surrogacy");
        EXPLOITATION.put(ExploitationForm.FORCED_CRIME, TYPE_OTHER);
        EXPLOITATION.put(ExploitationForm.OTHER, TYPE_OTHER);

        EXPLOITATION.forEach((form, name) -> {
            if (!name.equals(TYPE_OTHER)) {
                EXPLOITATION_IMPORT.put(name, form);
            }
        });
        EXPLOITATION_IMPORT.put("ChildLabour", ExploitationForm.LABOUR);
        EXPLOITATION_IMPORT.put("Servitude", ExploitationForm.LABOUR);
        EXPLOITATION_IMPORT.put("ForcedMilitaryByNonStateActors", ExploitationForm.OTHER);

        GENDER.forEach((code, name) -> GENDER_IMPORT.put(name, code));
        STATUS.forEach((code, name) -> STATUS_IMPORT.put(name, code));
        TRAFFICKING.forEach((code, name) -> TRAFFICKING_IMPORT.put(name, code));

        checkAgainstVocabulary(Column.GENDER, GENDER_IMPORT.keySet(), Gender.values().length, GENDER.size());
        checkAgainstVocabulary(Column.STATUS, STATUS_IMPORT.keySet(), CaseStatus.values().length, STATUS.size());
        checkAgainstVocabulary(Column.TRAFFICKING_STATUS, TRAFFICKING_IMPORT.keySet(),
                TraffickingStatus.values().length, TRAFFICKING.size());
        List<String> exploitationNames = new ArrayList<>(EXPLOITATION_IMPORT.keySet());
        exploitationNames.add(TYPE_OTHER);
        checkAgainstVocabulary(Column.TYPE_OF_EXPLOITATION, exploitationNames, ExploitationForm.values().length,
                EXPLOITATION.size());
        checkAgainstVocabulary(Column.OTHER_EXPLOITATION, List.of(FORCED_CRIMINALITY, OTHER_FORM), 0, 0);
    }

    private AriadneCodes() {
    }

    private static void checkAgainstVocabulary(Column column, Collection<String> mapped, int codes, int exported) {
        List<String> names = Vocabulary.standard().values(column.header());
        if (!Set.copyOf(names).equals(Set.copyOf(mapped)) || codes != exported) {
            throw new IllegalStateException("Ariadne codes and HTCDS vocabulary disagree for " + column.header()
                    + ": vocabulary " + names + ", mapped " + mapped);
        }
    }

    static String gender(Gender gender) {
        return GENDER.get(gender);
    }

    static Gender gender(String htcds) {
        return GENDER_IMPORT.get(htcds);
    }

    static String status(CaseStatus status) {
        return STATUS.get(status);
    }

    static CaseStatus status(String htcds) {
        return STATUS_IMPORT.get(htcds);
    }

    static String trafficking(TraffickingStatus status) {
        return TRAFFICKING.get(status);
    }

    static TraffickingStatus trafficking(String htcds) {
        return TRAFFICKING_IMPORT.get(htcds);
    }

    /** vic_TypeOfExploitation values for the forms, in the standard's order, {@code Other} at most once. */
    static List<String> exploitationTypes(Set<ExploitationForm> forms) {
        Vocabulary vocabulary = Vocabulary.standard();
        List<String> out = new ArrayList<>(forms.size());
        for (String name : vocabulary.values(Column.TYPE_OF_EXPLOITATION.header())) {
            for (ExploitationForm form : forms) {
                if (name.equals(EXPLOITATION.get(form))) {
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * vic_OtherExploitation values: {@code ForcedCriminality} for {@code FORCED_CRIME}, followed
     * by {@code Other} only when another unnamed form shares the same {@code Other}; nothing when
     * {@code Other} stands for unnamed forms alone (bare {@code Other}, as the contract has it).
     */
    static List<String> otherExploitation(Set<ExploitationForm> forms) {
        if (!forms.contains(ExploitationForm.FORCED_CRIME)) {
            return List.of();
        }
        return forms.contains(ExploitationForm.OTHER) ? List.of(FORCED_CRIMINALITY, OTHER_FORM)
                : List.of(FORCED_CRIMINALITY);
    }

    /**
     * The forms of vic_TypeOfExploitation (value names already checked) read with
     * vic_OtherExploitation: {@code Other} is {@code FORCED_CRIME} when that column says
     * {@code ForcedCriminality}, {@code OTHER} when it is empty or says {@code Other}.
     */
    static Set<ExploitationForm> exploitationForms(Collection<String> types, Collection<String> otherValues) {
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        for (String type : types) {
            if (type.equals(TYPE_OTHER)) {
                if (otherValues.isEmpty()) {
                    forms.add(ExploitationForm.OTHER);
                }
                for (String other : otherValues) {
                    forms.add(other.equals(FORCED_CRIMINALITY) ? ExploitationForm.FORCED_CRIME : ExploitationForm.OTHER);
                }
            } else {
                forms.add(EXPLOITATION_IMPORT.get(type));
            }
        }
        return forms;
    }
}
