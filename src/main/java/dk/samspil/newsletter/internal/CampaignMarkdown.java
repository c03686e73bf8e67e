package dk.samspil.newsletter.internal;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

/**
 * Campaign text in Markdown (CommonMark): headings, paragraphs, lists, links and images. Raw HTML in the text is
 * escaped, never passed through, and link targets other than http(s) and mailto are dropped, so a {@code <script>}
 * shows as text and never runs.
 */
@Component
class CampaignMarkdown {

    /** A link whose target is never closed: {@code [text](https://...} to the end of the line. */
    private static final Pattern UNCLOSED_LINK = Pattern.compile("\\]\\([^)\\n]*(\\n|$)");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    /** The text as HTML; its headings start at {@code h2}, under the page's (or the subject's) own {@code h1}. */
    String html(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(heading.getLevel() + 1, 6));
                visitChildren(heading);
            }
        });
        return html.render(document);
    }

    /** Whether the text has a link that is opened but never closed. */
    boolean hasUnclosedLink(String markdown) {
        Node document = parser.parse(markdown);
        return UNCLOSED_LINK.matcher(text.render(document)).find();
    }
}
