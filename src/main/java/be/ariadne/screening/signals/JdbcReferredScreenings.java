package be.ariadne.screening.signals;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.screening.Qualification;
import be.ariadne.screening.ReferredScreening;
import be.ariadne.screening.ReferredScreenings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link ReferredScreenings} over table {@code screening_signal}: the notes are never read. */
@Service
class JdbcReferredScreenings implements ReferredScreenings {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final FieldEncryption crypto;
    private final AuditLog audit;

    JdbcReferredScreenings(JdbcClient jdbc, FieldEncryption crypto, AuditLog audit) {
        this.jdbc = jdbc;
        this.crypto = crypto;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Optional<ReferredScreening> forReferral(long signalId, long referralId) {
        Optional<ReferredScreening> found = jdbc.sql("""
                        SELECT id, organisation_code, observed_on, postal_code, municipality, request_json, result_json,
                               catalogue_version, result_language, presumed_minor, urgent, belgium, other_sign_enc
                        FROM screening_signal WHERE id = ?""").param(signalId)
                .query((rs, n) -> {
                    String request = rs.getString("request_json");
                    JsonNode r = JSON.readTree(request);
                    return new ReferredScreening(rs.getLong("id"), rs.getString("organisation_code"),
                            rs.getObject("observed_on", LocalDate.class), rs.getString("postal_code"), rs.getString("municipality"),
                            request, rs.getString("result_json"), rs.getString("catalogue_version"), rs.getString("result_language"),
                            rs.getBoolean("presumed_minor"), rs.getBoolean("urgent"), Qualification.valueOf(rs.getString("belgium")),
                            texts(r.path("signs")), texts(r.path("indicators")),
                            crypto.decrypt(rs.getBytes("other_sign_enc"), JdbcSignals.binding("other_sign", rs.getLong("id"))));
                }).optional();
        audit.record(AuditEvent.of("SIGNAL_READ_FOR_REFERRAL", "signal", signalId).withDetail("referral=" + referralId)
                .withOutcome(found.isPresent() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE));
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
