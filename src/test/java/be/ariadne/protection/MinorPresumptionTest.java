package be.ariadne.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MinorPresumptionTest {

    @ParameterizedTest(name = "born {1}, reasons to believe a child {2}, unaccompanied {3} -> {4}")
    @CsvSource({
            "2026-03-01, 2008-03-02, false, true,  true",   // 18 tomorrow
            "2026-03-01, 2008-03-01, false, true,  false",  // 18 today
            "2026-03-01, 2010-06-15, false, false, false",  // accompanied minor
            "2026-03-01,           , false, true,  false",  // age unknown, no reason to believe a child
            "2026-03-01,           , true,  true,  true",   // age uncertain, reasons to believe a child
            "2026-03-01, 1999-01-01, true,  true,  true",   // a document says adult, but reasons to believe a child
    })
    void presumedUnaccompaniedMinor(LocalDate eventDate, LocalDate birth, boolean reasons, boolean unaccompanied,
                                    boolean expected) {
        assertThat(MinorPresumption.appliesOn(eventDate, birth, reasons, unaccompanied)).isEqualTo(expected);
    }

    @Test
    void aBirthAfterTheEventIsAnError() {
        assertThatThrownBy(() -> MinorPresumption.appliesOn(LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-02"), false, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
