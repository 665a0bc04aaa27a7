package be.ariadne.referral;

import be.ariadne.access.Organisation;
import be.ariadne.access.OrganisationType;
import be.ariadne.access.Organisations;
import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.StaleVersionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory of specialised centres in table {@code referral_centre}: loaded from
 * {@code referral/centres.json} on first start, then edited by administrators (every change
 * audited with the fields it changed); a centre is deactivated, never deleted.
 */
@Service
class Directory {
    static final String DATA_FILE = "/referral/centres.json";
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Organisations organisations;
    private final Clock clock;

    Directory(JdbcClient jdbc, AuditLog audit, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** What an administrator may set (the code is given separately). */
    record Edit(String name, String city, String address, String phone, String website, String languages,
                boolean adults, boolean minors, boolean women, boolean men, String areas, Integer sortKey) {
    }

    List<Centre> all() {
        return jdbc.sql("SELECT * FROM referral_centre ORDER BY sort_key, code").query(Directory::map).list();
    }

    Optional<Centre> byCode(String code) {
        if (code == null) return Optional.empty();
        return jdbc.sql("SELECT * FROM referral_centre WHERE code = ?").param(code).query(Directory::map).optional();
    }

    Centre require(String code) {
        return byCode(code).orElseThrow(() -> new NotFoundException("no centre " + code + " in the directory"));
    }

    /** Loads the data file's centres that are not in the table yet; returns how many were added. */
    @Transactional
    int loadMissing(String by) {
        int added = 0;
        int order = 0;
        for (JsonNode c : readDataFile().path("centres")) {
            order += 10;
            String code = c.path("code").asString();
            if (byCode(code).isPresent()) continue;
            List<String> languages = new ArrayList<>();
            c.path("languages").forEach(l -> languages.add(l.asString()));
            List<String> areas = new ArrayList<>();
            c.path("areas").forEach(a -> areas.add(a.asString()));
            Edit e = new Edit(c.path("name").asString(), c.path("city").asString(), text(c, "address"), text(c, "phone"),
                    text(c, "website"), String.join(",", languages), c.path("adults").asBoolean(), c.path("minors").asBoolean(),
                    c.path("women").asBoolean(), c.path("men").asBoolean(), String.join(",", areas), order);
            Checked ok = check(code, e, true);
            try {
                insert(code, ok, by);
                added++;
            } catch (DuplicateKeyException another) {
                // another instance loaded it at the same time
            }
        }
        if (added > 0) audit.record(AuditEvent.of("REFERRAL_DIRECTORY_LOADED", "centre-directory", DATA_FILE).withDetail("added=" + added));
        return added;
    }

    /** Adds a centre for an existing specialised centre organisation (the same code: never a second name for one centre). */
    @Transactional
    Centre create(String code, Edit edit, String by) {
        String c = code == null ? "" : code.strip();
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Organisation> org = organisations.byCode(c);
        if (c.isEmpty()) problems.add(new FieldProblem("code", "is required"));
        else if (org.isEmpty() || org.get().type() != OrganisationType.SPECIALISED_CENTRE) {
            problems.add(new FieldProblem("code", "must be the code of a specialised centre organisation ('" + c + "' is not one)"));
        } else if (byCode(c).isPresent()) problems.add(new FieldProblem("code", "is already in the directory"));
        Checked ok;
        try {
            ok = check(c, edit, false);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            ok = null;
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        insert(c, ok, by);
        audit.record(AuditEvent.of("REFERRAL_CENTRE_CREATED", "centre", c).withDetail(describe(ok)));
        return require(c);
    }

    @Transactional
    Centre update(String code, Edit edit, Integer version, String by) {
        Centre current = require(code);
        if (version == null) throw new InvalidInputException("version", "is required (the version you read)");
        Checked ok = check(code, edit, false);
        int n = jdbc.sql("""
                        UPDATE referral_centre SET name = ?, city = ?, address = ?, phone = ?, website = ?, languages = ?,
                          takes_adults = ?, takes_minors = ?, takes_women = ?, takes_men = ?, postal_areas = ?, sort_key = ?,
                          updated_at = ?, updated_by = ?, version = version + 1
                        WHERE code = ? AND version = ?""")
                .params(ok.name, ok.city, ok.address, ok.phone, ok.website, ok.languages, ok.edit.adults(), ok.edit.minors(),
                        ok.edit.women(), ok.edit.men(), ok.areas.toString(), ok.sortKey(current.sortKey()), now(), by, code, version)
                .update();
        if (n == 0) throw new StaleVersionException("Centre " + code);
        Centre after = require(code);
        audit.record(AuditEvent.of("REFERRAL_CENTRE_CHANGED", "centre", code).withDetail(changes(current, after)));
        return after;
    }

    /** Deactivates (never suggested, refused as a referral's centre) or reactivates a centre. */
    @Transactional
    Centre setActive(String code, boolean active, Integer version, String by) {
        Centre current = require(code);
        if (version == null) throw new InvalidInputException("version", "is required (the version you read)");
        int n = jdbc.sql("UPDATE referral_centre SET active = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE code = ? AND version = ?")
                .params(active, now(), by, code, version).update();
        if (n == 0) throw new StaleVersionException("Centre " + code);
        if (current.active() != active) {
            audit.record(AuditEvent.of(active ? "REFERRAL_CENTRE_REACTIVATED" : "REFERRAL_CENTRE_DEACTIVATED", "centre", code));
        }
        return require(code);
    }

    // ---- checks ---------------------------------------------------------------------------------

    private record Checked(Edit edit, String name, String city, String address, String phone, String website, String languages,
                           PostalAreas areas) {
        int sortKey(int otherwise) {
            return edit.sortKey() == null ? otherwise : edit.sortKey();
        }
    }

    static Checked check(String code, Edit e, boolean dataFile) {
        List<FieldProblem> problems = new ArrayList<>();
        if (e == null) throw new InvalidInputException("body", "is required");
        String name = clean(e.name());
        String city = clean(e.city());
        String address = clean(e.address());
        String phone = clean(e.phone());
        String website = clean(e.website());
        if (name == null || name.length() > 200) problems.add(new FieldProblem("name", "is required, at most 200 characters"));
        if (city == null || city.length() > 100) problems.add(new FieldProblem("city", "is required, at most 100 characters"));
        if (address != null && address.length() > 500) problems.add(new FieldProblem("address", "must be at most 500 characters"));
        if (phone != null && !phone.matches("\\+?[0-9][0-9 ()./-]{3,30}")) {
            problems.add(new FieldProblem("phone", "must be a phone number as dialled, e.g. +32 …, digits, spaces and ()./- only"));
        }
        if (website != null && (!website.matches("https://[^\\s]{3,290}"))) {
            problems.add(new FieldProblem("website", "must be an https:// address"));
        }
        List<String> langs = new ArrayList<>();
        for (String l : (e.languages() == null ? "" : e.languages()).split("[,\\s]+")) {
            if (l.isBlank()) continue;
            String lang = l.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(lang) || lang.length() != 2) problems.add(new FieldProblem("languages", "'" + l.strip() + "' is not an ISO 639-1 language code"));
            else if (!langs.contains(lang)) langs.add(lang);
        }
        if (langs.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("languages"))) {
            problems.add(new FieldProblem("languages", "at least one language is required (ISO 639-1 codes, e.g. fr,nl,en)"));
        }
        if (!e.adults() && !e.minors()) problems.add(new FieldProblem("minors", "the centre must take in adults, minors or both"));
        if (!e.women() && !e.men()) problems.add(new FieldProblem("women", "the centre must take in women, men or both"));
        PostalAreas areas = null;
        try {
            areas = PostalAreas.parse(e.areas());
        } catch (IllegalArgumentException bad) {
            problems.add(new FieldProblem("areas", bad.getMessage()));
        }
        if (e.sortKey() != null && (e.sortKey() < 0 || e.sortKey() > 10_000)) problems.add(new FieldProblem("sortKey", "must be 0 to 10000"));
        if (!problems.isEmpty()) {
            if (dataFile) throw new IllegalStateException(DATA_FILE + ": centre " + code + ": " + problems);
            throw new InvalidInputException(problems);
        }
        return new Checked(e, name, city, address, phone, website, String.join(",", langs), areas);
    }

