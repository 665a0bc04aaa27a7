package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A request written by {@link ScreeningJson#writeRequest} reads back as the same request, and evaluates the same. */
class RequestWriterProperties {

    private final ScreeningJson json = ScreeningJson.standard();

    @Provide
    Arbitrary<ScreeningRequest> requests() {
        return ScreeningArbitraries.requests();
    }

    @Property(tries = 500)
    void writtenRequestsReadBackEqual(@ForAll("requests") ScreeningRequest request) {
        String written = json.writeRequest(request);
        ScreeningJson.Parsed parsed = json.parse(written);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.request()).isEqualTo(request);
        assertThat(json.writeRequest(parsed.request())).as("canonical: writing twice gives the same text").isEqualTo(written);
        assertThat(json.write(ScreeningEngine.standard().evaluate(parsed.request())))
                .isEqualTo(json.write(ScreeningEngine.standard().evaluate(request)));
    }

    @Example
    void theEmptyRequestIsAnEmptyObject() {
        assertThat(json.writeRequest(ScreeningRequest.EMPTY)).isEqualTo("{}");
    }

    @Example
    void codesComeInCanonicalOrder() {
        ScreeningRequest request = ScreeningRequest.builder().age(17).exploitation(ExploitationForm.LABOUR, ExploitationForm.SEXUAL)
                .actions(Action.HARBOURED, Action.RECRUITED).signs("NO_PAY", "NO_FREEDOM_OF_MOVEMENT")
                .indicators("EX_EXCESSIVE_HOURS", "DR_JOB_NATURE").border(true, false, true).build();
        assertThat(json.writeRequest(request)).isEqualTo("{\"person\":{\"age\":17},\"situation\":{\"actions\":[\"RECRUITED\",\"HARBOURED\"],"
                + "\"border\":{\"crossed\":true,\"facilitatorPaid\":true},\"exploitation\":[\"SEXUAL\",\"LABOUR\"]},"
                + "\"signs\":[\"NO_FREEDOM_OF_MOVEMENT\",\"NO_PAY\"],\"indicators\":[\"DR_JOB_NATURE\",\"EX_EXCESSIVE_HOURS\"]}");
    }
}
