package be.ariadne.shared.web;

import java.util.List;

/** URL patterns (Ant style) a module serves without sign-in; contributed as beans, collected by the security configuration. */
public record PublicPaths(List<String> patterns) {
    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
