package be.ariadne.publicsite.training;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A training session as listed, with how many people hold a place and how many wait. */
public record TrainingSession(long id, String topic, String description, String language, Instant startsAt, int durationMinutes,
                              String venue, String onlineUrl, int capacity, SessionStatus status, int version,
                              int registered, int waiting) {

    public boolean online() {
        return venue == null;
    }

    public boolean full() {
        return registered >= capacity;
    }

    public int placesLeft() {
        return Math.max(0, capacity - registered);
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    public ZonedDateTime start(ZoneId zone) {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime end(ZoneId zone) {
        return startsAt.plusSeconds(durationMinutes * 60L).atZone(zone);
    }
}
