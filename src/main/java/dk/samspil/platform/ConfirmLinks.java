package dk.samspil.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The one confirm-by-e-mail-link flow: a module mails {@link #url a signed, purpose-bound link} to what the visitor
 * asked for (a subscription, an expression of interest ...); opening it only {@link #page shows a button}, because
 * mail scanners open links; the button's POST to the same path acts, after {@link #id} has verified the token again.
 * An invalid or expired link shows the module's own "link does not work" page, which says nothing about whether
 * the thing exists.
 */
@Component
public class ConfirmLinks {

    /**
     * One module's confirmation.
     *
     * @param purpose    the token purpose, e.g. {@code alerts.confirm}; a token for one purpose is worthless for another
     * @param path       the GET and POST route of the link, e.g. {@code /varsling/bekraeft}
     * @param messages   the prefix of the page's texts: {@code <messages>.title}, {@code .text} and {@code .submit}
     * @param navSection the navigation section the page belongs to
     */
    public record Flow(String purpose, String path, String messages, String navSection) {}

    /** The shared view of the confirm button; see {@code templates/confirm-link.html}. */
    static final String VIEW = "confirm-link";

    private final SignedTokens tokens;
    private final PlatformProperties platform;

    ConfirmLinks(SignedTokens tokens, PlatformProperties platform) {
        this.tokens = tokens;
        this.platform = platform;
    }

    /** The absolute link to put in the mail: the flow's path with a token whose subject is {@code id}. */
    public String url(Flow flow, long id, Duration validity) {
        return platform.link(flow.path() + "?token="
                + URLEncoder.encode(
                        tokens.create(flow.purpose(), String.valueOf(id), validity), StandardCharsets.UTF_8));
    }

    /** The id the link was made for, if the token is this flow's, unaltered and unexpired. */
    public Optional<Long> id(Flow flow, @Nullable String token) {
        return id(flow.purpose(), token);
    }

    /** The same for other signed links whose subject is an id (a personal page, unsubscribe ...). */
    public Optional<Long> id(String purpose, @Nullable String token) {
        return tokens.verify(purpose, token).flatMap(ConfirmLinks::parse);
    }

    /**
     * The GET: the view showing the confirm button for a good token, or empty when the link does not work (the
     * module then shows its invalid-link page).
     */
    public Optional<String> page(Flow flow, @Nullable String token, Model model) {
        if (id(flow, token).isEmpty()) {
            return Optional.empty();
        }
        model.addAttribute("confirmFlow", flow);
        model.addAttribute("token", token);
        model.addAttribute("navSection", flow.navSection());
        return Optional.of(VIEW);
    }

    private static Optional<Long> parse(String subject) {
        try {
            return Optional.of(Long.parseLong(subject));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
