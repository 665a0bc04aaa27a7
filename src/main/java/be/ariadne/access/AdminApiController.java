package be.ariadne.access;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration of organisations and users over the API (role ADMIN). */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration", description = "Organisations and user accounts: create, deactivate (never delete), reset password.")
class AdminApiController {
    private final Organisations organisations;
    private final Accounts accounts;

    AdminApiController(Organisations organisations, Accounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    record NewOrganisation(String code, String name, String type) {
    }

    record VersionedRequest(Integer version) {
        int v() {
            return version == null ? -1 : version;
        }
    }

    record NewUserRequest(String username, String displayName, String email, String organisation, List<String> roles) {
    }

    record RolesRequest(List<String> roles, Integer version) {
    }

    @GetMapping("/organisations")
    List<Organisation> organisations() {
        return organisations.all();
    }

    @PostMapping("/organisations")
    ResponseEntity<Organisation> createOrganisation(@RequestBody NewOrganisation body) {
        Organisation org = organisations.create(body.code(), body.name(), AdminInput.type(body.type()));
        return ResponseEntity.created(URI.create("/api/v1/admin/organisations/" + org.code())).body(org);
    }

    @PostMapping("/organisations/{code}/deactivate")
    Organisation deactivateOrganisation(@PathVariable String code, @RequestBody(required = false) VersionedRequest body) {
        int version = body == null || body.version() == null
                ? organisations.byCode(code).map(Organisation::version).orElse(-1) : body.v();
        organisations.deactivate(code, version);
        return organisations.byCode(code).orElseThrow();
    }

    @GetMapping("/users")
    List<UserAccount> users(@RequestParam(required = false) String organisation) {
        return accounts.list(organisation);
    }

    @PostMapping("/users")
    ResponseEntity<Map<String, Object>> createUser(@RequestBody NewUserRequest body) {
        Accounts.Created created = accounts.create(new Accounts.NewUser(body.username(), body.displayName(), body.email(),
                body.organisation(), AdminInput.roles(body.roles())));
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.account().username()))
                .body(Map.of("user", created.account(), "temporaryPassword", created.temporaryPassword()));
    }

    @PostMapping("/users/{username}/deactivate")
    UserAccount deactivateUser(@PathVariable String username, @RequestBody(required = false) VersionedRequest body) {
        int version = body == null || body.version() == null
                ? accounts.byUsername(username).map(UserAccount::version).orElse(-1) : body.v();
        accounts.deactivate(username, version);
        return accounts.byUsername(username).orElseThrow();
    }

    @PostMapping("/users/{username}/password-reset")
    Map<String, String> resetPassword(@PathVariable String username) {
        return Map.of("username", username, "temporaryPassword", accounts.resetPassword(username));
    }

    @PutMapping("/users/{username}/roles")
    UserAccount setRoles(@PathVariable String username, @RequestBody RolesRequest body) {
        int version = body.version() == null ? accounts.byUsername(username).map(UserAccount::version).orElse(-1) : body.version();
        accounts.setRoles(username, AdminInput.roles(body.roles()), version);
        return accounts.byUsername(username).orElseThrow();
    }
}
