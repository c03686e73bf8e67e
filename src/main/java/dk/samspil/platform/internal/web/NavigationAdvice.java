package dk.samspil.platform.internal.web;

import dk.samspil.platform.NavigationItem;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation entries the current user may see on every page. */
@ControllerAdvice
class NavigationAdvice {

    /** Entries from this order on (administration, account) close the menu for everyone. */
    private static final int LAST_ORDER = 900;

    private final List<NavigationItem> items;

    NavigationAdvice(List<NavigationItem> items) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    /** Whether someone is signed in: the layout's login or logout link (cheaper than an access expression per page). */
    @ModelAttribute("signedIn")
    boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = signedIn();
        List<String> roles = loggedIn
                ? authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList()
                : List.of();
        List<NavigationItem> visible = items.stream()
                .filter(item -> !item.loginRequired() || loggedIn)
                .filter(item -> item.anyOfRoles().isEmpty()
                        || item.anyOfRoles().stream().anyMatch(role -> roles.contains("ROLE_" + role)))
                .toList();
        if (!loggedIn) {
            return visible;
        }
        // Signed in, people come for their work: its sections lead, the public site follows, and administration and
        // the account stay last. Otherwise the public sections push the work into the menu's overflow ("Mere").
        return visible.stream()
                .sorted(Comparator.comparingInt(NavigationAdvice::signedInRank))
                .toList();
    }

    private static int signedInRank(NavigationItem item) {
        if (item.order() >= LAST_ORDER) {
            return 2;
        }
        return item.loginRequired() ? 0 : 1;
    }
}
