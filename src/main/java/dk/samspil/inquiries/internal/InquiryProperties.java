package dk.samspil.inquiries.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of inquiries under {@code samspil.inquiries.*}.
 *
 * @param acknowledgeBusinessDays an inquiry is acknowledged within this many Danish business days after the day of receipt
 * @param answerBusinessDays      an inquiry is answered or forwarded within this many Danish business days after the day of receipt
 * @param morningMailAt           from this time (Danish time) on a business day, management gets the day's mail about overdue and nearly due inquiries
 * @param retention               a closed inquiry's personal data (name, e-mail, phone, message, thread) is removed this long after closing
 * @param mailbox                 the IMAP mailbox where answers from inquirers arrive (the address replies are sent from)
 * @param keptFilesLifetime       files accepted on a public form that was refused for another reason are kept this long, so that the next try need not upload them again
 */
@ConfigurationProperties("samspil.inquiries")
public record InquiryProperties(
        @DefaultValue("1") int acknowledgeBusinessDays,
        @DefaultValue("5") int answerBusinessDays,
        @DefaultValue("07:00") java.time.LocalTime morningMailAt,
        @DefaultValue("3y") java.time.Period retention,
        @DefaultValue Mailbox mailbox,
        @DefaultValue("2h") Duration keptFilesLifetime) {

    public InquiryProperties {
        if (acknowledgeBusinessDays < 0 || answerBusinessDays < 0) {
            throw new IllegalArgumentException("Business days must not be negative");
        }
        if (keptFilesLifetime.isNegative() || keptFilesLifetime.isZero()) {
            throw new IllegalArgumentException("samspil.inquiries.kept-files-lifetime must be positive");
        }
    }

    /**
     * The mailbox polled for answers from inquirers; polling is off while {@code host} is empty.
     *
     * @param host         the IMAP server; empty turns polling off
     * @param port         its port (993 for IMAPS, 143 for IMAP)
     * @param protocol     {@code imaps} (TLS, the default) or {@code imap}
     * @param username     the mailbox user
     * @param password     its password
     * @param folder       the folder to read
     * @param pollInterval how often the mailbox is read (the scheduler reads the same setting)
     */
    public record Mailbox(
            @Nullable String host,
            @DefaultValue("993") int port,
            @DefaultValue("imaps") String protocol,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("INBOX") String folder,
            @DefaultValue("2m") Duration pollInterval) {

        public Mailbox {
            if (!"imap".equals(protocol) && !"imaps".equals(protocol)) {
                throw new IllegalArgumentException(
                        "samspil.inquiries.mailbox.protocol must be imap or imaps: " + protocol);
            }
        }

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }
}
