package be.ariadne.exchange.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import be.ariadne.exchange.GenerateCommand;
import be.ariadne.exchange.HtcdsCsvReader;
import be.ariadne.exchange.HtcdsHeaderException;
import be.ariadne.exchange.HtcdsRow;

/**
 * Bench command (not a test): times {@code generate --cases N} through {@link GenerateCommand}
 * (target: 1,000,000 cases in under 30 s on a 2-core machine), then reading the file back.
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" be.ariadne.exchange.bench.ExchangeBench 1000000 3
 * </pre>
 */
public final class ExchangeBench {

    private ExchangeBench() {
    }

    public static void main(String[] args) throws IOException, HtcdsHeaderException {
        long cases = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path directory = Files.createTempDirectory("exchange-bench");
        Path file = directory.resolve("cases.csv");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try {
            for (int run = 1; run <= runs; run++) {
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                int exit = GenerateCommand.run(new String[] {"generate", "--cases", Long.toString(cases), "--seed",
                    Integer.toString(run), "--out", file.toString()}, new PrintStream(PrintStream.nullOutputStream()),
                        System.err);
                long wall = System.nanoTime() - start;
                long cpuUsed = os.getProcessCpuTime() - cpu;
                System.out.printf("generate %,d cases: exit %d, %.2f s wall, %.2f s CPU, %,d bytes%n", cases, exit,
                        wall / 1e9, cpuUsed / 1e9, Files.size(file));

                cpu = os.getProcessCpuTime();
                start = System.nanoTime();
                long valid = 0;
                long rows = 0;
                try (InputStream in = Files.newInputStream(file); HtcdsCsvReader reader = HtcdsCsvReader.open(in)) {
                    while (reader.hasNext()) {
                        HtcdsRow row = reader.next();
                        rows++;
                        valid += row.isValid() ? 1 : 0;
                    }
                }
                wall = System.nanoTime() - start;
                cpuUsed = os.getProcessCpuTime() - cpu;
                System.out.printf("read %,d rows (%,d valid): %.2f s wall, %.2f s CPU%n", rows, valid, wall / 1e9,
                        cpuUsed / 1e9);
            }
            System.out.printf("max heap %,d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        }
    }
}
