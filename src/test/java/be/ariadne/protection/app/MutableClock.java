package be.ariadne.protection.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand (no sleeping): "the application was down for twelve days" is one call. */
final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(LocalDate day) {
        set(day);
    }

    void set(LocalDate day) {
        now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
