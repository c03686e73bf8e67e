package dk.samspil.alerts;

import dk.samspil.platform.ConfirmLinks;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.SignedTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed links of alert mails: manage (edit, pause, export, delete) and one-click unsubscribe. Every mail to a
 * subscriber carries the manage link, and every alert or digest {@link #withUnsubscribeHeaders the RFC 8058 headers}.
 */
@Component
public class AlertLinks {

    public static final String CONFIRM_PURPOSE = "alerts.confirm";
    public static final String MANAGE_PURPOSE = "alerts.manage";
    public static final String UNSUBSCRIBE_PURPOSE = "alerts.unsubscribe";
    /** The confirmation of a new subscriber: the token's subject is the subscriber id. */
    public static final ConfirmLinks.Flow CONFIRM =
            new ConfirmLinks.Flow(CONFIRM_PURPOSE, "/varsling/bekraeft", "alerts.confirm", "alerts");

    private final SignedTokens tokens;
    private final ConfirmLinks confirmLinks;
    private final PlatformProperties platform;
    private final AlertsProperties properties;
    private final JdbcClient jdbc;

    AlertLinks(
            SignedTokens tokens,
            ConfirmLinks confirmLinks,
            PlatformProperties platform,
            AlertsProperties properties,
            JdbcClient jdbc) {
        this.tokens = tokens;
        this.confirmLinks = confirmLinks;
        this.platform = platform;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** The manage page; the token's subject is {@code <subscriber id>:<link version>}, so raising the version revokes it. */
    public String manageUrl(long subscriberId) {
        int version = jdbc.sql("SELECT link_version FROM alert_subscriber WHERE id = :id")
                .param("id", subscriberId)
                .query(Integer.class)
                .single();
        return manageUrl(subscriberId, version);
    }

    /** The manage page for a subscriber whose {@code link_version} the caller has read already (mass mailing). */
    public String manageUrl(long subscriberId, int linkVersion) {
        return link(
                "/varsling/administrer",
                tokens.create(MANAGE_PURPOSE, subscriberId + ":" + linkVersion, properties.manageLinkValidity()));
    }

    /** The unsubscribe page; a POST to the same URL unsubscribes at once (RFC 8058). */
    public String unsubscribeUrl(long subscriberId) {
        return link(
                "/varsling/afmeld",
                tokens.create(UNSUBSCRIBE_PURPOSE, String.valueOf(subscriberId), properties.unsubscribeLinkValidity()));
    }

    public String confirmUrl(long subscriberId) {
        return confirmLinks.url(CONFIRM, subscriberId, properties.confirmLinkValidity());
    }

    /** The mail with {@code List-Unsubscribe} and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}. */
    public OutgoingMail withUnsubscribeHeaders(OutgoingMail mail, long subscriberId) {
        Map<String, String> headers = new LinkedHashMap<>(mail.headers());
        headers.putAll(unsubscribeHeaders(subscriberId));
        return new OutgoingMail(
                mail.category(), mail.recipient(), mail.subject(), mail.textBody(), headers, mail.fromName());
    }

    /** The headers {@link #withUnsubscribeHeaders} adds, for building many mails with one construction each. */
    public Map<String, String> unsubscribeHeaders(long subscriberId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribeUrl(subscriberId) + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return headers;
    }

    private String link(String path, String token) {
        return platform.link(path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
