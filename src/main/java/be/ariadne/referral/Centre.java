package be.ariadne.referral;

import java.util.List;

/**
 * One entry of the directory of specialised centres. {@code code} is the code of the centre's
 * organisation. {@code address} and {@code phone} may be absent (shown as "see the centre's website").
 */
record Centre(String code, String name, String city, String address, String phone, String website, List<String> languages,
              Intake intake, PostalAreas areas, int sortKey, boolean active, int version) {

    /** Whom the centre takes in. */
    record Intake(boolean adults, boolean minors, boolean women, boolean men) {
        boolean takes(Routing.Profile p) {
            boolean age = p.presumedMinor() ? minors : adults;
            boolean gender = switch (p.gender()) {
                case WOMAN -> women;
                case MAN -> men;
                case OTHER, UNKNOWN -> women || men;
            };
            return age && gender;
        }
    }

    Centre {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
