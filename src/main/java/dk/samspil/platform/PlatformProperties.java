package dk.samspil.platform;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Platform settings under {@code samspil.*}. Documented in {@code docs/configuration.md}.
 *
 * @param baseUrl      public base URL used in every link in e-mails and feeds
 * @param dataDir      where the embedded PostgreSQL keeps its data when no {@code spring.datasource.url} is set
 * @param tokenSecret  secret for signed e-mail links; when empty, one is generated once and kept in the database
 * @param metricsToken bearer token that may read {@code /actuator/prometheus} without a user
 * @param trustedProxies the reverse proxies whose {@code X-Forwarded-*} headers count, as CIDR ranges separated by
 *                     commas ({@code 10.0.0.5/32}); none when empty. {@code application.properties} hands it to
 *                     {@code server.tomcat.remoteip.internal-proxies}, and a value without a prefix length would be
 *                     read there as a regular expression, so one is required
 */
@Validated
@ConfigurationProperties("samspil")
public record PlatformProperties(
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue("./data") @NotBlank String dataDir,
        @Nullable String tokenSecret,
        @Nullable String metricsToken,

        @Pattern(regexp = TRUSTED_PROXIES, message = "must be CIDR ranges separated by commas, e.g. 10.0.0.5/32")
        @Nullable
        String trustedProxies,

        @DefaultValue RateLimit rateLimit,
        @DefaultValue Mail mail,
        @DefaultValue Outbox outbox,
        @DefaultValue EventRetry eventRetry,
        @DefaultValue Throttle mailThrottle) {

    private static final String CIDR = "\\s*[0-9A-Fa-f:.]+/\\d{1,3}\\s*";
    static final String TRUSTED_PROXIES = "^\\s*$|^" + CIDR + "(," + CIDR + ")*$";

    /**
     * Requests per minute and client address: login attempts, anonymous POSTs, and anonymous searches (counted per
     * instance, see {@link SearchPaths}).
     */
    public record RateLimit(
            @DefaultValue("10") @Min(1) int loginPerMinute,
            @DefaultValue("30") @Min(1) int publicPerMinute,
            @DefaultValue("120") @Min(1) int searchPerMinute) {}

    /** Sender identity of every e-mail. */
    public record Mail(
            @DefaultValue("noreply@samspil.local") @NotBlank String from,
            @Nullable String fromName,
            @Nullable String replyTo) {}

    /** How the outbox sender works. */
    public record Outbox(
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("50") @Min(1) int batchSize,
            @DefaultValue("8") @Min(1) int maxAttempts,
            @DefaultValue("30s") Duration firstRetryDelay,
            @DefaultValue("2") @Min(1) int senderThreads,
            @DefaultValue Map<String, Integer> domainRateLimits,
            @DefaultValue("newsletter.campaign") List<String> bulkCategories) {

        public Outbox {
            domainRateLimits = domainRateLimits == null ? Map.of() : Map.copyOf(domainRateLimits);
            bulkCategories = bulkCategories == null ? List.of() : List.copyOf(bulkCategories);
        }
    }

    /** How often failed event publications are handed to their listeners again, and which. */
    public record EventRetry(
            @DefaultValue("5m") Duration interval,
            @DefaultValue("2m") Duration minAge,
            @DefaultValue("100") @Min(1) int maxInFlight,
            @DefaultValue("50") @Min(1) int maxAttempts) {}

    /**
     * The brake on mail a public form can make Samspil send ({@link MailThrottle}): per recipient and topic one mail
     * per interval, per client address {@code perClientAddress} mails per interval.
     */
    public record Throttle(
            @DefaultValue("10m") @NotNull Duration interval,
            @DefaultValue("20") @Min(1) int perClientAddress) {}

    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
