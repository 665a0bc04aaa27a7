package be.ariadne.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.access.Role;
import be.ariadne.screening.Signals;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The screens' role check and the signals' roles are the same five roles; analysts and administrators are not among them. */
class ScreeningRolesTest {
    @Test
    void thePageCheckAndTheServiceAgree() {
        String inside = ScreeningPages.ROLES.substring(ScreeningPages.ROLES.indexOf('(') + 1, ScreeningPages.ROLES.lastIndexOf(')'));
        Set<String> pageRoles = Arrays.stream(inside.split(",")).map(s -> s.replace("'", "").trim()).collect(Collectors.toSet());
        assertThat(pageRoles).isEqualTo(Signals.ROLES);
        for (String role : Signals.ROLES) Role.valueOf(role);
        assertThat(Signals.ROLES).doesNotContain(Role.ANALYST.name(), Role.ADMIN.name());
    }
}
