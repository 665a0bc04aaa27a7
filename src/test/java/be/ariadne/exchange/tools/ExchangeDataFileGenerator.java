package be.ariadne.exchange.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One-off generator of the exchange module's data files, kept so that they can be regenerated
 * and reviewed. Not run by the build or at runtime.
 *
 * <pre>
 * java -cp "$(cat target/cp.txt):target/test-classes" be.ariadne.exchange.tools.ExchangeDataFileGenerator \
 *     /work/shared/domain/htcds/fields-v2.csv src/main/resources/exchange
 * </pre>
 *
 * Writes {@code htcds-vocabulary.json} (every HTCDS 2.0 field with its type and, for picklists,
 * its value names, plus Ariadne's two extension columns) and {@code iso-codes.json} (ISO 3166-1
 * alpha-2 countries and ISO 639 language codes, taken from the JDK's tables, plus XK).
 */
public final class ExchangeDataFileGenerator {

    private ExchangeDataFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path fieldsCsv = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        json.writeValue(outDir.resolve("htcds-vocabulary.json").toFile(), vocabulary(json, fieldsCsv));
        json.writeValue(outDir.resolve("iso-codes.json").toFile(), isoCodes(json));
    }

    private static ObjectNode vocabulary(JsonMapper json, Path fieldsCsv) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("about", "HTCDS 2.0 vocabularies: every field with its type and, for picklists, its value names "
                + "exactly as in fields-v2.csv. Generated once by ExchangeDataFileGenerator (src/test/java); "
                + "do not edit by hand.");
        root.put("source", "Human Trafficking Case Data Standard (HTCDS) 2.0 by IOM, fields-v2.csv");
        root.put("license", "CC BY 4.0, http://creativecommons.org/licenses/by/4.0/ ; "
                + "no endorsement by IOM is implied");
        ObjectNode fields = root.putObject("fields");
        try (Reader in = Files.newBufferedReader(fieldsCsv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setSkipHeaderRecord(false).get().parse(in)) {
                if (row.getRecordNumber() == 1 || row.size() < 10) {
                    continue;
                }
                String name = row.get(6).strip();
                if (name.isEmpty() || name.equals("N/A") || !name.contains("_")) {
                    continue;
                }
                ObjectNode field = fields.putObject(name);
                field.put("type", row.get(7).strip());
                field.put("status", row.get(1).strip());
                field.put("core", row.get(2).strip().equals("Core"));
                String valueNames = row.get(9).strip();
                if (valueNames.startsWith("Use ISO 3166")) {
                    field.put("standard", "ISO 3166-1 alpha-2");
                } else if (valueNames.startsWith("Use ISO 639")) {
                    field.put("standard", "ISO 639");
                } else if (!valueNames.isEmpty()) {
                    ArrayNode values = field.putArray("values");
                    for (String value : valueNames.split("\\s+")) {
                        values.add(value);
                    }
                }
            }
        }
        ObjectNode extensions = root.putObject("extensions");
        ObjectNode externalId = extensions.putObject("cas_ExternalId");
        externalId.put("type", "Text");
        externalId.put("about", "Ariadne extension (contract htcds-exchange): the sender's own identifier of the case");
        ObjectNode other = extensions.putObject("vic_OtherExploitation");
        other.put("type", "Multiselect Picklist");
        other.put("about", "Ariadne extension (contract htcds-exchange): what 'Other' in vic_TypeOfExploitation "
                + "stands for. ForcedCriminality = forced criminality (HTCDS has no value for it yet); "
                + "Other = another form, given only when ForcedCriminality is given too.");
        other.putArray("values").add("ForcedCriminality").add("Other");
        return root;
    }

    private static ObjectNode isoCodes(JsonMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("about", "ISO 3166-1 alpha-2 country codes and ISO 639 language codes accepted in HTCDS exchange "
                + "files. Generated once from the JDK 17 locale tables by ExchangeDataFileGenerator "
                + "(src/test/java); do not edit by hand.");
        ArrayNode countries = root.putArray("countries");
        Set<String> countryCodes = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        // Kosovo: user-assigned code, used by the EU, IOM and most partner systems.
        countryCodes.add("XK");
        countryCodes.forEach(countries::add);
        root.put("countriesNote", "ISO 3166-1 alpha-2 officially assigned codes, plus XK (Kosovo, user-assigned, "
                + "as used by the European Commission)");
        // ISO 639-1 two-letter codes, their ISO 639-2/T three-letter codes and the ISO 639-2/B variants.
        Set<String> languages = new TreeSet<>();
        List<String> deprecated = List.of("in", "iw", "ji", "mo");
        for (String code : Locale.getISOLanguages()) {
            if (deprecated.contains(code)) {
                continue;
            }
            languages.add(code);
            languages.add(new Locale(code).getISO3Language());
        }
        languages.addAll(List.of("alb", "arm", "baq", "bur", "chi", "cze", "dut", "fre", "geo", "ger", "gre",
                "ice", "mac", "mao", "may", "per", "rum", "slo", "tib", "wel"));
        ArrayNode languageArray = root.putArray("languages");
        new ArrayList<>(languages).forEach(languageArray::add);
        root.put("languagesNote", "ISO 639-1 codes and the ISO 639-2 (T and B) codes of the same languages, lower case");
        return root;
    }
}