    private void insert(String code, Checked ok, String by) {
        jdbc.sql("""
                        INSERT INTO referral_centre (code, name, city, address, phone, website, languages, takes_adults, takes_minors,
                          takes_women, takes_men, postal_areas, sort_key, active, updated_at, updated_by, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, 0)""")
                .params(code, ok.name, ok.city, ok.address, ok.phone, ok.website, ok.languages, ok.edit.adults(), ok.edit.minors(),
                        ok.edit.women(), ok.edit.men(), ok.areas.toString(), ok.edit.sortKey() == null ? nextSortKey() : ok.edit.sortKey(), now(), by)
                .update();
    }

    private int nextSortKey() {
        return jdbc.sql("SELECT COALESCE(MAX(sort_key), 0) + 10 FROM referral_centre").query(Integer.class).single();
    }

    private static String describe(Checked ok) {
        return "name=" + ok.name + " areas=" + ok.areas + " adults=" + ok.edit.adults() + " minors=" + ok.edit.minors();
    }

    /** The fields that changed, named (the directory holds no personal data). */
    static String changes(Centre a, Centre b) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("name", new Object[] {a.name(), b.name()});
        fields.put("city", new Object[] {a.city(), b.city()});
        fields.put("address", new Object[] {a.address(), b.address()});
        fields.put("phone", new Object[] {a.phone(), b.phone()});
        fields.put("website", new Object[] {a.website(), b.website()});
        fields.put("languages", new Object[] {a.languages(), b.languages()});
        fields.put("intake", new Object[] {a.intake(), b.intake()});
        fields.put("areas", new Object[] {a.areas().toString(), b.areas().toString()});
        fields.put("sortKey", new Object[] {a.sortKey(), b.sortKey()});
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> {
            if (!Objects.equals(v[0], v[1])) sb.append(sb.isEmpty() ? "" : "; ").append(k).append(": ").append(v[0]).append(" -> ").append(v[1]);
        });
        String s = sb.isEmpty() ? "no change" : sb.toString();
        return s.length() > 1900 ? s.substring(0, 1900) + "…" : s;
    }

    static JsonNode readDataFile() {
        try (InputStream in = Directory.class.getResourceAsStream(DATA_FILE)) {
            if (in == null) throw new IllegalStateException(DATA_FILE + " is missing");
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode c, String field) {
        JsonNode n = c.path(field);
        return n.isNull() || n.isMissingNode() ? null : n.asString();
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    static Centre map(ResultSet rs, int row) throws SQLException {
        String langs = rs.getString("languages");
        return new Centre(rs.getString("code"), rs.getString("name"), rs.getString("city"), rs.getString("address"),
                rs.getString("phone"), rs.getString("website"),
                langs == null || langs.isBlank() ? List.of() : Arrays.asList(langs.split(",")),
                new Centre.Intake(rs.getBoolean("takes_adults"), rs.getBoolean("takes_minors"), rs.getBoolean("takes_women"),
                        rs.getBoolean("takes_men")),
                PostalAreas.parse(rs.getString("postal_areas")), rs.getInt("sort_key"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
