package be.ariadne.publicsite;

import be.ariadne.publicsite.guard.FormProblems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The checks of the report form, every field limited in size on the server. */
final class ConcernCheck {
    static final int WHAT_SEEN_MAX = 4000;
    static final int PLACE_MAX = 300;
    static final int MUNICIPALITY_MAX = 100;
    static final int ABOUT_WHOM_MAX = 2000;
    static final int OTHER_SIGNS_MAX = 500;
    static final int NAME_MAX = 200;
    static final int PHONE_MAX = 40;
    static final int EMAIL_MAX = 254;
    static final int NOTES_MAX = 500;
    static final int ADDITION_MAX = 4000;
    /** How far back the date of a report may go: a date further back is almost certainly mistyped. */
    static final int YEARS_BACK = 30;

    private static final Pattern POSTAL_CODE = Pattern.compile("[1-9]\\d{3}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{5,39}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private ConcernCheck() {
    }

    /** The concern, or the problems found (in {@code problems}) and null. */
    static Concern check(ConcernForm f, Predicate<String> knownSign, LocalDate today, FormProblems problems) {
        Boolean urgent = switch (f.danger() == null ? "" : f.danger()) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
        if (urgent == null) problems.add("danger", "public.problem.choose");

        String whatSeen = problems.required("whatSeen", f.whatSeen(), WHAT_SEEN_MAX);

        String postalCode = problems.optional("postalCode", f.postalCode(), 10);
        if (postalCode != null) {
            postalCode = postalCode.replace(" ", "");
            if (!POSTAL_CODE.matcher(postalCode).matches()) {
                problems.add("postalCode", "public.problem.postalCode");
                postalCode = null;
            }
        }
        String municipality = problems.optional("municipality", f.municipality(), MUNICIPALITY_MAX);
        if (postalCode == null && municipality == null && !problems.has("postalCode") && !problems.has("municipality")) {
            problems.add("postalCode", "public.problem.where");
        }
        String place = problems.optional("place", f.place(), PLACE_MAX);

        LocalDate seenOn = null;
        String seen = problems.required("seenOn", f.seenOn(), 10);
        if (seen != null) {
            try {
                seenOn = LocalDate.parse(seen);
                if (seenOn.isAfter(today)) {
                    problems.add("seenOn", "public.problem.future");
                    seenOn = null;
                } else if (seenOn.isBefore(today.minusYears(YEARS_BACK))) {
                    problems.add("seenOn", "public.problem.tooOld", YEARS_BACK);
                    seenOn = null;
                }
            } catch (DateTimeParseException e) {
                problems.add("seenOn", "public.problem.date");
            }
        }
        String aboutWhom = problems.optional("aboutWhom", f.aboutWhom(), ABOUT_WHOM_MAX);
        String otherSigns = problems.optional("otherSigns", f.otherSigns(), OTHER_SIGNS_MAX);

        Set<String> signs = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String s : f.signs()) {
            if (s.length() <= 40 && knownSign.test(s)) signs.add(s);
            else unknown.add(s.length() > 40 ? s.substring(0, 40) + "…" : s);
        }
        if (!unknown.isEmpty()) problems.add("signs", "public.problem.unknownSign", String.join(", ", unknown));

        PublicReport.Contact contact = null;
        if (f.contactMe() == null || !(f.contactMe().equals("yes") || f.contactMe().equals("no"))) {
            problems.add("contactMe", "public.problem.choose");
        } else if (f.wantsContact()) {
            // Only when the reporter asked to be contacted: an anonymous report keeps nothing of these fields.
            String name = problems.optional("reporterName", f.reporterName(), NAME_MAX);
            String phone = problems.optional("reporterPhone", f.reporterPhone(), PHONE_MAX);
            if (phone != null && !PHONE.matcher(phone).matches()) {
                problems.add("reporterPhone", "public.problem.phone");
                phone = null;
            }
            String email = problems.optional("reporterEmail", f.reporterEmail(), EMAIL_MAX);
            if (email != null && !EMAIL.matcher(email).matches()) {
                problems.add("reporterEmail", "public.problem.email");
                email = null;
            }
            String notes = problems.optional("contactNotes", f.contactNotes(), NOTES_MAX);
            if (phone == null && email == null && !problems.has("reporterPhone") && !problems.has("reporterEmail")) {
                problems.add("reporterPhone", "public.problem.phoneOrEmail");
            }
            contact = new PublicReport.Contact(name, phone, email, notes);
        }
        if (!problems.isEmpty()) return null;
        return new Concern(urgent, postalCode, municipality, place, seenOn, f.ongoingTicked(), whatSeen, aboutWhom,
                List.copyOf(signs), otherSigns, f.fromSelfCheck(), contact);
    }
}
