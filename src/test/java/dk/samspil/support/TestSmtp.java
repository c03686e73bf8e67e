package dk.samspil.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) for one test class, and the settings that send the application's mail to it:
 * <pre>
 * private static final int SMTP_PORT = TestSmtp.freePort();
 * &#64;RegisterExtension static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);
 * &#64;DynamicPropertySource static void mailServer(DynamicPropertyRegistry registry) {
 *     TestSmtp.register(registry, SMTP_PORT);
 * }
 * </pre>
 */
public final class TestSmtp {

    private TestSmtp() {}

    /** One server for the whole class, so mail sent between tests (by the outbox sender) is not lost. */
    public static GreenMailExtension server(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    public static void register(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the address has at least {@code count} mails; returns all it has. */
    public static MimeMessage[] awaitMails(GreenMailExtension server, String email, int count) {
        return await("mails to " + email)
                .atMost(Background.PATIENCE)
                .until(() -> server.getReceivedMessagesForDomain(email), received -> received.length >= count);
    }

    /** The first mail to the address whose subject starts with {@code subject}, once it has {@code count} mails. */
    public static MimeMessage awaitMail(GreenMailExtension server, String email, int count, String subject) {
        for (MimeMessage mail : awaitMails(server, email, count)) {
            try {
                if (mail.getSubject().startsWith(subject)) {
                    return mail;
                }
            } catch (jakarta.mail.MessagingException e) {
                // a mail without a readable subject is not the one sought
            }
        }
        throw new AssertionError("no mail '" + subject + "' to " + email);
    }

    /**
     * The plain-text body: the whole content, or the first part of a multipart mail, down through nested parts (a
     * mail with an attachment holds its text and HTML alternatives as its first part).
     */
    public static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        while (content instanceof Multipart multipart) {
            content = multipart.getBodyPart(0).getContent();
        }
        return (String) content;
    }

    /** The text/calendar attachment of a mail (an invitation's .ics), down through nested parts. */
    public static String calendar(MimeMessage mail) throws Exception {
        String ics = calendar(mail.getContent());
        if (ics.isEmpty()) {
            throw new AssertionError("no text/calendar part");
        }
        return ics;
    }

    private static String calendar(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/calendar")) {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    part.getDataHandler().writeTo(out);
                    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
                }
                String nested = calendar(part.getContent());
                if (!nested.isEmpty()) {
                    return nested;
                }
            }
        }
        return "";
    }

    /** The HTML alternative of the mail's body, down through nested parts; empty when it has none. */
    public static String html(MimeMessage mail) throws Exception {
        return html(mail.getContent());
    }

    private static String html(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    return (String) part.getContent();
                }
                String nested = html(part.getContent());
                if (!nested.isEmpty()) {
                    return nested;
                }
            }
        }
        return "";
    }
}
