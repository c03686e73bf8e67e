package dk.samspil.platform;

import java.util.Set;

/**
 * One entry of the main navigation. Modules declare their entries as beans; the layout shows those the current
 * user may see, ordered by {@code order}.
 *
 * @param section    compared with the page's {@code navSection} model attribute to mark the current entry
 * @param messageKey the entry's text in the message bundles
 * @param anyOfRoles roles that see the entry; empty means everyone (with {@code loginRequired}: every logged-in user)
 */
public record NavigationItem(
        String section, String path, String messageKey, int order, boolean loginRequired, Set<String> anyOfRoles) {

    public static NavigationItem everyone(String section, String path, String messageKey, int order) {
        return new NavigationItem(section, path, messageKey, order, false, Set.of());
    }

    public static NavigationItem loggedIn(String section, String path, String messageKey, int order) {
        return new NavigationItem(section, path, messageKey, order, true, Set.of());
    }

    public static NavigationItem forRoles(String section, String path, String messageKey, int order, String... roles) {
        return new NavigationItem(section, path, messageKey, order, true, Set.of(roles));
    }
}
