package be.ariadne.publicsite.training;

/** What the public registration form posts, as typed. */
record RegistrationForm(String formToken, String website, String fullName, String organisation, String jobRole, String email,
                        String consent) {
    static RegistrationForm empty() {
        return new RegistrationForm(null, null, null, null, null, null, null);
    }
}
