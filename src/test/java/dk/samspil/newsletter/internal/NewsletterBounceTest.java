package dk.samspil.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import dk.samspil.platform.MailSuppressions;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Done when: a bounce fed through the test mailbox (GreenMail IMAP) suppresses the address, and the next campaign
 * skips it. Soft bounces suppress after {@code soft-bounce-limit} campaign mails in a row bounced; a bounce read twice
 * counts once.
 */
class NewsletterBounceTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final int IMAP_PORT = TestSmtp.freePort();
    private static final String MAILBOX = "bounces@sec.dk";
    private static GreenMailUser bounces;

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            })
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
        registry.add("samspil.newsletter.bounces.host", () -> "127.0.0.1");
        registry.add("samspil.newsletter.bounces.port", () -> IMAP_PORT);
        registry.add("samspil.newsletter.bounces.protocol", () -> "imap");
        registry.add("samspil.newsletter.bounces.username", () -> MAILBOX);
        registry.add("samspil.newsletter.bounces.password", () -> "hemmeligt");
        // the test reads the mailbox itself
        registry.add("samspil.newsletter.bounces.poll-interval", () -> "1h");
        registry.add("samspil.newsletter.bounces.soft-bounce-limit", () -> "2");
    }

    @BeforeAll
    static void mailboxUser() {
        bounces = greenMail.setUser(MAILBOX, MAILBOX, "hemmeligt");
    }

    @Autowired
    NewsletterSubscriptions subscriptions;

    @Autowired
    NewsletterLists lists;

    @Autowired
    Campaigns campaigns;

    @Autowired
    BounceMailbox mailbox;

    @Autowired
    MailSuppressions suppressions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHardBounceSuppressesTheAddressAndTheNextCampaignSkipsIt() throws Exception {
        long list = lists.create(new NewsletterLists.NewList(
                "Bounce " + UUID.randomUUID(), "Nyt.", MailingList.Visibility.PUBLIC, false, false));
        String gone = unique("ophoert");
        String full = unique("fuld");
        String fine = unique("fin");
        for (String email : List.of(gone, full, fine)) {
            subscriptions.signUp(new NewsletterSubscriptions.SignUp(
                    email,
                    null,
                    null,
                    List.of(list),
                    "da",
                    NewsletterSubscriptions.Method.WEB_FORM,
                    "/nyhedsbrev",
                    null,
                    true));
        }
        long first = campaign(list, "Første");
        assertThat(campaigns.send(first)).isEqualTo(3);

        bounces.deliver(BounceTestMails.dsn(
                "<hard-" + UUID.randomUUID() + "@mx>",
                gone,
                "failed",
                "5.1.1",
                "550 5.1.1 User unknown",
                outboxMessageId(gone)));
        bounces.deliver(BounceTestMails.dsn(
                "<soft-" + UUID.randomUUID() + "@mx>",
                full,
                "delayed",
                "4.2.2",
                "452 4.2.2 Mailbox full",
                outboxMessageId(full)));
        assertThat(mailbox.poll()).isEqualTo(2);
        assertThat(mailbox.poll()).as("read mails are not read again").isZero();

        assertThat(suppressions.isSuppressed(gone)).isTrue();
        assertThat(suppressions.isSuppressed(full))
                .as("one soft bounce is not enough")
                .isFalse();
        assertThat(campaigns.figures(first).bounced()).isEqualTo(2);

        long second = campaign(list, "Anden");
        assertThat(campaigns.send(second))
                .as("the suppressed address is skipped")
                .isEqualTo(2);
        assertThat(campaignMails(gone)).isEqualTo(1);
        assertThat(campaigns.figures(second).skipReasons()).containsEntry("SUPPRESSED", 1);

        // the same soft bounce delivered again (same Message-ID) counts once; a second, Exim-style, is the second in a
        // row
        String softId = "<soft2-" + UUID.randomUUID() + "@mx>";
        bounces.deliver(BounceTestMails.exim(softId, full, "452 4.2.2 Mailbox full"));
        bounces.deliver(BounceTestMails.exim(softId, full, "452 4.2.2 Mailbox full"));
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(suppressions.list(100))
                .filteredOn(s -> s.email().equals(full))
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo(MailSuppressions.Reason.SOFT_BOUNCES));
        assertThat(suppressions.isSuppressed(fine)).isFalse();

        // staff lift the suppression: the address gets mail again
        assertThat(suppressions.lift(gone)).isTrue();
        long third = campaign(list, "Tredje");
        assertThat(campaigns.send(third)).isEqualTo(2);
        assertThat(campaignMails(gone)).isEqualTo(2);
    }

    private long campaign(long list, String subject) {
        return campaigns.create(
                new Campaigns.Draft(subject, "Tekst til " + subject, List.of(list), null, null), "consultant@test.dk");
    }

    private String outboxMessageId(String email) {
        return jdbc.sql("SELECT message_id FROM outbox_message WHERE recipient = :e ORDER BY id DESC LIMIT 1")
                .param("e", email)
                .query(String.class)
                .single();
    }

    private long campaignMails(String email) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :e AND category = 'newsletter.campaign'")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
    }
}
