package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.access.Accounts;
import be.ariadne.access.OrganisationType;
import be.ariadne.access.Organisations;
import be.ariadne.access.Role;
import be.ariadne.casefile.IdentityRestrictions.IdentityPart;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The policy walk: a user of every organisation type in every role it may hold, against cases held
 * by PAG-ASA (shared with every partner in full, shared in part, not shared) and a case held by
 * Payoke, for every compartment and both actions, through the real API (and the overview screen).
 * Each compartment of each case holds a unique marker (in a note, a document's name, a field, and
 * so in the history); wherever a compartment may not be read, its marker appears in no response:
 * the case, the search, the notes, the documents, the history, the screen. Within IDENTITY, the
 * alias, the phone, the address and the identity document each hold a marker too, which appears
 * only to roles whose identity parts include it ({@code identity-restrictions.csv}); a search by
 * that alias or phone finds the case only for them. Then break-glass.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyWalkTest {
    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired CaseFixtures fx;
    Api api;

    record User(String username, OrganisationType type, Role role, String organisation, Map<Compartment, Access> row) {
        Set<IdentityPart> identityParts() {
            return ExpectedPolicy.identityParts(type.name(), role.name());
        }
    }

    record Case(String name, CaseRef ref, Map<String, Set<Compartment>> sharedWith, Map<Compartment, String> markers, String lastName,
                Map<IdentityPart, String> partMarkers) {
    }

    final List<User> users = new ArrayList<>();
    final List<Case> cases = new ArrayList<>();
    int checks;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        String suffix = CaseFixtures.unique("").toLowerCase().substring(0, 6);
        Map<OrganisationType, String> orgs = new EnumMap<>(OrganisationType.class);
        for (OrganisationType t : OrganisationType.values()) {
            String code = t == OrganisationType.SPECIALISED_CENTRE ? "PAG_ASA" : "WALK_" + suffix.toUpperCase() + "_" + t.name();
            if (organisations.byCode(code).isEmpty()) organisations.create(code, "Walk " + t, t);
            orgs.put(t, code);
        }
        String otherCentre = "WALK_" + suffix.toUpperCase() + "_CENTRE_B";
        organisations.create(otherCentre, "Walk other centre", OrganisationType.SPECIALISED_CENTRE);
        for (OrganisationType t : OrganisationType.values()) {
            for (Role r : Role.values()) addUser("w" + suffix + "-" + t.name().toLowerCase().replace('_', '-') + "-" + r.name().toLowerCase().replace('_', '-'),
                    t, r, orgs.get(t));
        }
        addUser("w" + suffix + "-centre-b-case-worker", OrganisationType.SPECIALISED_CENTRE, Role.CASE_WORKER, otherCentre);

        // Who can be shared with what: every compartment some role of the partner's type may read.
        Map<String, Set<Compartment>> full = new LinkedHashMap<>();
        Map<String, Set<Compartment>> part = new LinkedHashMap<>();
        for (User u : users) {
            if (u.organisation().equals("PAG_ASA")) continue;
            Set<Compartment> readable = EnumSet.noneOf(Compartment.class);
            for (Role r : Role.values()) readable.addAll(ExpectedPolicy.row(u.type().name(), r.name()).keySet());
            if (readable.isEmpty()) continue;
            full.put(u.organisation(), readable);
            part.put(u.organisation(), EnumSet.of(readable.contains(Compartment.CASE_SUMMARY) ? Compartment.CASE_SUMMARY : Compartment.RESIDENCE));
        }
        cases.add(makeCase("SHARED_FULL", "PAG_ASA", full));
        cases.add(makeCase("SHARED_PART", "PAG_ASA", part));
        cases.add(makeCase("UNSHARED", "PAG_ASA", Map.of()));
        cases.add(makeCase("OTHER_CENTRE", "PAYOKE", Map.of()));
    }

    private void addUser(String username, OrganisationType type, Role role, String org) {
        try {
            accounts.createWithPassword(new Accounts.NewUser(username, "Walk " + username, null, org, Set.of(role)), "demo", false);
            users.add(new User(username, type, role, org, ExpectedPolicy.row(type.name(), role.name())));
        } catch (InvalidInputException notHeldInThisType) {
            // role-assignments.json does not allow this role in this type: no such user can exist
        }
    }

    private Case makeCase(String name, String centre, Map<String, Set<Compartment>> shareWith) {
        String lastName = CaseFixtures.unique("Walkname");
        CaseRef ref = fx.open(centre, NewCase.builder().gender(Gender.FEMININE).birthDate(LocalDate.of(1990, 1, 2))
                .citizenships(List.of("NG")).exploitation(Set.of(ExploitationForm.LABOUR))
                .identity(new NewCase.Identity("Walker", lastName, List.of(), List.of())).build());
        Map<Compartment, String> markers = new EnumMap<>(Compartment.class);
        for (Compartment c : Compartment.values()) {
            String marker = CaseFixtures.unique("MARK" + c.name().replace("_", ""));
            markers.put(c, marker);
            fx.note(ref, c, "note " + marker);
            fx.pdf(ref, c, marker + ".pdf");
        }
        fx.patch(ref, CaseModel.IDENTITY, Map.of("lastName", markers.get(Compartment.IDENTITY)));
        Map<IdentityPart, String> partMarkers = new EnumMap<>(IdentityPart.class);
        partMarkers.put(IdentityPart.ALIASES, CaseFixtures.unique("ALIAS"));
        partMarkers.put(IdentityPart.PHONES, "+3247" + CaseFixtures.unique("").replaceAll("[^0-9]", "7").substring(0, 8));
        partMarkers.put(IdentityPart.ADDRESSES, CaseFixtures.unique("STREET"));
        partMarkers.put(IdentityPart.IDENTITY_DOCUMENTS, CaseFixtures.unique("DOCNO"));
        fx.add(ref, CaseModel.ALIASES, null, Map.of("alias", partMarkers.get(IdentityPart.ALIASES)));
        fx.add(ref, CaseModel.PHONES, null, Map.of("phone", partMarkers.get(IdentityPart.PHONES)));
        fx.add(ref, CaseModel.ADDRESSES, null, Map.of("street", partMarkers.get(IdentityPart.ADDRESSES), "country", "BE"));
        fx.add(ref, CaseModel.ID_DOCUMENTS, null, Map.of("type", "PASSPORT", "number", partMarkers.get(IdentityPart.IDENTITY_DOCUMENTS)));
        fx.add(ref, CaseModel.EVENTS, Compartment.CASE_SUMMARY, Map.of("date", "2025-01-05", "description", "event " + markers.get(Compartment.CASE_SUMMARY)));
        fx.add(ref, CaseModel.OBJECTIVES, null, Map.of("type", "SHELTER", "objective", "objective " + markers.get(Compartment.SUPPORT)));
        fx.add(ref, CaseModel.SUSPECTS, null, Map.of("alias", "suspect " + markers.get(Compartment.INVESTIGATION)));
        fx.patch(ref, CaseModel.LEGAL, Map.of("lawyer", "lawyer " + markers.get(Compartment.LEGAL)));
        fx.patch(ref, CaseModel.MINOR, Map.of("guardianName", "guardian " + markers.get(Compartment.MINOR_PROTECTION)));
        shareWith.forEach((org, comps) -> fx.share(ref, org, comps.stream().map(Enum::name).toList()));
        return new Case(name, ref, shareWith, markers, markers.get(Compartment.IDENTITY), partMarkers);
    }

    /** What the user should get on the case: the row if the holder, the row within what is shared if a partner, else nothing. */
    static Map<Compartment, Access> expected(User u, Case k) {
        if (u.organisation().equals(k.ref().holdingOrganisationCode())) return u.row();
        Set<Compartment> shared = k.sharedWith().getOrDefault(u.organisation(), Set.of());
        Map<Compartment, Access> out = new EnumMap<>(Compartment.class);
        u.row().forEach((c, a) -> {
            if (shared.contains(c)) out.put(c, a);
        });
        return out;
    }

    @Test
    @Order(1)
    void everyRoleOfEveryOrganisationTypeExists() {
        assertThat(users).extracting(User::role).contains(Role.values());
        assertThat(users).extracting(User::type).contains(OrganisationType.values());
        assertThat(users.stream().filter(u -> !u.row().isEmpty()).map(u -> u.type() + "/" + u.role()).distinct())
                .containsAll(ExpectedPolicy.ROWS.keySet());
    }

    @Test
    @Order(2)
    void everyUserSeesExactlyTheirCompartmentsOfEveryCaseThroughTheApi() {
        for (User u : users) {
            String token = fx.token(api, u.username());
            for (Case k : cases) walk(u, token, k);
        }
        assertThat(checks).isEqualTo(users.size() * cases.size() * (3 + 3 + 2 * Compartment.values().length));
    }

    private void walk(User u, String token, Case k) {
        Map<Compartment, Access> exp = expected(u, k);
        String code = k.ref().code();
        String where = u.username() + " on " + k.name() + ": ";
        Api.Answer get = api.get("/api/v1/cases/" + code, token);
        noMarkersBut(u, get.body(), k, exp.keySet(), where + "GET case");
        if (exp.isEmpty()) {
            assertThat(get.status()).as(where + "GET case").isEqualTo(404);
        } else {
            assertThat(get.status()).as(where + "GET case").isEqualTo(200);
            JsonNode j = get.json();
            assertThat(texts(j.path("readableCompartments"))).as(where + "readable").isEqualTo(names(exp.keySet()));
            Set<Compartment> writable = EnumSet.noneOf(Compartment.class);
            exp.forEach((c, a) -> {
                if (a == Access.WRITE) writable.add(c);
            });
            assertThat(texts(j.path("writableCompartments"))).as(where + "writable").isEqualTo(names(writable));
            for (Compartment c : Compartment.values()) {
                boolean present = c == Compartment.CASE_SUMMARY ? j.has("gender") && j.has("registrationDate") : j.has(c.jsonKey());
                assertThat(present).as(where + "key of " + c).isEqualTo(exp.containsKey(c));
                // Field markers are in the case itself; CASE_SUMMARY's and RESIDENCE's are in notes, events and documents only.
                if (exp.containsKey(c) && c != Compartment.CASE_SUMMARY && c != Compartment.RESIDENCE) {
                    assertThat(get.body()).as(where + "marker of " + c).contains(k.markers().get(c));
                }
            }
            if (exp.containsKey(Compartment.IDENTITY)) identityPartsShown(u, get.body(), k, where + "GET case");
        }
        checks++;
        Api.Answer withHistory = api.get("/api/v1/cases/" + code + "?include=history", token);
        assertThat(withHistory.status()).as(where + "GET case with history").isEqualTo(exp.isEmpty() ? 404 : 200);
        noMarkersBut(u, withHistory.body(), k, exp.keySet(), where + "GET case with history");
        for (Compartment c : exp.keySet()) {
            assertThat(withHistory.body()).as(where + "history in the case shows " + c).contains(k.markers().get(c));
        }
        checks++;

        Api.Answer search = api.get("/api/v1/cases?code=" + code, token);
        noMarkersBut(u, search.body(), k, Set.of(), where + "search");
        if (u.row().isEmpty()) {
            assertThat(search.status()).as(where + "search").isEqualTo(403);
        } else {
            assertThat(search.status()).as(where + "search").isEqualTo(200);
            assertThat(search.body().contains(code)).as(where + "found by code").isEqualTo(!exp.isEmpty());
            Api.Answer byName = api.get("/api/v1/cases?name=" + URLEncoder.encode(k.lastName(), StandardCharsets.UTF_8), token);
            assertThat(byName.body().contains(code)).as(where + "found by name").isEqualTo(exp.containsKey(Compartment.IDENTITY));
            noMarkersBut(u, byName.body(), k, Set.of(), where + "search by name");
            for (IdentityPart part : List.of(IdentityPart.ALIASES, IdentityPart.PHONES, IdentityPart.IDENTITY_DOCUMENTS)) {
                String criterion = switch (part) {
                    case ALIASES -> "name";
                    case PHONES -> "phone";
                    default -> "document";
                };
                Api.Answer byPart = api.get("/api/v1/cases?" + criterion + "=" + URLEncoder.encode(k.partMarkers().get(part), StandardCharsets.UTF_8), token);
                assertThat(byPart.status()).as(where + "search by " + part).isEqualTo(200);
                assertThat(byPart.body().contains(code)).as(where + "found by " + part)
                        .isEqualTo(exp.containsKey(Compartment.IDENTITY) && u.identityParts().contains(part));
            }
        }
        checks++;

        for (String list : List.of("notes", "documents", "history")) {
            Api.Answer a = api.get("/api/v1/cases/" + code + "/" + list, token);
            assertThat(a.status()).as(where + list).isEqualTo(exp.isEmpty() ? 404 : 200);
            noMarkersBut(u, a.body(), k, exp.keySet(), where + list);
            for (Compartment c : exp.keySet()) assertThat(a.body()).as(where + list + " shows " + c).contains(k.markers().get(c));
            checks++;
        }

        for (Compartment c : Compartment.values()) {
            Access have = exp.get(c);
            Api.Answer read = api.get("/api/v1/cases/" + code + "/notes?compartment=" + c, token);
            assertThat(read.status()).as(where + "READ " + c).isEqualTo(exp.isEmpty() ? 404 : have == null ? 403 : 200);
            noMarkersBut(u, read.body(), k, have == null ? Set.of() : Set.of(c), where + "READ " + c);
            Api.Answer write = api.post("/api/v1/cases/" + code + "/notes", token, Map.of("compartment", c.name(), "body", "walk write"));
            assertThat(write.status()).as(where + "WRITE " + c).isEqualTo(exp.isEmpty() ? 404 : have == Access.WRITE ? 201 : 403);
            noMarkersBut(u, write.body(), k, Set.of(), where + "WRITE " + c);
            checks += 2;
        }
    }

    private void noMarkersBut(User u, String body, Case k, Set<Compartment> allowed, String what) {
        for (Compartment c : Compartment.values()) {
            if (!allowed.contains(c)) {
                assertThat(body).as(what + ": no trace of " + c).doesNotContain(k.markers().get(c));
            }
        }
        k.partMarkers().forEach((part, marker) -> {
            if (!allowed.contains(Compartment.IDENTITY) || !u.identityParts().contains(part)) {
                assertThat(body).as(what + ": no trace of IDENTITY/" + part).doesNotContain(marker);
            }
        });
    }

    /** Where IDENTITY is shown in full: the markers of exactly the identity parts the user may see. */
    private void identityPartsShown(User u, String body, Case k, String what) {
        k.partMarkers().forEach((part, marker) ->
                assertThat(body.contains(marker)).as(what + ": IDENTITY/" + part + " shown").isEqualTo(u.identityParts().contains(part)));
    }

    @Test
    @Order(3)
    void theOverviewScreenShowsTheSameCompartmentsAndNothingElse() {
        for (User u : users) {
            if (u.row().isEmpty()) continue;
            WebClient web = new WebClient(port);
            web.login(u.username(), "demo");
            for (Case k : cases) {
                Map<Compartment, Access> exp = expected(u, k);
                var page = web.get("/cases/" + k.ref().code());
                String where = u.username() + " on " + k.name() + " (screen)";
                assertThat(page.statusCode()).as(where).isEqualTo(exp.isEmpty() ? 404 : 200);
                noMarkersBut(u, page.body(), k, exp.keySet(), where);
                if (exp.containsKey(Compartment.IDENTITY)) identityPartsShown(u, page.body(), k, where);
                for (Compartment c : Compartment.values()) {
                    assertThat(page.body().contains("id=\"section-" + c.name().toLowerCase().replace('_', '-') + "\""))
                            .as(where + " section " + c).isEqualTo(exp.containsKey(c));
                }
                var history = web.get("/cases/" + k.ref().code() + "/history");
                noMarkersBut(u, history.body(), k, exp.keySet(), where + " history");
                if (exp.containsKey(Compartment.IDENTITY)) identityPartsShown(u, history.body(), k, where + " history");
            }
        }
    }

    @Test
    @Order(4)
    void breakGlassGivesReadOfTheRowOnlyToRolesWithARow() {
        Case unshared = cases.stream().filter(c -> c.name().equals("UNSHARED")).findFirst().orElseThrow();
        for (User u : users) {
            String token = fx.token(api, u.username());
            String where = u.username() + " breaking glass: ";
            Api.Answer bg = api.post("/api/v1/cases/" + unshared.ref().code() + "/break-glass", token,
                    Map.of("reason", "Person reported in immediate danger tonight"));
            if (u.row().isEmpty()) {
                assertThat(bg.status()).as(where).isEqualTo(403);
                assertThat(api.get("/api/v1/cases/" + unshared.ref().code(), token).status()).as(where).isEqualTo(404);
                continue;
            }
            if (u.organisation().equals("PAG_ASA")) {
                assertThat(bg.status()).as(where).isEqualTo(409);
                continue;
            }
            assertThat(bg.status()).as(where + bg.body()).isEqualTo(201);
            Api.Answer get = api.get("/api/v1/cases/" + unshared.ref().code(), token);
            assertThat(get.status()).as(where).isEqualTo(200);
            assertThat(texts(get.json().path("readableCompartments"))).as(where).isEqualTo(names(u.row().keySet()));
            assertThat(texts(get.json().path("writableCompartments"))).as(where).isEmpty();
            noMarkersBut(u, get.body(), unshared, u.row().keySet(), where);
            for (Compartment c : u.row().keySet()) {
                assertThat(api.post("/api/v1/cases/" + unshared.ref().code() + "/notes", token, Map.of("compartment", c.name(), "body", "x"))
                        .status()).as(where + "no write under break-glass " + c).isEqualTo(403);
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> names(Set<Compartment> set) {
        List<String> out = new ArrayList<>();
        for (Compartment c : Compartment.values()) if (set.contains(c)) out.add(c.name());
        return out;
    }
}
