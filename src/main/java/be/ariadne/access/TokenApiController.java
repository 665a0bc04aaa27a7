package be.ariadne.access;

import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Signing in to the API, exactly as contracts/api-access.md. */
@RestController
@Tag(name = "Tokens", description = "Sign in to the API with a username and password; revoke the token in use.")
class TokenApiController {
    private final AccountAuthenticator authenticator;
    private final TokenService tokens;

    TokenApiController(AccountAuthenticator authenticator, TokenService tokens) {
        this.authenticator = authenticator;
        this.tokens = tokens;
    }

    record Credentials(String username, String password) {
    }

    record TokenAnswer(String token, Instant expiresAt) {
    }

    @PostMapping("/api/v1/tokens")
    @Operation(summary = "Issue a bearer token", description = "401 for wrong credentials (same answer for an unknown user, a wrong password or a locked account).")
    ResponseEntity<?> issue(@RequestBody(required = false) Credentials credentials) {
        List<FieldProblem> problems = new ArrayList<>();
        if (credentials == null) {
            problems.add(new FieldProblem("body", "a JSON object with username and password is required"));
        } else {
            if (credentials.username() == null || credentials.username().isBlank()) problems.add(new FieldProblem("username", "is required"));
            if (credentials.password() == null || credentials.password().isEmpty()) problems.add(new FieldProblem("password", "is required"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        AccountAuthenticator.Result result = authenticator.authenticate(credentials.username(), credentials.password(), "api");
        if (result instanceof AccountAuthenticator.Success s) {
            TokenService.Issued issued = tokens.issue(s.user());
            return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/tokens/current"))
                    .body(new TokenAnswer(issued.token(), issued.expiresAt()));
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
                .contentType(Problems.PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", "Wrong username or password."));
    }

    @DeleteMapping("/api/v1/tokens/current")
    @Operation(summary = "Revoke the token used for this call")
    ResponseEntity<Void> revoke() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof BearerAuthentication b && b.getPrincipal() instanceof AriadneUser u) {
            tokens.revoke(b.token(), u);
        }
        return ResponseEntity.noContent().build();
    }
}
