package be.ariadne.casefile;

import be.ariadne.access.OrganisationType;
import be.ariadne.access.Organisations;
import be.ariadne.crypto.Binding;
import be.ariadne.crypto.BlindIndex;
import be.ariadne.crypto.BlindIndexKind;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.shared.cli.CliCommand;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar ariadne.jar bench casefile}: a repeatable load test of the case file.
 * <ol>
 *   <li>Seeds synthetic cases (100,000 by default) spread over the centres into the configured
 *       database if there are fewer, in batched multi-row inserts, with encrypted identities, blind
 *       indexes, transitions, history, notes and some sharings with the demo police;</li>
 *   <li>then runs concurrent users (20 by default) for a fixed time against the running
 *       application's API, as a case worker of one centre: the case list, searches by stage, form of
 *       exploitation, registration dates and name, and opening a case with its history;</li>
 *   <li>prints p50/p95/p99 per operation and checks the targets: list and search under 100 ms at
 *       p95, opening a case with its history under 150 ms at p95 (exit 0 when met, 1 otherwise).</li>
 * </ol>
 * The application must run with {@code --demo} on the same database and keys. See docs/casefile.md.
 */
@Component
class CaseBench implements CliCommand {
    static final String[] CENTRES = {"PAG_ASA", "PAYOKE", "SURYA", "ESPERANTO", "MINOR_NDAKO", "JUNA"};
    static final double[] CENTRE_WEIGHTS = {0.35, 0.30, 0.20, 0.05, 0.05, 0.05};
    static final String[] COUNTRIES = {"NG", "RO", "BG", "MA", "IN", "BR", "CN", "VN", "AL", "BE", "UA", "ER", "AF", "PH", "GN"};
    static final String[] FIRST_NAMES = {"Ada", "Bo", "Cleo", "Dara", "Eli", "Fen", "Gia", "Hal", "Ivo", "Jun", "Kai", "Lio", "Mira", "Noa", "Oto"};
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final BlindIndex blindIndex;
    private final Organisations organisations;
    private final TransactionTemplate tx;

    CaseBench(JdbcClient jdbc, FieldEncryption encryption, BlindIndex blindIndex, Organisations organisations, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.blindIndex = blindIndex;
        this.organisations = organisations;
        this.tx = tx;
    }

    @Override
    public String name() {
        return "bench casefile";
    }

    @Override
    public String usage() {
        return "bench casefile [--cases N] [--url URL] [--users N] [--duration SECONDS] [--warmup SECONDS] [--think-ms MS] [--seed-only] [--no-seed]";
    }

    /** The name the bench gives the n-th synthetic case (so that it can search for it). */
    static String lastName(long n) {
        return "Benchname" + n;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> o = options(args, err);
        if (o == null) {
            err.println("Usage: " + usage());
            return 2;
        }
        int cases = Integer.parseInt(o.getOrDefault("cases", "100000"));
        if (!o.containsKey("no-seed")) seed(cases, out);
        if (o.containsKey("seed-only")) return 0;
        return load(o.getOrDefault("url", "http://localhost:8080"), Integer.parseInt(o.getOrDefault("users", "20")),
                Integer.parseInt(o.getOrDefault("duration", "60")), Integer.parseInt(o.getOrDefault("warmup", "10")),
                Integer.parseInt(o.getOrDefault("think-ms", "0")), o.getOrDefault("user", "caseworker"), o.getOrDefault("password", "demo"), out, err);
    }

