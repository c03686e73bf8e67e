package dk.samspil.tendernews.internal;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import dk.samspil.tendernews.TenderNewsProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The tender feed ({@code samspil.tendernews.feed-url}), polled on a schedule. The feed lists the addresses of
 * notices: an Atom feed (each entry's {@code link href}), an RSS feed (each item's {@code link} or
 * {@code enclosure url}) or plain text with one address a line. Each address is read once: imported, a duplicate
 * or refused, which is remembered with the reason; an address that cannot be fetched is tried at the next poll.
 */
@Component
class NoticeFeed {

    private static final Logger log = LoggerFactory.getLogger(NoticeFeed.class);
    private static final int MAX_FEED_BYTES = 5 * 1024 * 1024;

    /** What one poll did. */
    record Poll(int imported, int duplicates, int refused, int failed) {}

    private final NoticeImporter importer;
    private final TenderNewsProperties properties;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final HttpClient http;

    NoticeFeed(
            NoticeImporter importer,
            TenderNewsProperties properties,
            MessageSource messages,
            JdbcClient jdbc,
            Clock clock) {
        this.importer = importer;
        this.properties = properties;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.feedTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Scheduled(
            fixedDelayString = "${samspil.tendernews.feed-interval:1h}",
            initialDelayString = "${samspil.tendernews.feed-interval:1h}")
    void scheduled() {
        URI feed = properties.feedUrl();
        if (feed != null) {
            poll(feed);
        }
    }

    Poll poll(URI feed) {
        List<URI> addresses;
        try {
            addresses = addresses(feed, fetch(feed, MAX_FEED_BYTES));
        } catch (IOException e) {
            log.warn("Tender feed {} not read: {}", feed, e.toString());
            return new Poll(0, 0, 0, 1);
        }
        int imported = 0;
        int duplicates = 0;
        int refused = 0;
        int failed = 0;
        for (URI address : addresses) {
            if (seen(address)) {
                continue;
            }
            long max = properties.maxNoticeSize().toBytes();
            try {
                byte[] content = fetch(address, max + 1);
                ImportOutcome outcome = importer.importNotice(content, NoticeSource.FEED);
                remember(address, outcome.duplicate() ? "DUPLICATE" : "IMPORTED", null);
                if (outcome.duplicate()) {
                    duplicates++;
                } else {
                    imported++;
                }
            } catch (Rejected rejected) {
                Violation first = rejected.violations().get(0);
                remember(
                        address,
                        "REFUSED",
                        messages.getMessage(
                                first.messageKey(), first.arguments().toArray(), DanishFormats.DANISH));
                refused++;
            } catch (IOException e) {
                log.warn("Tender notice {} not read, tried again at the next poll: {}", address, e.toString());
                failed++;
            }
        }
        return new Poll(imported, duplicates, refused, failed);
    }

    /** Why the address was refused, when it was. */
    Optional<String> refusal(URI address) {
        return jdbc.sql("SELECT message FROM tender_feed_item WHERE url = :url AND outcome = 'REFUSED'")
                .param("url", address.toString())
                .query(String.class)
                .optional();
    }

    private byte[] fetch(URI address, long maxBytes) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(address)
                .timeout(properties.feedTimeout())
                .header("Accept", "application/xml, application/atom+xml, application/rss+xml, text/plain;q=0.8")
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The notice addresses the feed lists, in its order, relative ones resolved against the feed. */
    static List<URI> addresses(URI feed, byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        Set<String> found = new LinkedHashSet<>();
        if (text.startsWith("<")) {
            Document document;
            try {
                DocumentBuilder builder = XMLHelper.newDocumentBuilder(); // no DOCTYPE, no external entities
                builder.setErrorHandler(null);
                document = builder.parse(new ByteArrayInputStream(body));
            } catch (SAXException e) {
                throw new IOException("the feed is not well-formed XML: " + e.getMessage(), e);
            }
            NodeList links = document.getElementsByTagNameNS("*", "link");
            for (int i = 0; i < links.getLength(); i++) {
                Element link = (Element) links.item(i);
                String parent = link.getParentNode().getLocalName();
                if (!"entry".equals(parent) && !"item".equals(parent)) {
                    continue; // the feed's own links
                }
                String rel = link.getAttribute("rel");
                if (link.hasAttribute("href")
                        && (rel.isEmpty() || "alternate".equals(rel) || "enclosure".equals(rel))) {
                    found.add(link.getAttribute("href").strip());
                } else if (!link.hasAttribute("href")) {
                    found.add(link.getTextContent().strip());
                }
            }
            NodeList enclosures = document.getElementsByTagNameNS("*", "enclosure");
            for (int i = 0; i < enclosures.getLength(); i++) {
                found.add(((Element) enclosures.item(i)).getAttribute("url").strip());
            }
        } else {
            text.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(found::add);
        }
        return found.stream()
                .filter(a -> !a.isEmpty())
                .map(a -> resolve(feed, a))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<URI> resolve(URI feed, String address) {
        try {
            URI uri = feed.resolve(address);
            return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme())
                    ? Optional.of(uri)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean seen(URI address) {
        return jdbc.sql("SELECT count(*) FROM tender_feed_item WHERE url = :url")
                        .param("url", address.toString())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void remember(URI address, String outcome, @Nullable String message) {
        jdbc.sql("""
                        INSERT INTO tender_feed_item (url, read_at, outcome, message) VALUES (:url, :now, :outcome, :message)
                        ON CONFLICT (url) DO NOTHING""")
                .param("url", address.toString())
                .param("now", Timestamp.from(clock.instant()))
                .param("outcome", outcome)
                .param("message", message)
                .update();
    }
}
