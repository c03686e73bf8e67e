package dk.samspil.platform.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The sender's SMTP with and without the server's SMTPUTF8 extension (GreenMail names its extensions only in
 * answer to EHLO; with {@code mail.smtp.ehlo=false} the client greets with HELO and learns none).
 */
class SmtpUtf8Test {

    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @Test
    void aDanishLocalPartTravelsWithSmtpUtf8WhenTheServerOffersIt() throws Exception {
        JavaMailSenderImpl sender = sender(true);

        sender.send(message(sender, "birthe.løkke@firma.dk"));

        assertThat(greenMail.getUserManager().getUserByEmail("birthe.løkke@firma.dk"))
                .isNotNull();
    }

    @Test
    void aServerWithoutSmtpUtf8GetsNoDanishLocalPartAndTheFailureIsPermanent() throws Exception {
        JavaMailSenderImpl sender = sender(false);

        assertThatExceptionOfType(MailSendException.class)
                .isThrownBy(() -> sender.send(message(sender, "søren@firma.dk")))
                .satisfies(e -> {
                    DeliveryFailure failure = DeliveryFailure.of(e);
                    assertThat(failure.permanent()).isTrue();
                    assertThat(failure.reason()).contains("SMTPUTF8", "søren@firma.dk");
                });
        sender.send(message(sender, "soeren@firma.dk"));

        assertThat(greenMail.getUserManager().getUserByEmail("søren@firma.dk")).isNull();
        assertThat(greenMail.getUserManager().getUserByEmail("soeren@firma.dk")).isNotNull();
    }

    private static JavaMailSenderImpl sender(boolean ehlo) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP_PORT);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.ehlo", String.valueOf(ehlo));
        sender.setJavaMailProperties(properties);
        SmtpUtf8.install(sender);
        return sender;
    }

    private static MimeMessage message(JavaMailSenderImpl sender, String recipient) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        message.setHeader("From", "udbakke@samspil.test");
        message.setHeader("To", new InternetAddress(recipient, true).toString());
        message.setSubject("Velkommen", "UTF-8");
        message.setText("Hej", "UTF-8");
        return message;
    }
}
