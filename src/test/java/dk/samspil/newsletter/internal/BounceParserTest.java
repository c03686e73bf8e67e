package dk.samspil.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounce formats the parser reads: RFC 3464 DSNs (failed and delayed), Exim and qmail. */
class BounceParserTest {

    @Test
    void aDeliveryStatusNotificationNamesTheRecipientTheStatusAndTheOriginalMessage() throws Exception {
        assertThat(BounceParser.parse(BounceTestMails.dsn(
                        "<b1@mx>",
                        "anne@firma.dk",
                        "failed",
                        "5.1.1",
                        "550 5.1.1 <anne@firma.dk>: Recipient address rejected: User unknown",
                        "<orig-1@samspil.local>")))
                .containsExactly(new BounceParser.Bounce(
                        "anne@firma.dk",
                        true,
                        "5.1.1",
                        "smtp; 550 5.1.1 <anne@firma.dk>: Recipient address rejected: User unknown",
                        "<orig-1@samspil.local>"));
        assertThat(BounceParser.parse(BounceTestMails.dsn(
                        "<b2@mx>",
                        "bo@firma.dk",
                        "delayed",
                        "4.2.2",
                        "452 4.2.2 Mailbox full",
                        "<orig-2@samspil.local>")))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.hard()).isFalse();
                    assertThat(b.status()).isEqualTo("4.2.2");
                });
    }

    @Test
    void eximAndQmailBouncesAreReadToo() throws Exception {
        assertThat(BounceParser.parse(BounceTestMails.exim("<e1@mx>", "cis@firma.dk", "452 4.2.2 Mailbox full")))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.email()).isEqualTo("cis@firma.dk");
                    assertThat(b.hard()).isFalse();
                });
        assertThat(BounceParser.parse(BounceTestMails.qmail("<q1@mx>", "dan@firma.dk")))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.email()).isEqualTo("dan@firma.dk");
                    assertThat(b.hard()).isTrue();
                    assertThat(b.status()).isEqualTo("5.1.1");
                });
    }
}
