package be.ariadne.casefile;

import be.ariadne.crypto.FieldEncryption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the state of a case the rules need: stage and status, registration and birth, and its facts for statistics. */
@Component
class CaseState {
    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    CaseState(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** The dates and birth facts cross-field rules look at. */
    record Context(LocalDate registrationDate, Integer birthYear, LocalDate birthDate, LocalDate earliestPlace) {
    }

    record Head(long id, String code, Stage stage, LocalDate stageDate, LocalDate registrationDate, CaseStatus status,
                LocalDate closedOn, String closeReason, int version) {
        StageRules.State rulesState() {
            return new StageRules.State(stage, stageDate, registrationDate, status);
        }
    }

    Head head(long caseId, boolean forUpdate) {
        return jdbc.sql("SELECT id, code, stage, stage_date, registration_date, status, closed_on, close_reason, version FROM case_file WHERE id = ?"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .param(caseId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), Stage.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), CaseStatus.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
                        rs.getString(8), rs.getInt(9)))
                .single();
    }

    Context context(long caseId) {
        record Summary(LocalDate registration, Integer birthYear) {
        }
        Summary s = jdbc.sql("SELECT registration_date, birth_year FROM case_file WHERE id = ?").param(caseId)
                .query((rs, n) -> {
                    int y = rs.getInt(2);
                    return new Summary(rs.getObject(1, LocalDate.class), rs.wasNull() ? null : y);
                }).single();
        return new Context(s.registration(), s.birthYear(), birthDate(caseId), earliestPlace(caseId));
    }

    /** Whether another case of the same centre already uses this external id. */
    boolean externalIdTaken(long holderId, String externalId, long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE holding_org_id = ? AND external_id = ? AND id <> ?")
                .params(holderId, externalId, caseId).query(Long.class).single() > 0;
    }

    LocalDate birthDate(long caseId) {
        byte[] enc = jdbc.sql("SELECT birth_date FROM case_identity WHERE case_id = ?").param(caseId).query(byte[].class).optional().orElse(null);
        String text = encryption.decrypt(enc, CaseRecords.binding(CaseModel.IDENTITY, CaseModel.IDENTITY.field("birthDate").orElseThrow(), caseId));
        return text == null ? null : LocalDate.parse(text);
    }

    LocalDate earliestPlace(long caseId) {
        List<LocalDate> dates = new ArrayList<>();
        jdbc.sql("SELECT MIN(date_from), MIN(date_to) FROM case_place WHERE case_id = ?").param(caseId)
                .query(rs -> {
                    LocalDate a = rs.getObject(1, LocalDate.class);
                    LocalDate b = rs.getObject(2, LocalDate.class);
                    if (a != null) dates.add(a);
                    if (b != null) dates.add(b);
                });
        return dates.stream().min(LocalDate::compareTo).orElse(null);
    }

    /** The current facts of a case, for the statistics event. */
    Optional<CaseFacts> facts(long caseId) {
        LocalDate birthDate = birthDate(caseId);
        return jdbc.sql("SELECT c.*, o.code AS org_code FROM case_file c JOIN organisation o ON o.id = c.holding_org_id WHERE c.id = ?")
                .param(caseId)
                .query((rs, n) -> facts(rs, birthDate))
                .optional();
    }

    static CaseFacts facts(java.sql.ResultSet rs, LocalDate birthDate) throws java.sql.SQLException {
        int by = rs.getInt("birth_year");
        Integer birthYear = rs.wasNull() ? null : by;
        int age = rs.getInt("age_at_registration");
        Integer ageAt = rs.wasNull() ? null : age;
        FieldSpec cit = CaseModel.SUMMARY.field("citizenships").orElseThrow();
        FieldSpec expl = CaseModel.SUMMARY.field("exploitation").orElseThrow();
        @SuppressWarnings("unchecked") List<String> citizenships = (List<String>) FieldValues.read(cit, rs);
        @SuppressWarnings("unchecked") List<String> forms = (List<String>) FieldValues.read(expl, rs);
        java.util.Set<ExploitationForm> set = java.util.EnumSet.noneOf(ExploitationForm.class);
        forms.forEach(f -> set.add(ExploitationForm.valueOf(f)));
        return new CaseFacts(rs.getLong("id"), rs.getString("code"), rs.getString("org_code"), rs.getObject("registration_date", LocalDate.class),
                Gender.valueOf(rs.getString("gender")), birthDate, birthYear, ageAt, citizenships, set,
                TraffickingStatus.valueOf(rs.getString("trafficking_status")), CaseStatus.valueOf(rs.getString("status")));
    }
}
