package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.access.Accounts;
import be.ariadne.access.OrganisationType;
import be.ariadne.access.Organisations;
import be.ariadne.access.Role;
import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5: an immigration officer sees, of the cases shared with the Immigration Office, only the
 * residence compartment and the identity needed to issue documents — names, birth date, identity
 * documents. No phone, address or alias appears in any answer (case, history, records, screens),
 * and a search by them does not find the case; a police investigator sharing the same IDENTITY
 * still sees everything.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImmigrationIdentityTest {
    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired CaseFixtures fx;
    @Autowired CaseGuard guard;
    Api api;
    CaseRef ref;
    String officer;
    String immigration;
    String investigator;
    final String lastName = CaseFixtures.unique("Lastname");
    final String document = CaseFixtures.unique("DOCNO");
    final String alias = CaseFixtures.unique("ALIAS");
    final String phone = "+3248" + CaseFixtures.unique("").replaceAll("[^0-9]", "5").substring(0, 8);
    final String street = CaseFixtures.unique("STREET");
    final String municipality = CaseFixtures.unique("TOWN");

    @BeforeAll
    void setUp() {
        api = new Api(port);
        String suffix = CaseFixtures.unique("").substring(0, 6);
        immigration = "IMM_" + suffix;
        String police = "POL_" + suffix;
        organisations.create(immigration, "Immigration " + suffix, OrganisationType.IMMIGRATION_OFFICE);
        organisations.create(police, "Police " + suffix, OrganisationType.POLICE);
        officer = "imm-" + suffix.toLowerCase();
        investigator = "pol-" + suffix.toLowerCase();
        accounts.createWithPassword(new Accounts.NewUser(officer, "Officer " + suffix, null, immigration, Set.of(Role.IMMIGRATION_OFFICER)),
                "demo", false);
        accounts.createWithPassword(new Accounts.NewUser(investigator, "Investigator " + suffix, null, police, Set.of(Role.INVESTIGATOR)),
                "demo", false);
        ref = fx.open("PAG_ASA", NewCase.builder().gender(Gender.FEMININE).birthDate(LocalDate.of(1991, 3, 4))
                .citizenships(List.of("UA")).exploitation(Set.of(ExploitationForm.LABOUR))
                .identity(new NewCase.Identity("Irena", lastName, List.of(alias), List.of(phone))).build());
        fx.add(ref, CaseModel.ADDRESSES, null, Map.of("street", street, "municipality", municipality, "postalCode", "1000", "country", "BE"));
        fx.add(ref, CaseModel.ID_DOCUMENTS, null, Map.of("type", "PASSPORT", "number", document, "issuingCountry", "UA"));
        // A change of each, so that the history holds them too.
        fx.patch(ref, CaseModel.IDENTITY, Map.of("firstName", "Iryna"));
        fx.share(ref, immigration, List.of("IDENTITY", "RESIDENCE"));
        fx.share(ref, police, List.of("IDENTITY", "CASE_SUMMARY"));
    }

    private void noHiddenIdentity(String body, String what) {
        for (String hidden : List.of(alias, phone, street, municipality)) assertThat(body).as(what + ": no trace of " + hidden).doesNotContain(hidden);
    }

    private void neededIdentity(String body, String what) {
        assertThat(body).as(what).contains(lastName, "Iryna", document);
    }

    @Test
    void theCaseAndItsHistoryShowTheOfficerNamesBirthDateAndDocumentsOnly() {
        String token = fx.token(api, officer);
        Api.Answer get = api.get("/api/v1/cases/" + ref.code() + "?include=history", token);
        assertThat(get.status()).isEqualTo(200);
        noHiddenIdentity(get.body(), "GET case");
        neededIdentity(get.body(), "GET case");
        JsonNode identity = get.json().path("identity");
        assertThat(identity.path("birthDate").asString()).isEqualTo("1991-03-04");
        assertThat(identity.has("aliases")).isFalse();
        assertThat(identity.has("phones")).isFalse();
        assertThat(identity.has("addresses")).isFalse();
        assertThat(identity.path("documents").get(0).path("number").asString()).isEqualTo(document);
        assertThat(get.body()).as("history of the names").contains("\"field\":\"firstName\"");
        assertThat(get.body()).as("no history entry of hidden records").doesNotContain("\"record\":\"phones\"", "\"record\":\"aliases\"",
                "\"record\":\"addresses\"");

        Api.Answer history = api.get("/api/v1/cases/" + ref.code() + "/history", token);
        assertThat(history.status()).isEqualTo(200);
        noHiddenIdentity(history.body(), "history");
        neededIdentity(history.body(), "history");

        for (String hidden : List.of("aliases", "phones", "addresses")) {
            Api.Answer list = api.get("/api/v1/cases/" + ref.code() + "/" + hidden, token);
            assertThat(list.status()).as(hidden).isEqualTo(403);
            noHiddenIdentity(list.body(), hidden);
        }
        Api.Answer docs = api.get("/api/v1/cases/" + ref.code() + "/identity-documents", token);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains(document);
    }

    @Test
    void aSearchByPhoneOrAliasDoesNotFindTheCaseForTheOfficer() {
        String token = fx.token(api, officer);
        for (String q : List.of("phone=" + enc(phone), "name=" + enc(alias))) {
            Api.Answer a = api.get("/api/v1/cases?" + q, token);
            assertThat(a.status()).as(q).isEqualTo(200);
            assertThat(a.body()).as(q).doesNotContain(ref.code());
        }
        for (String q : List.of("name=" + enc(lastName), "document=" + enc(document), "birthDate=1991-03-04")) {
            assertThat(api.get("/api/v1/cases?" + q, token).body()).as(q).contains(ref.code());
        }
        String police = fx.token(api, investigator);
        for (String q : List.of("phone=" + enc(phone), "name=" + enc(alias))) {
            assertThat(api.get("/api/v1/cases?" + q, police).body()).as("police: " + q).contains(ref.code());
        }
    }

    @Test
    void theScreensShowTheOfficerNoPhoneAddressOrAlias() {
        WebClient web = new WebClient(port);
        web.login(officer, "demo");
        var page = web.get("/cases/" + ref.code());
        assertThat(page.statusCode()).isEqualTo(200);
        noHiddenIdentity(page.body(), "overview");
        neededIdentity(page.body(), "overview");
        assertThat(page.body()).as("not even a heading").doesNotContain(">Phone numbers<", ">Aliases<", ">Addresses<")
                .contains(">Identity documents<");
        var history = web.get("/cases/" + ref.code() + "/history");
        assertThat(history.statusCode()).isEqualTo(200);
        noHiddenIdentity(history.body(), "history screen");
        assertThat(web.get("/cases/" + ref.code() + "/records/phones/new").statusCode()).isEqualTo(403);
    }

    @Test
    void otherModulesExportsAskTheGuardWhichIdentityPartsTheyMayShow() {
        long orgId = organisations.byCode(immigration).orElseThrow().id();
        be.ariadne.shared.Actor officerActor = new be.ariadne.shared.Actor() {
            public long userId() {
                return -1;
            }

            public String username() {
                return officer;
            }

            public long organisationId() {
                return orgId;
            }

            public String organisationCode() {
                return immigration;
            }

            public String organisationType() {
                return "IMMIGRATION_OFFICE";
            }

            public Set<String> roles() {
                return Set.of("IMMIGRATION_OFFICER");
            }
        };
        assertThat(guard.identityParts(officerActor, ref)).containsExactly("NAMES", "BIRTH_DATE", "IDENTITY_DOCUMENTS");
        assertThat(guard.identityParts(CaseFixtures.SYSTEM, ref)).isEmpty();
    }

    @Test
    void everyoneElseIsUnchanged() {
        String token = fx.token(api, investigator);
        Api.Answer get = api.get("/api/v1/cases/" + ref.code() + "?include=history", token);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.body()).contains(alias, phone, street, municipality, lastName, document);
        WebClient web = new WebClient(port);
        web.login(investigator, "demo");
        assertThat(web.get("/cases/" + ref.code()).body()).contains(alias, phone, street, municipality);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
