package be.ariadne.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The demo referrals: one waiting at PAG-ASA for caseworker, one urgent at Payoke, both in the demo hospital's list; seeded once. */
@IntegrationTest
class ReferralDemoTest {
    @LocalServerPort int port;
    @Autowired ReferralDemo demo;
    @Autowired JdbcClient jdbc;

    private long demoReferrals() {
        return jdbc.sql("SELECT COUNT(*) FROM referral WHERE referred_by = 'system:demo'").query(Long.class).single();
    }

    @Test
    void seededOnceWaitingInTheQueuesAndListedForTheReferrer() {
        demo.seedReferrals();
        demo.seedReferrals();
        assertThat(demoReferrals()).isEqualTo(2);
        Api api = new Api(port);
        JsonNode queue = api.get("/api/v1/referrals/queue", api.token("caseworker", "demo")).json();
        boolean atPagAsa = false;
        for (JsonNode r : queue) atPagAsa |= r.path("referredBy").asString().equals("system:demo") && r.path("referrer").asString().equals("HOSPITAL_DEMO");
        assertThat(atPagAsa).isTrue();
        JsonNode payoke = api.get("/api/v1/referrals/queue", api.token("payoke", "demo")).json();
        boolean urgentAtPayoke = false;
        for (JsonNode r : payoke) urgentAtPayoke |= r.path("referredBy").asString().equals("system:demo") && r.path("urgent").asBoolean();
        assertThat(urgentAtPayoke).isTrue();
        JsonNode mine = api.get("/api/v1/referrals", api.token("frontline", "demo")).json();
        assertThat(mine.findValues("centre")).extracting(JsonNode::asString).contains("PAG_ASA", "PAYOKE");
    }
}
