package be.ariadne.protection;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Decides, for one event, whether the minors' durations apply: the case is a presumed
 * unaccompanied foreign minor on the event's date. Decided per event because a minor turns
 * 18 during the procedure, and the decision is stored with each recorded event.
 */
public final class MinorPresumption {

    /** Age of majority. */
    static final int MAJORITY = 18;

    private MinorPresumption() {
    }

    /**
     * Whether the minors' durations apply on {@code eventDate}.
     *
     * <p>A person is presumed to be a child when their date of birth makes them under 18 on that
     * day, or when their age is uncertain and there are reasons to believe they are a child
     * (Directive 2011/36/EU art. 13(2)), whatever a (possibly false) document says.
     *
     * @param eventDate             the event's date
     * @param dateOfBirth           the date of birth if known, else {@code null}
     * @param reasonsToBelieveChild the age is uncertain and there are reasons to believe a child
     * @param unaccompanied         no parent or legal guardian accompanies the person in Belgium
     * @throws IllegalArgumentException when the date of birth is after the event's date
     */
    public static boolean appliesOn(LocalDate eventDate, LocalDate dateOfBirth, boolean reasonsToBelieveChild,
                                    boolean unaccompanied) {
        Objects.requireNonNull(eventDate, "eventDate");
        if (!unaccompanied) {
            return false;
        }
        if (reasonsToBelieveChild) {
            return true;
        }
        if (dateOfBirth == null) {
            return false;
        }
        if (dateOfBirth.isAfter(eventDate)) {
            throw new IllegalArgumentException("dateOfBirth " + dateOfBirth + " is after the event date " + eventDate);
        }
        return Period.between(dateOfBirth, eventDate).getYears() < MAJORITY;
    }
}
