package be.ariadne.screening;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one evaluation on one thread, for a typical full assessment: 8 indicators,
 * 3 signs, actions, border facts, explanation included. Target: at least 200,000 evaluations/s
 * on one core. Run with {@code bash bench/jmh.sh ScreeningEngineBenchmark -f 1 -wi 2 -i 3 -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ScreeningEngineBenchmark {

    private ScreeningEngine engine;
    private ScreeningJson json;
    private ScreeningRequest typical;

    @Setup
    public void setUp() {
        engine = ScreeningEngine.standard();
        json = ScreeningJson.standard();
        // Synthetic: a 16-year-old recruited abroad for farm work, smuggled in, held on the farm.
        typical = ScreeningRequest.builder().age(16).citizenship("VN")
                .actions(Action.RECRUITED, Action.TRANSPORTED, Action.HARBOURED)
                .border(true, true, true)
                .exploitation(ExploitationForm.LABOUR).thirdPartyProfits(true)
                .signs("DOCUMENTS_CONFISCATED", "DEBT_TO_PAY_OFF", "FEAR_OF_PEOPLE_AROUND")
                .indicators("DR_JOB_NATURE", "DR_WAGES", "VR_ECONOMIC", "EX_EXCESSIVE_HOURS", "EX_BAD_LIVING",
                        "EX_WAGE_MANIPULATION", "CD_ISOLATION", "VD_UNKNOWN_AREA")
                .build();
        if (!json.parse(REQUEST_JSON).request().equals(typical)) {
            throw new IllegalStateException("the JSON and the built request must be the same assessment");
        }
    }

    /** The engine alone: what the web form and the HTTP API pay per screening, explanation in English. */
    @Benchmark
    public ScreeningResult evaluate() {
        return engine.evaluate(typical);
    }

    /** The same with the explanation in French. */
    @Benchmark
    public ScreeningResult evaluateFrench() {
        return engine.evaluate(typical, Locale.FRENCH);
    }

    /** Parse + evaluate + write: the whole JSON round trip of the command line and the API. */
    @Benchmark
    public String jsonRoundTrip() {
        return json.write(engine.evaluate(json.parse(REQUEST_JSON).request()));
    }

    private static final String REQUEST_JSON = """
            {"person": {"age": 16, "citizenship": "VN"},
             "situation": {"actions": ["RECRUITED", "TRANSPORTED", "HARBOURED"],
                           "border": {"crossed": true, "irregular": true, "facilitatorPaid": true},
                           "exploitation": ["LABOUR"], "thirdPartyProfits": true},
             "signs": ["DOCUMENTS_CONFISCATED", "DEBT_TO_PAY_OFF", "FEAR_OF_PEOPLE_AROUND"],
             "indicators": ["DR_JOB_NATURE", "DR_WAGES", "VR_ECONOMIC", "EX_EXCESSIVE_HOURS", "EX_BAD_LIVING",
                            "EX_WAGE_MANIPULATION", "CD_ISOLATION", "VD_UNKNOWN_AREA"]}""";
}
