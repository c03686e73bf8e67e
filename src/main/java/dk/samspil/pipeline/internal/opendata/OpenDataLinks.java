package dk.samspil.pipeline.internal.opendata;

import dk.samspil.organisation.Municipality;
import dk.samspil.platform.PlatformProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Absolute links and stable identifiers shared by the OCDS data, the feeds and the JSON API. */
@Component
class OpenDataLinks {

    /**
     * Used when the municipality has not registered an OCDS prefix with the Open Contracting Partnership yet. It is
     * not registered, so the ocids are only unique within this Samspil until a real prefix is set.
     */
    static final String FALLBACK_OCID_PREFIX = "ocds-samspil";

    private final PlatformProperties platform;

    OpenDataLinks(PlatformProperties platform) {
        this.platform = platform;
    }

    /** The public detail page of an entry. */
    String detailPage(String reference) {
        return platform.link("/kommende-indkob/" + UriUtils.encodePathSegment(reference, StandardCharsets.UTF_8));
    }

    String link(String path) {
        return platform.link(path);
    }

    /** The host of the configured base URL: the authority in iCalendar UIDs and Atom tag URIs. */
    String host() {
        String host = URI.create(platform.baseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    static String ocidPrefix(Municipality municipality) {
        return municipality == null
                        || municipality.ocidPrefix() == null
                        || municipality.ocidPrefix().isBlank()
                ? FALLBACK_OCID_PREFIX
                : municipality.ocidPrefix().trim();
    }
}