    private static Map<String, String> options(List<String> args, PrintStream err) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--seed-only") || a.equals("--no-seed")) {
                o.put(a.substring(2), "true");
            } else if (a.startsWith("--") && i + 1 < args.size()
                    && Set.of("--cases", "--url", "--users", "--duration", "--warmup", "--think-ms", "--user", "--password").contains(a)) {
                o.put(a.substring(2), args.get(++i));
            } else {
                err.println("Unknown option: " + a);
                return null;
            }
        }
        return o;
    }

    // ---- seeding ------------------------------------------------------------------------------

    void seed(int target, PrintStream out) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single();
        if (existing >= target) {
            out.println("seed: " + existing + " cases already there");
            return;
        }
        Map<String, Long> centres = new LinkedHashMap<>();
        for (String c : CENTRES) {
            long id = organisations.byCode(c).orElseGet(() -> organisations.create(c, c, OrganisationType.SPECIALISED_CENTRE)).id();
            centres.put(c, id);
        }
        Long police = organisations.byCode("POLICE_DEMO").map(be.ariadne.access.Organisation::id).orElse(null);
        Set<String> codes = new HashSet<>(jdbc.sql("SELECT code FROM case_file").query(String.class).list());
        long nextId = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM case_file").query(Long.class).single() + 1;
        long nextShare = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM case_share").query(Long.class).single() + 1;
        long started = System.nanoTime();
        long toMake = target - existing;
        SplittableRandom random = new SplittableRandom(20_260_101L + existing);
        long made = 0;
        while (made < toMake) {
            int n = (int) Math.min(CHUNK, toMake - made);
            long first = nextId;
            long shareStart = nextShare;
            nextShare += tx.execute(s -> chunk(first, n, centres, police, codes, random, shareStart));
            nextId += n;
            made += n;
            if (made % 10_000 == 0 || made == toMake) {
                out.printf("seed: %d / %d cases (%.0f s)%n", made, toMake, (System.nanoTime() - started) / 1e9);
            }
        }
        // Explicit ids were given: the identity columns go on after them.
        jdbc.sql("ALTER TABLE case_file ALTER COLUMN id RESTART WITH " + nextId).update();
        jdbc.sql("ALTER TABLE case_share ALTER COLUMN id RESTART WITH " + nextShare).update();
        for (String table : List.of("case_file", "case_identity", "case_blind_index", "case_change", "case_transition", "case_note", "case_share")) {
            analyze(table);
        }
        out.printf("seed: done, %d cases in %.0f s%n", toMake, (System.nanoTime() - started) / 1e9);
    }

    private void analyze(String table) {
        try {
            jdbc.sql("ANALYZE " + table).update();
        } catch (RuntimeException notSupported) {
            // H2 keeps its statistics itself
        }
    }

    private long chunk(long firstId, int n, Map<String, Long> centres, Long police, Set<String> codes, SplittableRandom r, long firstShare) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        BulkRows cf = new BulkRows("case_file", "id, code, holding_org_id, registration_date, status, trafficking_status, stage, stage_date, closed_on, "
                + "close_reason, gender, birth_year, age_at_registration, presumed_minor, citizenships, exploitation, labour_sectors, "
                + "created_at, created_by, updated_at, version");
        BulkRows ident = new BulkRows("case_identity", "case_id, first_name, last_name, birth_date, updated_at, version");
        BulkRows inv = new BulkRows("case_investigation", "case_id, updated_at, version");
        BulkRows legal = new BulkRows("case_legal", "case_id, civil_party, updated_at, version");
        BulkRows minor = new BulkRows("case_minor", "case_id, updated_at, version");
        BulkRows blind = new BulkRows("case_blind_index", "case_id, source_table, source_id, kind, index_hash");
        BulkRows trans = new BulkRows("case_transition", "case_id, kind, from_stage, to_stage, status, transition_date, author, author_org, recorded_at");
        BulkRows hist = new BulkRows("case_change", "case_id, compartment, entity, operation, field, new_value, changed_at, changed_by, changed_by_org");
        BulkRows notes = new BulkRows("case_note", "case_id, compartment, body, created_at, created_by, created_by_org, updated_at, version");
        BulkRows shares = new BulkRows("case_share", "id, case_id, partner_org_id, basis, purpose, consent_given_by, consent_given_on, started_at, started_by, version");
        BulkRows shareComps = new BulkRows("case_share_compartment", "share_id, compartment");
        long shareId = firstShare;
        Stage[] stages = Stage.values();
        for (int i = 0; i < n; i++) {
            long id = firstId + i;
            String centre = pick(CENTRES, CENTRE_WEIGHTS, r);
            String code;
            do {
                StringBuilder sb = new StringBuilder("AR-");
                for (int k = 0; k < 8; k++) {
                    if (k == 4) sb.append('-');
                    sb.append(CaseFiles.CODE_ALPHABET.charAt(r.nextInt(CaseFiles.CODE_ALPHABET.length())));
                }
                code = sb.toString();
            } while (!codes.add(code));
            LocalDate registered = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4200));
            int age = 14 + r.nextInt(47);
            int birthYear = registered.getYear() - age;
            LocalDate birthDate = LocalDate.of(birthYear, 1 + r.nextInt(12), 1 + r.nextInt(28));
            Stage stage = stages[Math.min(stages.length - 1, (int) Math.floor(Math.pow(r.nextDouble(), 1.6) * stages.length))];
            double s = r.nextDouble();
            String status = s < 0.6 ? "ACTIVE" : s < 0.75 ? "FOLLOW_UP" : s < 0.95 ? "CLOSED" : "CLOSED_REFERRED";
            LocalDate stageDate = registered.plusDays(r.nextInt(60));
            boolean closed = status.startsWith("CLOSED");
            String gender = pick(new String[] {"MASCULINE", "FEMININE", "UNKNOWN", "TRANSGENDER_FEMININE", "NON_CONFORMING"},
                    new double[] {0.55, 0.40, 0.03, 0.01, 0.01}, r);
            String form = pick(new String[] {"LABOUR", "SEXUAL", "BEGGING", "FORCED_CRIME", "ORGAN_REMOVAL", "FORCED_MARRIAGE"},
                    new double[] {0.50, 0.35, 0.06, 0.06, 0.01, 0.02}, r);
            String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
            long n0 = id;
            String firstName = FIRST_NAMES[(int) (n0 % FIRST_NAMES.length)];
            String last = lastName(n0);
            cf.add(id, code, centres.get(centre), registered, status, "POSSIBLE_VICTIM", stage.name(), stageDate, closed ? stageDate.plusDays(30) : null,
                    closed ? (status.equals("CLOSED") ? "SUPPORT_COMPLETED" : "REFERRED_ABROAD") : null, gender, birthYear, age, age < 18,
                    ";" + country + ";", ";" + form + ";", form.equals("LABOUR") ? ";F_Construction;" : null, now, "system:bench", now, 0);
            ident.add(id, enc("case_identity", "first_name", id, firstName), enc("case_identity", "last_name", id, last),
                    enc("case_identity", "birth_date", id, birthDate.toString()), now, 1);
            inv.add(id, now, 0);
            legal.add(id, false, now, 0);
            minor.add(id, now, 0);
            for (String name : List.of(firstName, last, firstName + " " + last, last + " " + firstName)) {
                blind.add(id, "case_identity", id, "NAME", blindIndex.of(BlindIndexKind.NAME, name));
            }
            blind.add(id, "case_identity", id, "BIRTH_DATE", blindIndex.of(BlindIndexKind.BIRTH_DATE, birthDate.toString()));
            trans.add(id, "OPENED", null, "DETECTION", "ACTIVE", registered, "system:bench", centre, now);
            if (stage != Stage.DETECTION) trans.add(id, "FORWARD", "DETECTION", stage.name(), "ACTIVE", stageDate, "system:bench", centre, now);
            for (String[] f : new String[][] {{"gender", gender}, {"birthYear", String.valueOf(birthYear)}, {"citizenships", country},
                    {"exploitation", form}, {"status", "ACTIVE"}, {"stage", "DETECTION"}}) {
                hist.add(id, "CASE_SUMMARY", "summary", "CREATE", f[0], enc("case_change", "new_value", id, f[1]), now, "system:bench", centre);
            }
            hist.add(id, "IDENTITY", "identity", "UPDATE", "lastName", enc("case_change", "new_value", id, last), now, "system:bench", centre);
            hist.add(id, "SUPPORT", "notes", "CREATE", "body", enc("case_change", "new_value", id, "Synthetic bench note"), now, "system:bench", centre);
            notes.add(id, "SUPPORT", enc("case_note", "body", id, "Synthetic bench note about support " + n0), now, "system:bench", centre, now, 0);
            notes.add(id, "CASE_SUMMARY", enc("case_note", "body", id, "Synthetic bench note about the case " + n0), now, "system:bench", centre, now, 0);
            if (police != null && centre.equals("PAG_ASA") && r.nextInt(20) == 0) {
                shares.add(shareId, id, police, "CONSENT", "bench", "VICTIM", registered, now, "system:bench", 0);
                for (String c : List.of("IDENTITY", "CASE_SUMMARY", "INVESTIGATION")) shareComps.add(shareId, c);
                shareId++;
            }
        }
        // multi-row INSERTs on both databases: the bench seeds through the same writer as the import
        for (BulkRows rows : List.of(cf, ident, inv, legal, minor, blind, trans, hist, notes, shares, shareComps)) rows.flush(jdbc, null, false);
        return shareId - firstShare;
    }

    private byte[] enc(String table, String field, long caseId, String value) {
        return encryption.encrypt(value, Binding.of(table, field, caseId));
    }

    private static String pick(String[] values, double[] weights, SplittableRandom r) {
        double x = r.nextDouble();
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) return values[i];
        }
        return values[values.length - 1];
    }

    // ---- load ---------------------------------------------------------------------------------

    private int load(String url, int users, int seconds, int warmup, int thinkMs, String user, String password, PrintStream out, PrintStream err) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        String token;
        try {
            HttpResponse<String> t = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/tokens")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (t.statusCode() != 201) {
                err.println("Cannot sign in as " + user + " at " + url + " (" + t.statusCode() + "): start the application with --demo on this database.");
                return 1;
            }
            token = t.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        } catch (Exception e) {
            err.println("The application does not answer at " + url + ": " + e.getMessage());
            return 1;
        }
        String centre = jdbc.sql("SELECT o.code FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.username = ?")
                .param(user).query(String.class).single();
        List<Long> ids = jdbc.sql("SELECT c.id FROM case_file c JOIN organisation o ON o.id = c.holding_org_id WHERE o.code = ? ORDER BY c.id")
                .param(centre).query(Long.class).list();
        if (ids.isEmpty()) {
            err.println("No case held by " + centre + ": seed first.");
            return 1;
        }
        Random pickRandom = new Random(42);
        List<String> sample = new ArrayList<>();
        List<Long> sampleIds = new ArrayList<>();
        for (int i = 0; i < Math.min(2000, ids.size()); i++) sampleIds.add(ids.get(pickRandom.nextInt(ids.size())));
        for (List<Long> part : partition(sampleIds, 500)) {
            sample.addAll(jdbc.sql("SELECT code FROM case_file WHERE id IN (" + String.join(",", part.stream().map(String::valueOf).toList()) + ")")
                    .query(String.class).list());
        }
        List<Long> named = sampleIds.stream().filter(id -> id < 1_000_000_000L).toList();
        out.printf("load: %d users for %d s (+%d s warm-up) against %s as %s (%s holds %d cases), think time %d ms%n",
                users, seconds, warmup, url, user, centre, ids.size(), thinkMs);

        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(users);
        String[] stagesToSearch = {"PROTECTION", "SUPPORT", "INVESTIGATION", "PROSECUTION", "REMEDY"};
        String[] forms = {"LABOUR", "SEXUAL", "BEGGING", "FORCED_CRIME"};
        for (int u = 0; u < users; u++) {
            int seed = u;
            Thread t = new Thread(() -> {
                Random r = new Random(seed);
                try {
                    while (System.nanoTime() < end) {
                        int op = r.nextInt(100);
                        String name;
                        long began = System.nanoTime();
                        boolean ok;
                        if (op < 25) {
                            name = "list";
                            ok = get(http, url + "/api/v1/cases?page=" + r.nextInt(3), token);
                        } else if (op < 35) {
                            name = "search stage";
                            ok = get(http, url + "/api/v1/cases?stage=" + stagesToSearch[r.nextInt(stagesToSearch.length)], token);
                        } else if (op < 45) {
                            name = "search exploitation";
                            ok = get(http, url + "/api/v1/cases?exploitation=" + forms[r.nextInt(forms.length)], token);
                        } else if (op < 55) {
                            name = "search dates";
                            LocalDate from = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
                            ok = get(http, url + "/api/v1/cases?from=" + from + "&to=" + from.plusDays(30 + r.nextInt(150)), token);
                        } else if (op < 65) {
                            name = "search name";
                            long id = named.get(r.nextInt(named.size()));
                            ok = get(http, url + "/api/v1/cases?name=" + URLEncoder.encode(lastName(id), StandardCharsets.UTF_8), token);
                        } else {
                            name = "open with history";
                            String code = sample.get(r.nextInt(sample.size()));
                            ok = get(http, url + "/api/v1/cases/" + code + "?include=history", token);
                        }
                        long ms = System.nanoTime();
                        if (!ok) errors.incrementAndGet();
                        if (ms > warmEnd) latencies.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(ms - began);
                        if (thinkMs > 0) Thread.sleep(thinkMs);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "bench-user-" + u);
            t.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        out.printf("%-22s %8s %8s %8s %8s %8s%n", "operation", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<Long> listAndSearch = new ArrayList<>();
        for (String op : List.of("list", "search stage", "search exploitation", "search dates", "search name", "open with history")) {
            List<Long> l = new ArrayList<>(latencies.getOrDefault(op, List.of()));
            if (!op.equals("open with history")) listAndSearch.addAll(l);
            print(out, op, l);
        }
        print(out, "list and search (all)", listAndSearch);
        long total = latencies.values().stream().mapToLong(List::size).sum();
        out.printf("throughput: %.0f requests/s over %d s, errors: %d%n", total / (double) seconds, seconds, errors.get());
        double p95List = percentile(listAndSearch, 95);
        double p95Open = percentile(new ArrayList<>(latencies.getOrDefault("open with history", List.of())), 95);
        boolean met = p95List < 100 && p95Open < 150 && errors.get() == 0;
        out.printf("targets: list and search p95 %.1f ms (< 100), open with history p95 %.1f ms (< 150): %s%n", p95List, p95Open,
                met ? "MET" : "NOT MET");
        return met ? 0 : 1;
    }

    /** A GET with a bearer token; the body is read and dropped (a plain, light client: the bench shares the machine). */
    private static boolean get(HttpClient unused, String url, String token) throws InterruptedException {
        try {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setRequestProperty("Authorization", "Bearer " + token);
            c.setConnectTimeout(5000);
            c.setReadTimeout(30_000);
            int status = c.getResponseCode();
            try (java.io.InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return status == 200;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void print(PrintStream out, String op, List<Long> nanos) {
        out.printf("%-22s %8d %8.1f %8.1f %8.1f %8.1f%n", op, nanos.size(), percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99),
                percentile(nanos, 100));
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    static double percentile(List<Long> nanos, double p) {
        if (nanos.isEmpty()) return Double.NaN;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    private static <T> List<List<T>> partition(List<T> list, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) out.add(list.subList(i, Math.min(list.size(), i + size)));
        return out;
    }
}
