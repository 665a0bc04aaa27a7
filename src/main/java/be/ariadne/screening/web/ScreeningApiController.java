package be.ariadne.screening.web;

import be.ariadne.screening.RequestProblem;
import be.ariadne.screening.ScreeningEngine;
import be.ariadne.screening.ScreeningJson;
import be.ariadne.screening.ScreeningResult;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.web.SupportedLanguages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/screenings/evaluate}, exactly as contracts/screening.md: the raw body goes
 * through {@link ScreeningJson} (every problem named, unknown fields refused), the result comes
 * back with its explanation in the {@code Accept-Language} language. Stores nothing.
 */
@RestController
@Tag(name = "Screening", description = "Evaluate a screening: is it trafficking, smuggling, a child, and what to do now (contracts/screening.md).")
class ScreeningApiController {
    private static final String EXAMPLE = """
            {"person": {"age": 17, "maybeMinor": false, "citizenship": "NG"},
             "situation": {"immediateDanger": false, "actions": ["RECRUITED", "TRANSPORTED"],
                           "border": {"crossed": true, "irregular": true, "facilitatorPaid": true},
                           "exploitation": ["LABOUR"], "thirdPartyProfits": true, "againstWill": false, "lifeEndangered": false},
             "signs": ["NO_PAY", "DEBT_TO_PAY_OFF"],
             "indicators": ["DR_JOB_NATURE", "EX_EXCESSIVE_HOURS"]}""";

    private final ScreeningEngine engine;
    private final ScreeningJson json;

    ScreeningApiController(ScreeningEngine engine, ScreeningJson json) {
        this.engine = engine;
        this.json = json;
    }

    @PostMapping("/api/v1/screenings/evaluate")
    @Operation(summary = "Evaluate a screening (stores nothing)",
            description = "Every field is optional ({} is valid). Unknown fields and codes, wrong types, an age outside 0–120 "
                    + "and invalid JSON are refused with 400 and a problem document whose errors name every problem. "
                    + "Labels in the explanation follow Accept-Language (en, fr, nl, de; English otherwise). Any role may evaluate.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = "Accept-Language", example = "fr-BE",
                    description = "Language of the explanation's labels"),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The result",
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScreeningResult.class))),
                    @ApiResponse(responseCode = "400", description = "Every problem with the request, or a body over 64 KB",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "401", description = "No valid bearer token",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The screening request",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = be.ariadne.screening.ScreeningRequest.class),
                    examples = @ExampleObject(name = "contract example", value = EXAMPLE)))
    ResponseEntity<String> evaluate(HttpServletRequest request) throws IOException {
        ScreeningJson.Parsed parsed;
        try (InputStream body = request.getInputStream()) {
            parsed = json.parse(body);
        }
        if (!parsed.valid()) {
            throw new InvalidInputException(parsed.problems().stream().map(ScreeningApiController::problem).toList());
        }
        Locale locale = SupportedLanguages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ScreeningResult result = engine.evaluate(parsed.request(), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(json.write(result));
    }

    /** The engine names the whole body {@code $}; the API's problem documents call it {@code body}, as the foundation does. */
    static FieldProblem problem(RequestProblem p) {
        return new FieldProblem(RequestProblem.BODY.equals(p.field()) ? "body" : p.field(), p.message());
    }
}
