package dk.samspil.alerts.internal;

import dk.samspil.alerts.AlertLinks;
import dk.samspil.platform.SignedTokens;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the subscriber id from the token of a manage or unsubscribe link (confirm links: platform ConfirmLinks). */
@Component
class AlertTokens {

    private final SignedTokens tokens;
    private final JdbcClient jdbc;

    AlertTokens(SignedTokens tokens, JdbcClient jdbc) {
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    Optional<Long> unsubscribe(String token) {
        return tokens.verify(AlertLinks.UNSUBSCRIBE_PURPOSE, token).flatMap(AlertTokens::id);
    }

    /** The subscriber of a manage link that is still current (the subscriber exists, the link version matches). */
    Optional<Long> manage(String token) {
        return tokens.verify(AlertLinks.MANAGE_PURPOSE, token).flatMap(subject -> {
            int colon = subject.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            Optional<Long> id = id(subject.substring(0, colon));
            return id.filter(subscriber -> jdbc.sql("""
                            SELECT count(*) FROM alert_subscriber WHERE id = :id AND link_version::text = :version""")
                            .param("id", subscriber)
                            .param("version", subject.substring(colon + 1))
                            .query(Long.class)
                            .single()
                    == 1);
        });
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
