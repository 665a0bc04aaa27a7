package be.ariadne.referral;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The reasons a centre may give for declining a referral: data file {@code referral/decline-reasons.csv} ({@code code,en,fr,nl,de}). */
@Component
class DeclineReasons {
    static final String FILE = "/referral/decline-reasons.csv";
    static final String OTHER = "OTHER";
    private static final List<String> LANGS = List.of("en", "fr", "nl", "de");
    private final Map<String, Map<String, String>> labels = load();

    List<String> codes() {
        return List.copyOf(labels.keySet());
    }

    boolean contains(String code) {
        return code != null && labels.containsKey(code);
    }

    String label(String code, Locale locale) {
        Map<String, String> l = labels.get(code);
        if (l == null) return code;
        return l.getOrDefault(locale.getLanguage(), l.get("en"));
    }

    static Map<String, Map<String, String>> load() {
        try (InputStream in = DeclineReasons.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException(FILE + " is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            if (!"code,en,fr,nl,de".equals(header)) throw new IllegalStateException(FILE + ": header must be code,en,fr,nl,de");
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String[] f = line.split(",", -1);
                if (f.length != 5 || !f[0].matches("[A-Z][A-Z0-9_]{1,39}")) throw new IllegalStateException(FILE + " line " + n + ": expected code,en,fr,nl,de");
                if (out.containsKey(f[0])) throw new IllegalStateException(FILE + " line " + n + ": duplicate code " + f[0]);
                Map<String, String> l = new LinkedHashMap<>();
                for (int i = 0; i < LANGS.size(); i++) l.put(LANGS.get(i), f[i + 1]);
                out.put(f[0], Map.copyOf(l));
            }
            if (!out.containsKey(OTHER)) throw new IllegalStateException(FILE + ": the code OTHER is required");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
