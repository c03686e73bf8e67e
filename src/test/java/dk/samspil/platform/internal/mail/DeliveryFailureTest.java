package dk.samspil.platform.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

class DeliveryFailureTest {

    @Test
    void aRefusedConnectionIsTemporary() {
        MessagingException connect = new MessagingException(
                "Couldn't connect to host, port: localhost, 1", new ConnectException("Connection refused"));
        DeliveryFailure failure = DeliveryFailure.of(
                new MailSendException("Mail server connection failed", connect, Map.of(new Object(), connect)));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void anAddressThatCannotBeParsedIsPermanent() {
        DeliveryFailure failure =
                DeliveryFailure.of(new MailParseException(new AddressException("Missing final '@domain'")));

        assertThat(failure.permanent()).isTrue();
    }

    @Test
    void theServersReplyCodeDecides() {
        assertThat(DeliveryFailure.of(new MessagingException("452 4.2.2 Mailbox full"))
                        .permanent())
                .isFalse();
        assertThat(DeliveryFailure.of(new MessagingException("554 5.7.1 Message rejected as spam"))
                        .permanent())
                .isTrue();
    }
}
