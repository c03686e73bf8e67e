package dk.samspil.platform;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who made a change: a logged-in user, an API token (and its user), an anonymous company by e-mail, or the system. */
public record AuditActor(Type type, String name) {

    public enum Type {
        USER,
        TOKEN,
        ANONYMOUS,
        SYSTEM
    }

    public static AuditActor system() {
        return new AuditActor(Type.SYSTEM, "system");
    }

    /** A company or person without an account, known only by the e-mail address they gave. */
    public static AuditActor anonymous(String email) {
        return new AuditActor(Type.ANONYMOUS, email);
    }

    /** The user or token of the current request, or the system when there is none (scheduled work, start-up). */
    public static AuditActor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return system();
        }
        if (authentication instanceof ApiTokenAuthentication token) {
            return new AuditActor(Type.TOKEN, token.getName() + " (" + token.tokenName() + ")");
        }
        return new AuditActor(Type.USER, authentication.getName());
    }
}
