package be.ariadne.publicsite.training;

/** What the administrator's session form posts, as typed. */
record SessionForm(String topic, String description, String language, String date, String time, String durationMinutes,
                   String mode, String venue, String onlineUrl, String capacity) {

    static SessionForm of(TrainingSession s, java.time.ZoneId zone) {
        java.time.ZonedDateTime start = s.start(zone);
        return new SessionForm(s.topic(), s.description(), s.language(), start.toLocalDate().toString(),
                start.toLocalTime().toString(), Integer.toString(s.durationMinutes()), s.online() ? "ONLINE" : "IN_PERSON",
                s.venue(), s.onlineUrl(), Integer.toString(s.capacity()));
    }

    static SessionForm empty() {
        return new SessionForm(null, null, "en", null, "09:30", "180", "IN_PERSON", null, null, "20");
    }
}
