package be.ariadne.protection;

import static be.ariadne.protection.ProcedureFixtures.d;
import static be.ariadne.protection.ProcedureFixtures.play;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import be.ariadne.protection.EventRequestProblem.Code;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class ProcedureJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Nested
    class State {

        @Test
        void theContractsExampleFieldForField() {
            ProcedureState state = play(ProcedureEvent.reflectionPeriodGranted(d("2026-02-20")),
                    ProcedureEvent.conditionMet(d("2026-02-20"), Condition.BREAK_CONTACT),
                    ProcedureEvent.conditionMet(d("2026-02-20"), Condition.ACCEPT_SUPPORT),
                    ProcedureEvent.statementMade(d("2026-03-02")));

            // The contract's example elides the two CONDITION_MET entries its conditions imply.
            assertThat(ProcedureJson.writeState(state)).isEqualTo("{\"phase\":\"REGISTRATION_CERTIFICATE\","
                    + "\"document\":\"REGISTRATION_CERTIFICATE\",\"validFrom\":\"2026-03-02\","
                    + "\"validUntil\":\"2026-06-02\",\"extensionsUsed\":0,\"conditions\":{\"BREAK_CONTACT\":"
                    + "\"2026-02-20\",\"ACCEPT_SUPPORT\":\"2026-02-20\",\"COOPERATE\":\"2026-03-02\"},"
                    + "\"endReason\":null,\"history\":[{\"type\":\"REFLECTION_PERIOD_GRANTED\",\"date\":\"2026-02-20\"},"
                    + "{\"type\":\"CONDITION_MET\",\"date\":\"2026-02-20\",\"condition\":\"BREAK_CONTACT\"},"
                    + "{\"type\":\"CONDITION_MET\",\"date\":\"2026-02-20\",\"condition\":\"ACCEPT_SUPPORT\"},"
                    + "{\"type\":\"STATEMENT_MADE\",\"date\":\"2026-03-02\"}]}");
        }

        @Test
        void notStarted() {
            assertThat(ProcedureJson.writeState(ProcedureState.notStarted())).isEqualTo("{\"phase\":\"NOT_STARTED\","
                    + "\"document\":null,\"validFrom\":null,\"validUntil\":null,\"extensionsUsed\":0,"
                    + "\"conditions\":{},\"endReason\":null,\"history\":[]}");
        }

        @Test
        void endedWithReasonBasisAndNotes() {
            ProcedureState state = play(ProcedureTransitionTableTest.stateIn(ProcedurePhase.A_CARD),
                    ProcedureFixtures.DEFAULT_RULES, false,
                    ProcedureEvent.permanentStayGranted(d("2026-06-01"), PermanentStayBasis.CONVICTION)
                            .withNote("judgment of the criminal court"),
                    ProcedureEvent.statusEnded(d("2026-07-01"), EndReason.LEFT_COUNTRY));

            var json = ProcedureJson.stateToJson(state);

            assertThat(json.get("phase").asString()).isEqualTo("ENDED");
            assertThat(json.get("document").isNull()).isTrue();
            assertThat(json.get("validFrom").isNull()).isTrue();
            assertThat(json.get("validUntil").isNull()).isTrue();
            assertThat(json.get("endReason").asString()).isEqualTo("LEFT_COUNTRY");
            var history = json.get("history");
            assertThat(history.get(5).toString()).isEqualTo("{\"type\":\"PERMANENT_STAY_GRANTED\","
                    + "\"date\":\"2026-06-01\",\"basis\":\"CONVICTION\",\"note\":\"judgment of the criminal court\"}");
            assertThat(history.get(6).toString())
                    .isEqualTo("{\"type\":\"STATUS_ENDED\",\"date\":\"2026-07-01\",\"reason\":\"LEFT_COUNTRY\"}");
        }

        @Test
        void deadlinesHaveTheContractsFourFieldsAndOverdueOnlyWhenOverdue() {
            String json = ProcedureJson.deadlinesToJson(List.of(
                    new Deadline("C-0005", ProcedurePhase.REFLECTION_PERIOD, ResidenceDocument.ANNEX_15,
                            d("2026-04-15"), true),
                    new Deadline("C-0002", ProcedurePhase.A_CARD, ResidenceDocument.A_CARD, d("2026-05-01"),
                            false))).toString();

            assertThat(json).isEqualTo("[{\"case\":\"C-0005\",\"phase\":\"REFLECTION_PERIOD\",\"document\":"
                    + "\"ANNEX_15\",\"validUntil\":\"2026-04-15\",\"overdue\":true},{\"case\":\"C-0002\",\"phase\":"
                    + "\"A_CARD\",\"document\":\"A_CARD\",\"validUntil\":\"2026-05-01\"}]");
        }
    }

    @Nested
    class EventRequest {

        private ProcedureEvent valid(String body) {
            ParsedEventRequest parsed = ProcedureJson.parseEventRequest(body);
            assertThat(parsed).isInstanceOf(ParsedEventRequest.Valid.class);
            return ((ParsedEventRequest.Valid) parsed).event();
        }

        private List<EventRequestProblem> problems(String body) {
            ParsedEventRequest parsed = ProcedureJson.parseEventRequest(body);
            assertThat(parsed).isInstanceOf(ParsedEventRequest.Invalid.class);
            return ((ParsedEventRequest.Invalid) parsed).problems();
        }

        private String fieldsAndCodes(String body) {
            StringBuilder out = new StringBuilder();
            for (EventRequestProblem problem : problems(body)) {
                out.append(problem.field()).append(':').append(problem.code()).append(' ');
            }
            return out.toString().trim();
        }

        @Test
        void theContractsExampleBody() {
            assertThat(valid("{ \"type\": \"STATEMENT_MADE\", \"date\": \"2026-03-02\","
                    + " \"note\": \"statement to the federal police\" }")).isEqualTo(
                    ProcedureEvent.statementMade(d("2026-03-02")).withNote("statement to the federal police"));
        }

        @Test
        void eachDetailWithItsType() {
            assertThat(valid("{\"type\":\"CONDITION_MET\",\"date\":\"2026-03-02\",\"condition\":\"BREAK_CONTACT\"}"))
                    .isEqualTo(ProcedureEvent.conditionMet(d("2026-03-02"), Condition.BREAK_CONTACT));
            assertThat(valid("{\"type\":\"STATUS_ENDED\",\"date\":\"2026-03-02\",\"reason\":\"FRAUDULENT\"}"))
                    .isEqualTo(ProcedureEvent.statusEnded(d("2026-03-02"), EndReason.FRAUDULENT));
            assertThat(valid("{\"type\":\"PERMANENT_STAY_GRANTED\",\"date\":\"2026-03-02\","
                    + "\"basis\":\"PROSECUTION_REQUESTED_CONVICTION\",\"note\":null,\"condition\":null}"))
                    .isEqualTo(ProcedureEvent.permanentStayGranted(d("2026-03-02"),
                            PermanentStayBasis.PROSECUTION_REQUESTED_CONVICTION));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "{\"type\":\"STATEMENT\",\"date\":\"2026-03-02\"}                        | type:UNKNOWN_VALUE",
                "{\"type\":\"statement_made\",\"date\":\"2026-03-02\"}                   | type:UNKNOWN_VALUE",
                "{\"date\":\"2026-03-02\"}                                              | type:MISSING",
                "{\"type\":null,\"date\":\"2026-03-02\"}                                 | type:MISSING",
                "{\"type\":7,\"date\":\"2026-03-02\"}                                    | type:NOT_A_STRING",
                "{\"type\":\"STATEMENT_MADE\"}                                          | date:MISSING",
                "{\"type\":\"STATEMENT_MADE\",\"date\":\"2026-02-30\"}                   | date:INVALID_DATE",
                "{\"type\":\"STATEMENT_MADE\",\"date\":\"02/03/2026\"}                   | date:INVALID_DATE",
                "{\"type\":\"STATEMENT_MADE\",\"date\":\"2026-03-02T10:00:00Z\"}         | date:INVALID_DATE",
                "{\"type\":\"STATEMENT_MADE\",\"date\":20260302}                        | date:NOT_A_STRING",
                "{\"type\":\"CONDITION_MET\",\"date\":\"2026-03-02\"}                    | condition:MISSING",
                "{\"type\":\"CONDITION_MET\",\"date\":\"2026-03-02\",\"condition\":\"X\"} | condition:UNKNOWN_VALUE",
                "{\"type\":\"STATUS_ENDED\",\"date\":\"2026-03-02\"}                     | reason:MISSING",
                "{\"type\":\"PERMANENT_STAY_GRANTED\",\"date\":\"2026-03-02\"}           | basis:MISSING",
                "{\"type\":\"STATEMENT_MADE\",\"date\":\"2026-03-02\",\"condition\":\"COOPERATE\"} | condition:NOT_ALLOWED_FOR_TYPE",
                "{\"type\":\"CONDITION_MET\",\"date\":\"2026-03-02\",\"condition\":\"COOPERATE\",\"reason\":\"FRAUDULENT\"} | reason:NOT_ALLOWED_FOR_TYPE",
                "{\"type\":\"STATUS_ENDED\",\"date\":\"2026-03-02\",\"reason\":\"LEFT_COUNTRY\",\"basis\":\"CONVICTION\"} | basis:NOT_ALLOWED_FOR_TYPE",
                "{\"type\":\"STATEMENT_MADE\",\"date\":\"2026-03-02\",\"caseCode\":\"C-1\"} | caseCode:UNKNOWN_FIELD",
                "{\"type\":\"STATEMENT_MADE\",\"date\":\"2026-03-02\",\"note\":12}      | note:NOT_A_STRING",
                "{\"type\":\"STATEMENT_MADE\",\"type\":\"STATEMENT_MADE\",\"date\":\"2026-03-02\"} | type:DUPLICATE_FIELD",
                "{\"type\":\"STATEMENT_MADE\",                                          | (body):MALFORMED_JSON",
                "[]                                                                     | (body):NOT_AN_OBJECT",
                "\"STATEMENT_MADE\"                                                     | (body):NOT_AN_OBJECT",
                "''                                                                     | (body):MISSING",
                "null                                                                   | (body):MISSING",
                "{} | type:MISSING date:MISSING",
                "{\"type\":\"X\",\"date\":\"x\",\"condition\":\"Y\",\"extra\":1} | extra:UNKNOWN_FIELD type:UNKNOWN_VALUE date:INVALID_DATE condition:UNKNOWN_VALUE",
        })
        void everyProblemIsNamedByField(String body, String expected) {
            assertThat(fieldsAndCodes(body)).isEqualTo(expected);
        }

        @Test
        void messagesNameTheFieldAndWhatIsAllowed() {
            assertThat(problems("{\"type\":\"STATEMENT\",\"date\":\"2026-03-02\"}")).singleElement()
                    .extracting(EventRequestProblem::message).asString()
                    .isEqualTo("type \"STATEMENT\" is not an event type; expected one of REFLECTION_PERIOD_GRANTED,"
                            + " STATEMENT_MADE, REGISTRATION_CERTIFICATE_EXTENDED, CONDITION_MET, VICTIM_CONFIRMED,"
                            + " A_CARD_RENEWED, PERMANENT_STAY_GRANTED, STATUS_ENDED");
            assertThat(problems("{\"type\":\"CONDITION_MET\",\"date\":\"2026-03-02\"}")).singleElement()
                    .extracting(EventRequestProblem::message).asString()
                    .isEqualTo("condition is required for CONDITION_MET; one of BREAK_CONTACT, ACCEPT_SUPPORT,"
                            + " COOPERATE");
            assertThat(problems("{\"type\":\"VICTIM_CONFIRMED\",\"date\":\"2026-03-02\",\"basis\":\"CONVICTION\"}"))
                    .singleElement().extracting(EventRequestProblem::message).asString()
                    .isEqualTo("basis is not allowed for VICTIM_CONFIRMED; only PERMANENT_STAY_GRANTED takes a basis");
            assertThat(problems("{\"type\":\"STATEMENT_MADE\",\"date\":\"2026-02-30\"}")).singleElement()
                    .extracting(EventRequestProblem::message).asString()
                    .isEqualTo("date \"2026-02-30\" is not a valid date written YYYY-MM-DD");
        }

        @Test
        void aNoteOfAtMost2000Characters() {
            String ok = "{\"type\":\"STATEMENT_MADE\",\"date\":\"2026-03-02\",\"note\":\"" + "é".repeat(2000) + "\"}";
            String tooLong = "{\"type\":\"STATEMENT_MADE\",\"date\":\"2026-03-02\",\"note\":\"" + "a".repeat(2001)
                    + "\"}";

            assertThat(valid(ok).note()).hasSize(2000);
            assertThat(problems(tooLong)).containsExactly(new EventRequestProblem("note", Code.TOO_LONG,
                    "note is 2001 characters long; at most 2000 are allowed"));
        }

        @Test
        void anAlreadyParsedTreeIsAcceptedToo() {
            var tree = JSON.readTree("{\"type\":\"VICTIM_CONFIRMED\",\"date\":\"2026-03-02\"}");

            assertThat(ProcedureJson.parseEventRequest(tree))
                    .isEqualTo(new ParsedEventRequest.Valid(ProcedureEvent.victimConfirmed(d("2026-03-02"))));
        }
    }
}
