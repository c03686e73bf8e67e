package dk.samspil.engagement.internal.material;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Material of an event: a file (sent next to the form) or a link, with a title and an optional description. The
 * title is {@code materialTitle} because the minutes form on the same page has a {@code title} field.
 */
record MaterialForm(
        @NotBlank(message = "{engagement.material.title.required}")
        @Size(max = 200, message = "{engagement.material.title.size}")
        @SingleLine
        String materialTitle,

        @Size(max = 2000, message = "{engagement.material.description.size}")
        String description,

        @Size(max = 500, message = "{engagement.material.link.size}")
        String link) {

    static MaterialForm empty() {
        return new MaterialForm("", "", "");
    }

    boolean hasLink() {
        return link != null && !link.isBlank();
    }

    /** Only web links: anything else (javascript:, data:, file:) could harm whoever clicks it. */
    boolean linkIsWebAddress() {
        try {
            java.net.URI uri = new java.net.URI(link.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
