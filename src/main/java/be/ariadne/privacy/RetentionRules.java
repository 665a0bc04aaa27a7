package be.ariadne.privacy;

import be.ariadne.casefile.Compartment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How many whole years after closure each compartment of a case is kept: {@code privacy/retention.json}
 * (or the file {@code ariadne.privacy.retention-file}), each rule overridable by
 * {@code ariadne.privacy.retention.<COMPARTMENT>=<years>}. Checked at start-up: every compartment
 * needs exactly one rule, of 1 to 100 years; a mistake stops the start, naming it.
 */
@Component
class RetentionRules {
    private final Map<Compartment, Integer> years;

    RetentionRules(Environment env) {
        String file = env.getProperty("ariadne.privacy.retention-file");
        String source = file == null ? "classpath:privacy/retention.json" : file;
        JsonNode root;
        try (InputStream in = file == null ? RetentionRules.class.getResourceAsStream("/privacy/retention.json") : Files.newInputStream(Path.of(file))) {
            if (in == null) throw new IllegalStateException(source + " is missing");
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("retention rules " + source + " cannot be read: " + e.getMessage(), e);
        }
        Map<Compartment, Integer> map = new EnumMap<>(Compartment.class);
        int i = 0;
        for (JsonNode rule : root.path("rules")) {
            i++;
            String name = rule.path("compartment").asString("");
            Compartment c;
            try {
                c = Compartment.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ": rule " + i + " names an unknown compartment '" + name + "'");
            }
            if (map.containsKey(c)) throw new IllegalStateException(source + ": rule " + i + ": a second rule for " + c);
            JsonNode y = rule.path("yearsAfterClosure");
            if (!y.isIntegralNumber()) throw new IllegalStateException(source + ": rule " + i + " (" + c + "): yearsAfterClosure must be a whole number");
            map.put(c, check(source + ": rule " + i + " (" + c + ")", y.asInt()));
        }
        for (Compartment c : Compartment.values()) {
            String override = env.getProperty("ariadne.privacy.retention." + c.name());
            if (override != null) {
                String where = "ariadne.privacy.retention." + c.name();
                try {
                    map.put(c, check(where, Integer.parseInt(override.trim())));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(where + "='" + override + "' is not a whole number of years");
                }
            }
            if (!map.containsKey(c)) throw new IllegalStateException(source + ": no retention rule for compartment " + c);
        }
        this.years = Collections.unmodifiableMap(map);
    }

    private static int check(String where, int y) {
        if (y < 1 || y > 100) throw new IllegalStateException(where + ": " + y + " years is outside 1 to 100");
        return y;
    }

    Map<Compartment, Integer> years() {
        return years;
    }

    int years(Compartment c) {
        return years.get(c);
    }

    /** The compartments whose retention has ended on {@code today} for a case closed on {@code closedOn}. */
    Set<Compartment> expired(LocalDate closedOn, LocalDate today) {
        Set<Compartment> out = EnumSet.noneOf(Compartment.class);
        if (closedOn == null) return out;
        years.forEach((c, y) -> {
            if (!closedOn.plusYears(y).isAfter(today)) out.add(c);
        });
        return out;
    }

    /** The latest closing day for which at least one compartment has expired on {@code today}. */
    LocalDate earliestExpiry(LocalDate today) {
        int min = years.values().stream().min(Integer::compare).orElseThrow();
        return today.minusYears(min);
    }
}
