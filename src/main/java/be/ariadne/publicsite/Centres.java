package be.ariadne.publicsite;

import be.ariadne.shared.web.SupportedLanguages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The specialised centres as the public pages name them (data file {@code publicsite/centres.json}):
 * name, city or region, whom they serve. No phone numbers or addresses here: the shelters' addresses
 * are secret, and the directory with contact details belongs to the referral module; the pages link
 * to it when {@code ariadne.publicsite.centre-directory-url} is set.
 */
@Component
class Centres {
    record Centre(String code, String name, boolean minors, Map<String, String> place, Map<String, String> serves) {
        public String place(Locale locale) {
            return place.getOrDefault(locale.getLanguage(), place.get(SupportedLanguages.DEFAULT.getLanguage()));
        }

        public String serves(Locale locale) {
            return serves.getOrDefault(locale.getLanguage(), serves.get(SupportedLanguages.DEFAULT.getLanguage()));
        }
    }

    private final List<Centre> centres;
    private final String directoryUrl;

    Centres(@Value("${ariadne.publicsite.centre-directory-url:}") String directoryUrl) {
        this.centres = load();
        this.directoryUrl = directoryUrl == null || directoryUrl.isBlank() ? null : directoryUrl.strip();
    }

    List<Centre> all() {
        return centres;
    }

    /** Where the directory of centres with their contact details is, or null while there is none. */
    String directoryUrl() {
        return directoryUrl;
    }

    static List<Centre> load() {
        try (InputStream in = Centres.class.getResourceAsStream("/publicsite/centres.json")) {
            if (in == null) throw new IllegalStateException("publicsite/centres.json is missing");
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Centre> out = new ArrayList<>();
            for (JsonNode c : root.path("centres")) {
                Centre centre = new Centre(c.path("code").asString(), c.path("name").asString(), c.path("minors").asBoolean(),
                        texts(c.path("place")), texts(c.path("serves")));
                for (Locale l : SupportedLanguages.ALL) {
                    if (!centre.place().containsKey(l.getLanguage()) || !centre.serves().containsKey(l.getLanguage())) {
                        throw new IllegalStateException("publicsite/centres.json: " + centre.code() + " lacks language " + l.getLanguage());
                    }
                }
                out.add(centre);
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> m = new LinkedHashMap<>();
        node.properties().forEach(e -> m.put(e.getKey(), e.getValue().asString()));
        return Map.copyOf(m);
    }
}
