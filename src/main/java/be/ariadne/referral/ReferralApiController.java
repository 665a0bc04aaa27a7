package be.ariadne.referral;

import be.ariadne.referral.Referrals.Audience;
import be.ariadne.screening.SignalView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Referrals of signals to specialised centres, and the centres' intake. Errors are problem documents. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Referrals", description = "Referral of a presumed victim from a screening signal to a specialised centre; the centre's intake "
        + "(accept, decline, redirect); the directory of centres.")
class ReferralApiController {
    private final Referrals referrals;
    private final Directory centres;

    ReferralApiController(Referrals referrals, Directory centres) {
        this.referrals = referrals;
        this.centres = centres;
    }

    @GetMapping("/referrals/suggestion")
    @Operation(summary = "The suggested centre for a signal (referrers)",
            description = "?signal=ID[&presumedMinor=true][&gender=WOMAN|MAN|OTHER|UNKNOWN] → {suggestedCentre, reason, childProtectionAlert, candidates}.")
    Map<String, Object> suggestion(@RequestParam long signal, @RequestParam(required = false) Boolean presumedMinor,
                                   @RequestParam(required = false) String gender) {
        SignalView s = referrals.signalToRefer(signal);
        Routing.Gender g = ReferralWebController.gender(gender);
        boolean minor = s.presumedMinor() || Boolean.TRUE.equals(presumedMinor);
        Routing.Suggestion sug = referrals.suggest(s, minor, g);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signal", signal);
        m.put("suggestedCentre", sug.centreCode());
        m.put("reason", sug.reason().name());
        m.put("childProtectionAlert", sug.childProtectionAlert());
        m.put("candidates", Routing.candidates(centres.all(), new Routing.Profile(minor, g)).stream().map(Centre::code).toList());
        return m;
    }

    @PostMapping("/referrals")
    @Operation(summary = "Refer a signal's person to a centre (FIRST_LINE, INVESTIGATOR)",
            description = "Body {signal, centre, reason (required when the centre differs from the suggestion), consent: GIVEN|REFUSED|COULD_NOT_BE_ASKED, "
                    + "consentNote (required unless GIVEN), urgent, presumedMinor, gender}. A signal whose referral was declined is sent again "
                    + "(same referral, history kept). 409 rules: CENTRE_DEACTIVATED, CENTRE_NOT_RECEIVING, ALREADY_ACCEPTED, ALREADY_PENDING, "
                    + "CENTRE_ALREADY_DECLINED, SIGNAL_STATUS_TRANSITION. 404 when the signal is not the caller's.")
    ResponseEntity<Map<String, Object>> refer(@RequestBody(required = false) JsonNode body) {
        Bodies b = Bodies.read(body, Set.of("signal", "centre", "reason", "consent", "consentNote", "urgent", "presumedMinor", "gender"));
        Referrals.ReferInput in = new Referrals.ReferInput(b.number("signal"), b.text("centre"), b.text("reason"), b.text("consent"),
                b.text("consentNote"), b.bool("urgent"), b.bool("presumedMinor"), b.text("gender"));
        b.done();
        Referral r = referrals.refer(in);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + r.id())).body(ReferralJson.forReferrer(r));
    }

    @GetMapping("/referrals")
    @Operation(summary = "The referrals the caller's organisation made, newest first (status only)")
    List<Map<String, Object>> mine(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return referrals.mine(offset, limit).stream().map(ReferralJson::forReferrer).toList();
    }

    @GetMapping("/referrals/queue")
    @Operation(summary = "The referrals waiting at the caller's centre (CASE_WORKER), urgent first")
    List<Map<String, Object>> queue() {
        return referrals.queue().stream().map(r -> ReferralJson.forCentre(r, null)).toList();
    }

    @GetMapping("/referrals/{id}")
    @Operation(summary = "A referral: the referrer sees its status; the centre it is at sees everything, its history and the screening")
    Map<String, Object> one(@PathVariable long id) {
        Referrals.Seen seen = referrals.read(id);
        return seen.audience() == Audience.CENTRE
                ? ReferralJson.forCentre(seen.referral(), referrals.screening(seen.referral()))
                : ReferralJson.forReferrer(seen.referral());
    }

    @PostMapping("/referrals/{id}/accept")
    @Operation(summary = "Accept (the centre's CASE_WORKER): opens a case held by the centre", description = "Body {version}. 409 ALREADY_DECIDED, STALE_VERSION.")
    Map<String, Object> accept(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        Bodies b = Bodies.read(body, Set.of("version"));
        Integer version = b.integer("version");
        b.done();
        return ReferralJson.forCentre(referrals.accept(id, version), null);
    }

    @PostMapping("/referrals/{id}/decline")
    @Operation(summary = "Decline with a reason", description = "Body {reason: a code of referral/decline-reasons.csv, note (required for OTHER), version}.")
    Map<String, Object> decline(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        Bodies b = Bodies.read(body, Set.of("reason", "note", "version"));
        String reason = b.text("reason");
        String note = b.text("note");
        Integer version = b.integer("version");
        b.done();
        return ReferralJson.forCentre(referrals.decline(id, reason, note, version), null);
    }

    @PostMapping("/referrals/{id}/redirect")
    @Operation(summary = "Redirect to another centre, with a reason", description = "Body {centre, reason, version}. 409 SAME_CENTRE, CENTRE_DEACTIVATED, ALREADY_DECIDED.")
    Map<String, Object> redirect(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        Bodies b = Bodies.read(body, Set.of("centre", "reason", "version"));
        String centre = b.text("centre");
        String reason = b.text("reason");
        Integer version = b.integer("version");
        b.done();
        return ReferralJson.forCentre(referrals.redirect(id, centre, reason, version), null);
    }

    @GetMapping("/referral-centres")
    @Operation(summary = "The directory of specialised centres (every signed-in user)")
    List<Map<String, Object>> directory() {
        return centres.all().stream().map(ReferralJson::centre).toList();
    }
}
