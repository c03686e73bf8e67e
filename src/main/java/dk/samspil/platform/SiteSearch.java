package dk.samspil.platform;

/**
 * A public search a module offers on the platform's own pages (today the "page not found" page, which points lost
 * visitors there): a GET form to {@code path} with the visitor's words in {@code parameter}, and a link to the page.
 * Modules declare it as a bean.
 *
 * @param labelKey the search field's label in the message bundles
 * @param pageKey  the link's text in the message bundles
 */
public record SiteSearch(String path, String parameter, String labelKey, String pageKey) {}
