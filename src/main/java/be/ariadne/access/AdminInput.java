package be.ariadne.access;

import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns the codes typed or posted by an administrator into roles and types, naming any unknown one. */
final class AdminInput {
    private AdminInput() {
    }

    static OrganisationType type(String value) {
        if (value == null || value.isBlank()) throw new InvalidInputException("type", "is required");
        try {
            return OrganisationType.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "unknown organisation type '" + value + "'");
        }
    }

    static Set<Role> roles(Collection<String> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<FieldProblem> problems = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                try {
                    roles.add(Role.valueOf(v.trim()));
                } catch (IllegalArgumentException | NullPointerException e) {
                    problems.add(new FieldProblem("roles", "unknown role '" + v + "'"));
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return roles;
    }
}
