package be.ariadne.publicsite.training;

import be.ariadne.publicsite.guard.FormProblems;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of the session form (administrator) and the registration form (public); every field limited in size. */
final class TrainingChecks {
    static final int TOPIC_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int VENUE_MAX = 300;
    static final int URL_MAX = 500;
    static final int NAME_MAX = 200;
    static final int ORGANISATION_MAX = 200;
    static final int ROLE_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final List<String> LANGUAGES = List.of("en", "fr", "nl", "de");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private TrainingChecks() {
    }

    record ValidSession(String topic, String description, String language, Instant startsAt, int durationMinutes, String venue,
                        String onlineUrl, int capacity) {
    }

    record ValidRegistration(String fullName, String organisation, String jobRole, String email) {
    }

    static ValidSession session(SessionForm f, ZoneId zone, Instant now, FormProblems problems) {
        String topic = problems.required("topic", f.topic(), TOPIC_MAX);
        String description = problems.optional("description", f.description(), DESCRIPTION_MAX);
        String language = f.language() == null ? null : f.language().strip();
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add("language", "public.problem.choose");
            language = null;
        }
        Instant startsAt = null;
        String date = problems.required("date", f.date(), 10);
        String time = problems.required("time", f.time(), 8);
        if (date != null && time != null) {
            try {
                startsAt = LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(zone).toInstant();
                if (!startsAt.isAfter(now)) {
                    problems.add("date", "public.problem.past");
                    startsAt = null;
                }
            } catch (DateTimeParseException e) {
                problems.add("date", "public.problem.date");
            }
        }
        Integer duration = number(problems, "durationMinutes", f.durationMinutes(), 15, 24 * 60);
        Integer capacity = number(problems, "capacity", f.capacity(), 1, TrainingRules.MAX_CAPACITY);
        String venue = null;
        String url = null;
        if ("ONLINE".equals(f.mode())) {
            url = problems.required("onlineUrl", f.onlineUrl(), URL_MAX);
            if (url != null && !httpsUrl(url)) {
                problems.add("onlineUrl", "public.problem.url");
                url = null;
            }
        } else if ("IN_PERSON".equals(f.mode())) {
            venue = problems.required("venue", f.venue(), VENUE_MAX);
        } else {
            problems.add("mode", "public.problem.choose");
        }
        if (!problems.isEmpty()) return null;
        return new ValidSession(topic, description, language, startsAt, duration, venue, url, capacity);
    }

    static ValidRegistration registration(RegistrationForm f, FormProblems problems) {
        String name = problems.required("fullName", f.fullName(), NAME_MAX);
        String organisation = problems.required("organisation", f.organisation(), ORGANISATION_MAX);
        String role = problems.required("jobRole", f.jobRole(), ROLE_MAX);
        String email = problems.required("email", f.email(), EMAIL_MAX);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("email", "public.problem.email");
            email = null;
        }
        if (f.consent() == null || f.consent().isBlank()) problems.add("consent", "public.problem.consent");
        if (!problems.isEmpty()) return null;
        return new ValidRegistration(name, organisation, role, email);
    }

    private static Integer number(FormProblems problems, String field, String value, int min, int max) {
        String v = problems.required(field, value, 6);
        if (v == null) return null;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                problems.add(field, "public.problem.range", min, max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(field, "public.problem.number");
            return null;
        }
    }

    static boolean httpsUrl(String url) {
        try {
            URI u = new URI(url);
            return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null && !u.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
