package be.ariadne.shared;

import java.util.Set;

/**
 * Who is acting, as every module needs to know it: the user, the organisation they act for
 * and their roles. Implemented by the signed-in principal of the access module.
 */
public interface Actor {
    long userId();

    String username();

    long organisationId();

    String organisationCode();

    /** The organisation type's code, e.g. {@code SPECIALISED_CENTRE}. */
    String organisationType();

    /** Role codes, e.g. {@code CASE_WORKER}. */
    Set<String> roles();

    default boolean hasRole(String role) {
        return roles().contains(role);
    }
}
