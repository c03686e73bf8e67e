package dk.samspil.newsletter;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Newsletter settings under {@code samspil.newsletter.*}.
 *
 * @param confirmLinkValidity     how long the link in a sign-up confirmation mail works
 * @param preferencesLinkValidity how long a preference-centre link works
 * @param unsubscribeLinkValidity how long the unsubscribe link of a campaign mail (and its List-Unsubscribe header) works
 * @param schedulerInterval       how often scheduled campaigns that are due are sent
 * @param bounces                 the mailbox bounces arrive in
 * @param importUpload            the CSV import of subscribers into a list
 * @param imageMaxSize            the largest image staff may upload for a campaign (keep it 1 MB or more below
 *                                {@code spring.servlet.multipart.max-file-size}, so bigger uploads get a Danish message)
 * @param clickLinkValidity       how long a tracked link of a campaign mail (when click tracking is on) works
 */
@ConfigurationProperties("samspil.newsletter")
@Validated
public record NewsletterProperties(
        @DefaultValue("7d") Duration confirmLinkValidity,
        @DefaultValue("30d") Duration preferencesLinkValidity,
        @DefaultValue("365d") Duration unsubscribeLinkValidity,
        @DefaultValue("30s") Duration schedulerInterval,
        @DefaultValue Bounces bounces,
        @DefaultValue ImportUpload importUpload,
        @DefaultValue("5MB") DataSize imageMaxSize,
        @DefaultValue("730d") Duration clickLinkValidity) {

    /**
     * The CSV import of subscribers into a list (upload, preview, confirm).
     *
     * @param maxBytes        the largest file taken; keep it at least 1 MB below
     *                        {@code spring.servlet.multipart.max-file-size}
     * @param maxRows         the most data rows in one file
     * @param previewLifetime how long an uploaded file waits on the server for its preview to be confirmed
     */
    public record ImportUpload(
            @DefaultValue("2MB") DataSize maxBytes,
            @DefaultValue("10000") @Min(1) int maxRows,
            @DefaultValue("2h") Duration previewLifetime) {}

    /**
     * The IMAP mailbox bounces (delivery status notifications) arrive in: the envelope sender of campaign mails.
     * Reading is off while {@code host} is empty.
     *
     * @param host            the IMAP server; empty turns reading off
     * @param port            its port (993 for IMAPS, 143 for IMAP)
     * @param protocol        {@code imaps} (TLS, the default) or {@code imap}
     * @param username        the mailbox user
     * @param password        its password
     * @param folder          the folder to read
     * @param pollInterval    how often the mailbox is read
     * @param softBounceLimit an address is suppressed after this many soft bounces in a row
     */
    public record Bounces(
            @Nullable String host,
            @DefaultValue("993") int port,
            @DefaultValue("imaps") String protocol,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("INBOX") String folder,
            @DefaultValue("5m") Duration pollInterval,
            @DefaultValue("3") @Min(1) int softBounceLimit) {

        public Bounces {
            if (!"imap".equals(protocol) && !"imaps".equals(protocol)) {
                throw new IllegalArgumentException(
                        "samspil.newsletter.bounces.protocol must be imap or imaps: " + protocol);
            }
        }

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }
}
