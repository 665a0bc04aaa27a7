package be.ariadne.referral;

import be.ariadne.crypto.EncryptedColumn;
import be.ariadne.screening.CentreContact;
import be.ariadne.screening.CentreDirectory;
import be.ariadne.shared.dashboard.FunnelStep;
import be.ariadne.shared.web.HomeSection;
import be.ariadne.shared.web.NavigationItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the referral module contributes to others: menu entries, home blocks, funnel steps and the centre directory for screening results. */
@Configuration(proxyBeanMethods = false)
class ReferralBeans {

    @Bean
    NavigationItem navReferralQueue() {
        return new NavigationItem("referral.nav.queue", "/referrals/queue", Set.of(Referrals.CENTRE_ROLE), 150);
    }

    @Bean
    NavigationItem navMyReferrals() {
        return new NavigationItem("referral.nav.mine", "/referrals/mine", Referrals.REFERRER_ROLES, 130);
    }

    @Bean
    NavigationItem navCentreDirectory() {
        return new NavigationItem("referral.nav.centres", "/admin/centres", Set.of("ADMIN"), 900);
    }

    @Bean
    HomeSection referralsWaitingSection() {
        return new HomeSection("referral.home.waiting.title", "referral.home.waiting.text", Set.of(Referrals.CENTRE_ROLE), 50,
                "/referrals/queue/count", List.of(new HomeSection.Link("referral.nav.queue", "/referrals/queue")));
    }

    @Bean
    HomeSection myReferralsSection() {
        return new HomeSection("referral.home.mine.title", "referral.home.mine.text", Referrals.REFERRER_ROLES, 120, null,
                List.of(new HomeSection.Link("referral.nav.mine", "/referrals/mine")));
    }

    /** The consent notes, encrypted: key rotation re-encrypts them. */
    @Bean
    EncryptedColumn referralConsentNoteColumn() {
        return new EncryptedColumn("referral", "id", "consent_note_enc", "referral", "consent_note", "id");
    }

    /** The reasons and notes of the steps, encrypted. */
    @Bean
    EncryptedColumn referralStepReasonColumn() {
        return new EncryptedColumn("referral_step", "id", "reason_text_enc", "referral_step", "reason_text", "id");
    }

    /** Referrals, counted by the date they were first sent; by centre: the centre they are at now. */
    @Bean
    FunnelStep referralsFunnelStep(JdbcClient jdbc) {
        return new Step(jdbc, "referrals", 20, "sent_on");
    }

    /** Accepted referrals, counted by the date of acceptance; by centre: the accepting centre. */
    @Bean
    FunnelStep acceptedFunnelStep(JdbcClient jdbc) {
        return new Step(jdbc, "accepted", 30, "accepted_on");
    }

    record Step(JdbcClient jdbc, String key, int order, String dateColumn) implements FunnelStep {
        @Override
        public long count(LocalDate from, LocalDate to, String centreCode) {
            String sql = "SELECT COUNT(*) FROM referral WHERE " + dateColumn + " >= ? AND " + dateColumn + " <= ?"
                    + (centreCode == null ? "" : " AND centre_code = ?");
            var q = jdbc.sql(sql).param(from).param(to);
            if (centreCode != null) q = q.param(centreCode);
            return q.query(Long.class).single();
        }
    }

    /**
     * The centre to contact after a screening, from the directory: the active adult centre serving
     * the postal code, only once the directory knows its phone number (until an administrator
     * enters it, the screening result names the centres in words). After a test's own directory.
     */
    @Bean
    @Order(100)
    CentreDirectory referralCentreDirectory(Directory centres) {
        return postalCode -> {
            Routing.Suggestion s = Routing.suggest(centres.all(), postalCode, new Routing.Profile(false, Routing.Gender.UNKNOWN));
            Optional<Centre> c = s.centre().filter(x -> x.phone() != null);
            return c.map(x -> new CentreContact(x.code(), x.name(), x.phone(), null));
        };
    }
}
