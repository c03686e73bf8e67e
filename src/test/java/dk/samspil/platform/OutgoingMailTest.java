package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private final OutgoingMail mail = OutgoingMail.of("identity.setup", "anne@example.dk", "Velkommen", "Hej Anne");

    @Test
    void keepsExtraHeadersInOrder() {
        OutgoingMail withHeaders = mail.withHeader("List-Unsubscribe", "<https://x/afmeld>")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        assertThat(withHeaders.headers())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("List-Unsubscribe", "<https://x/afmeld>"),
                        org.assertj.core.api.Assertions.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    @Test
    void refusesWhatCouldBreakOrForgeTheMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of("c", "not an address", "s", "t"));
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of("c", "Anne <anne@example.dk>", "s", "t"));
        assertThatIllegalArgumentException().isThrownBy(() -> mail.withHeader("bcc", "spy@example.dk"));
        assertThatIllegalArgumentException().isThrownBy(() -> mail.withHeader("Bad Name", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of("c", "anne@example.dk", "s", " "));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OutgoingMail.Attachment(" ", "text/calendar", new byte[0]));
    }

    /**
     * A line break in a header (a title stored with one, say) is folded into a space: the header stays one line, so
     * nothing can be forged, and the delivery goes on instead of failing on every retry.
     */
    @Test
    void foldsLineBreaksInHeadersInsteadOfFailing() {
        assertThat(OutgoingMail.of("c", "anne@example.dk", "Nyt: Tag\r\n  renovering\nBcc: x@y.dk", "t")
                        .subject())
                .isEqualTo("Nyt: Tag renovering Bcc: x@y.dk");
        assertThat(mail.withHeader("X-Note", "one\nBcc: spy@example.dk").headers())
                .containsEntry("X-Note", "one Bcc: spy@example.dk");
        assertThat(mail.withFromName("Kommune\r\nBcc: x").fromName()).isEqualTo("Kommune Bcc: x");
        assertThat(new OutgoingMail.Attachment("a.ics", "text/calendar\r\nBcc: x@y.dk", new byte[0]).contentType())
                .isEqualTo("text/calendar Bcc: x@y.dk");
    }

    /** The sender delivers them (SMTPUTF8 for the local part, IDNA for the domain), so the outbox takes them. */
    @Test
    void acceptsAddressesWithDanishLetters() {
        assertThat(OutgoingMail.of("c", "søren@firma.dk", "s", "t").recipient()).isEqualTo("søren@firma.dk");
        assertThat(OutgoingMail.of("c", "kontakt@blomster-på-ærø.dk", "s", "t").recipient())
                .isEqualTo("kontakt@blomster-på-ærø.dk");
    }

    @Test
    void attachmentsAreKeptInOrderAndCopied() {
        byte[] content = {1, 2, 3};
        OutgoingMail withAttachments = OutgoingMail.of("c", "anne@example.dk", "s", "t")
                .withAttachment(new OutgoingMail.Attachment("a.ics", "text/calendar", content))
                .withAttachment(new OutgoingMail.Attachment("b.txt", "text/plain", new byte[0]))
                .withHeader("X-Note", "kept");
        content[0] = 9;

        assertThat(withAttachments.attachments())
                .extracting(OutgoingMail.Attachment::name)
                .containsExactly("a.ics", "b.txt");
        assertThat(withAttachments.attachments().get(0).content()).containsExactly(1, 2, 3);
        assertThat(OutgoingMail.of("c", "anne@example.dk", "s", "t").attachments())
                .isEmpty();
    }

    @Test
    void blankOptionalPartsMeanNone() {
        OutgoingMail blank = mail.withFromName("");

        assertThat(blank.fromName()).isNull();
    }
}
