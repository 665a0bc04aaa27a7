package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenerateCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheCasesAndOneSummaryLine() throws Exception {
        Path file = directory.resolve("cases.csv");

        int exit = run("generate", "--cases", "250", "--seed", "42", "--out", file.toString());

        assertThat(exit).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).isEqualTo("generated 250 synthetic cases (seed 42) in " + file.toAbsolutePath()
                + System.lineSeparator());
        try (HtcdsCsvReader reader = HtcdsCsvReader.open(Files.newInputStream(file))) {
            assertThat(reader.columns()).isEqualTo(HtcdsCsvWriter.columns());
            long rows = reader.rows().filter(HtcdsRow::isValid).count();
            assertThat(rows).isEqualTo(250);
        }
        assertThat(Files.list(directory)).containsExactly(file); // no temporary file left
    }

    @Test
    void sameSeedSameBytesAndAnExistingFileIsReplaced() throws Exception {
        Path first = directory.resolve("a.csv");
        Path second = directory.resolve("b.csv");
        Files.writeString(second, "old content");

        assertThat(run("--cases=300", "--seed=-9", "--out=" + first)).isZero();
        assertThat(run("generate", "--out", second.toString(), "--seed", "-9", "--cases", "300")).isZero();

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void zeroCasesWritesTheHeaderAlone() throws Exception {
        Path file = directory.resolve("empty.csv");
        assertThat(run("generate", "--cases", "0", "--seed", "1", "--out", file.toString())).isZero();
        assertThat(Files.readString(file)).isEqualTo(String.join(",", HtcdsCsvWriter.columns()) + "\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--cases abc --seed 1 --out {dir}/x.csv       | --cases: 'abc' is not a whole number from 0 to 100000000",
        "--cases -5 --seed 1 --out {dir}/x.csv        | --cases: '-5' is not a whole number from 0 to 100000000",
        "--cases 100000001 --seed 1 --out {dir}/x.csv | --cases: '100000001' is not a whole number from 0 to 100000000",
        "--seed 1 --out {dir}/x.csv                   | --cases is missing: the number of cases to generate",
        "--cases 5 --seed x1 --out {dir}/x.csv        | --seed: 'x1' is not a whole number (64-bit)",
        "--cases 5 --out {dir}/x.csv                  | --seed is missing: a whole number fixing the generated cases",
        "--cases 5 --seed 1                           | --out is missing: the CSV file to write",
        "--cases 5 --seed 1 --out {dir}/no/x.csv      | --out: the directory of '{dir}/no/x.csv' does not exist",
        "--cases 5 --seed 1 --out {dir}               | --out: '{dir}' is a directory, not a file",
        "--cases 5 --seed 1 --out {dir}/x.csv --fast  | unknown argument '--fast'",
        "--cases 5 --seed 1 --seed 2 --out {dir}/x.csv | --seed is given twice",
        "--cases --seed 1 --out {dir}/x.csv           | --cases needs a value"})
    void badArgumentsExitWithTwoNamingTheArgument(String arguments, String problem) {
        String dir = directory.toString();
        String[] args = ("generate " + arguments.replace("{dir}", dir)).split(" +");

        int exit = run(args);

        assertThat(exit).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("generate: " + problem.replace("{dir}", dir) + System.lineSeparator())
                .endsWith(GenerateCommand.USAGE + System.lineSeparator());
        assertThat(directory.resolve("x.csv")).doesNotExist();
    }

    @Test
    void everyBadArgumentIsReported() {
        assertThat(run("generate", "--cases", "x", "--seed", "y")).isEqualTo(2);
        assertThat(err()).contains("--cases: 'x'", "--seed: 'y'", "--out is missing");
    }
}
