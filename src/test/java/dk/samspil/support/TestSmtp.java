package dk.samspil.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

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

    private TestSmtp() {
    }

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

    /** Waits up to 30 seconds until the address has at least {@code count} mails; returns all it has. */
    public static MimeMessage[] awaitMails(GreenMailExtension server, String email, int count)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (server.getReceivedMessagesForDomain(email).length < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        MimeMessage[] received = server.getReceivedMessagesForDomain(email);
        assertThat(received).as("mails to %s", email).hasSizeGreaterThanOrEqualTo(count);
        return received;
    }

    /** The plain-text body: the whole content, or the first part of a multipart mail. */
    public static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        return content instanceof Multipart multipart ? (String) multipart.getBodyPart(0).getContent() : (String) content;
    }
}
