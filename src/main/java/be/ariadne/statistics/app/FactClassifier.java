package be.ariadne.statistics.app;

import be.ariadne.casefile.TraffickingStatus;
import be.ariadne.statistics.CaseClassifier;
import be.ariadne.statistics.CaseFacts;
import be.ariadne.statistics.Classification;
import be.ariadne.statistics.CitizenshipGroup;
import be.ariadne.statistics.EuMemberStates;
import be.ariadne.statistics.ExploitationForm;
import be.ariadne.statistics.Gender;
import be.ariadne.statistics.InvalidStatisticsInputException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the case file's facts into a row of the facts table with the pure {@link CaseClassifier}.
 * Never refuses a case (that would undo the case file's change): a fact the classifier rejects
 * (say an age over 130) counts as {@code UNKNOWN} in its dimension, and is logged without data;
 * a case without registration date or centre (never from the case file) is left out: {@code null}.
 */
@Component
class FactClassifier {
    private static final Logger log = LoggerFactory.getLogger(FactClassifier.class);
    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    private final CaseClassifier classifier;
    private final EuMemberStates eu;

    FactClassifier(CaseClassifier classifier, EuMemberStates eu) {
        this.classifier = classifier;
        this.eu = eu;
    }

    FactRow row(be.ariadne.casefile.CaseFacts f) {
        Gender gender = f.gender() == null ? Gender.UNKNOWN : Gender.valueOf(f.gender().name());
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        for (be.ariadne.casefile.ExploitationForm form : f.forms()) forms.add(ExploitationForm.valueOf(form.name()));
        List<String> citizenships = f.citizenships();
        CaseFacts facts = new CaseFacts(f.registrationDate(), f.centreCode(), gender, f.birthDate(), f.birthYear(),
                f.ageAtRegistration(), citizenships, forms);
        Classification c;
        try {
            c = classifier.classify(facts);
        } catch (InvalidStatisticsInputException e) {
            log.warn("Case {}: {} not usable for statistics ({}); counted as unknown", f.caseId(), e.field(), e.messageKey());
            List<String> valid = new ArrayList<>();
            for (String code : citizenships) if (code != null && ALPHA_2.matcher(code).matches()) valid.add(code);
            facts = new CaseFacts(f.registrationDate(), f.centreCode(), gender, null, null, null, valid, forms);
            try {
                c = classifier.classify(facts);
            } catch (InvalidStatisticsInputException again) {
                log.warn("Case {} left out of the statistics: {}", f.caseId(), again.field());
                return null;
            }
            citizenships = valid;
        }
        return new FactRow(f.caseId(), f.registrationDate(), c.centre(), c.gender().name(), c.ageGroup().name(),
                c.citizenshipGroup().name(), c.exploitationGroup().name(), nationality(citizenships, c.citizenshipGroup()),
                f.traffickingStatus() != TraffickingStatus.NOT_A_VICTIM);
    }

    /** The citizenship that decided the group: the first of the person's citizenships in that group. */
    String nationality(List<String> citizenships, CitizenshipGroup group) {
        for (String code : citizenships) {
            if (code == null) continue;
            boolean member = eu.isMember(code);
            boolean fits = switch (group) {
                case BE -> code.equals("BE");
                case OTHER_EU -> member && !code.equals("BE");
                case NON_EU -> !member;
                case UNKNOWN -> false;
            };
            if (fits) return code;
        }
        return null;
    }
}
