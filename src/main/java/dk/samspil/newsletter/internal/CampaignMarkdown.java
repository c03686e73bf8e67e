package dk.samspil.newsletter.internal;

import dk.samspil.platform.PlatformProperties;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

/**
 * Campaign text in Markdown (CommonMark): headings, paragraphs, lists, links and images. Raw HTML in the text is
 * escaped, never passed through, and link targets other than http(s) and mailto are dropped, so a {@code <script>}
 * shows as text and never runs. The one renderer of a campaign: the staff preview, the public web version, the archive
 * and the HTML part of the mail all show its HTML. Images get an inline style that keeps them inside a mail's column.
 */
@Component
class CampaignMarkdown {

    /** A link whose target is never closed: {@code [text](https://...} to the end of the line. */
    private static final Pattern UNCLOSED_LINK = Pattern.compile("\\]\\([^)\\n]*(\\n|$)");

    /** Mail clients ignore style sheets more often than inline styles: an image never runs out of the column. */
    static final String IMAGE_STYLE = "max-width:100%;height:auto;border:0;";

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Image) {
                    attributes.put("style", IMAGE_STYLE);
                }
            })
            .build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();
    private final PlatformProperties platform;

    CampaignMarkdown(PlatformProperties platform) {
        this.platform = platform;
    }

    /**
     * The text as HTML for Samspil's own pages; its headings start at {@code h2}, under the page's (or the subject's)
     * own {@code h1}. Addresses of Samspil written from the root ({@code /nyhedsbrev/billeder/…}) stay so.
     */
    String html(String markdown) {
        return render(markdown, false, UnaryOperator.identity());
    }

    /**
     * The same HTML for a mail: addresses from the root become absolute (the mail is read elsewhere), and each web
     * link's target (not an image's) is passed through {@code links}, e.g. to a tracked redirect.
     */
    String mailHtml(String markdown, UnaryOperator<String> links) {
        return render(markdown, true, links);
    }

    /** The web links (http and https) of the text as they appear in its mail, each once, in the order they come. */
    List<String> links(String markdown) {
        Set<String> found = new LinkedHashSet<>();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String target = absolute(link.getDestination());
                if (isWeb(target)) {
                    found.add(target);
                }
                visitChildren(link);
            }
        });
        return new ArrayList<>(found);
    }

    /** Whether the text has a link that is opened but never closed. */
    boolean hasUnclosedLink(String markdown) {
        Node document = parser.parse(markdown);
        return UNCLOSED_LINK.matcher(text.render(document)).find();
    }

    private String render(String markdown, boolean forMail, UnaryOperator<String> links) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(heading.getLevel() + 1, 6));
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                if (forMail) {
                    String target = absolute(link.getDestination());
                    link.setDestination(isWeb(target) ? links.apply(target) : target);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (forMail) {
                    image.setDestination(absolute(image.getDestination()));
                }
                visitChildren(image);
            }
        });
        return html.render(document);
    }

    private String absolute(String destination) {
        return destination.startsWith("/") && !destination.startsWith("//") ? platform.link(destination) : destination;
    }

    private static boolean isWeb(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
