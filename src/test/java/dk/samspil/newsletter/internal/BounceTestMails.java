package dk.samspil.newsletter.internal;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

/** Bounce mails as mail servers write them, for the bounce tests. */
final class BounceTestMails {

    private BounceTestMails() {}

    /** An RFC 3464 delivery status notification about one recipient. */
    static MimeMessage dsn(
            String messageId,
            String recipient,
            String action,
            String status,
            String diagnostic,
            String originalMessageId)
            throws Exception {
        String boundary = "b-" + UUID.randomUUID();
        return mime("""
                From: Mail Delivery System <MAILER-DAEMON@mx.example.dk>
                To: bounces@sec.dk
                Subject: Undelivered Mail Returned to Sender
                Message-ID: %s
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="%s"

                --%s
                Content-Type: text/plain; charset=us-ascii

                This is the mail system at host mx.example.dk. Your message could not be delivered.

                --%s
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.dk
                Arrival-Date: Sat,  5 Dec 2026 10:00:00 +0100 (CET)

                Final-Recipient: rfc822; %s
                Original-Recipient: rfc822;%s
                Action: %s
                Status: %s
                Diagnostic-Code: smtp; %s

                --%s
                Content-Type: text/rfc822-headers

                From: Slagelse Erhvervscenter <noreply@samspil.local>
                To: %s
                Subject: Nyt fra erhvervscentret
                Message-ID: %s

                --%s--
                """.formatted(
                        messageId,
                        boundary,
                        boundary,
                        boundary,
                        recipient,
                        recipient,
                        action,
                        status,
                        diagnostic,
                        boundary,
                        recipient,
                        originalMessageId,
                        boundary));
    }

    /** Exim's plain-text bounce with the X-Failed-Recipients header. */
    static MimeMessage exim(String messageId, String recipient, String reply) throws Exception {
        return mime("""
                From: Mail Delivery System <Mailer-Daemon@mail.example.dk>
                To: bounces@sec.dk
                Subject: Mail delivery failed: returning message to sender
                Message-ID: %s
                X-Failed-Recipients: %s
                Content-Type: text/plain; charset=us-ascii

                This message was created automatically by mail delivery software.

                A message that you sent could not be delivered to one or more of its
                recipients. This is a temporary error. The following address(es) deferred:

                  %s
                    host mx.example.dk [192.0.2.10]
                    SMTP error from remote mail server after RCPT TO:<%s>:
                    %s
                """.formatted(messageId, recipient, recipient, recipient, reply));
    }

    /** qmail's "failure notice". */
    static MimeMessage qmail(String messageId, String recipient) throws Exception {
        return mime("""
                From: MAILER-DAEMON@mail.example.dk
                To: bounces@sec.dk
                Subject: failure notice
                Message-ID: %s
                Content-Type: text/plain; charset=us-ascii

                Hi. This is the qmail-send program at mail.example.dk.
                I'm afraid I wasn't able to deliver your message to the following addresses.
                This is a permanent error; I've given up. Sorry it didn't work out.

                <%s>:
                192.0.2.10 does not like recipient.
                Remote host said: 550 5.1.1 No such user
                Giving up on 192.0.2.10.
                """.formatted(messageId, recipient));
    }

    private static MimeMessage mime(String raw) throws Exception {
        return new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)));
    }
}
