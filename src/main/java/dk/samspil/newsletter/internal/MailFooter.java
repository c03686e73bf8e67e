package dk.samspil.newsletter.internal;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML content of a campaign mail: the rendered Markdown, a rule, and under it small paragraphs of footer text and
 * links (why the person gets it, unsubscribe, preferences). Every text and address is escaped; the styles are inline,
 * as mail clients want them. The outbox puts the whole in the branded frame of every mail.
 */
final class MailFooter {

    private static final String PARAGRAPH = "<p style=\"margin:0 0 12px;\">";

    private final StringBuilder html;
    private boolean open;
    private boolean pendingBreak;

    MailFooter(String contentHtml) {
        html = new StringBuilder(contentHtml.length() + 1200).append(contentHtml);
        html.append("<hr style=\"border:0;border-top:1px solid #d9d9d9;margin:24px 0 16px;\">")
                .append("<div style=\"font-size:14px;line-height:1.5;color:#4d4d4d;\">");
    }

    /** A line of text in the current paragraph. */
    MailFooter text(String text) {
        start();
        html.append(escape(text));
        pendingBreak = false;
        return this;
    }

    /** A link in the current paragraph. */
    MailFooter link(String url, String text) {
        start();
        pendingBreak = false;
        html.append("<a href=\"")
                .append(escape(url))
                .append("\">")
                .append(escape(text))
                .append("</a>");
        return this;
    }

    /** A line break before whatever comes next in the paragraph. */
    MailFooter lineBreak() {
        pendingBreak = open;
        return this;
    }

    /** Ends the current paragraph. */
    MailFooter end() {
        if (open) {
            html.append("</p>");
            open = false;
            pendingBreak = false;
        }
        return this;
    }

    @Override
    public String toString() {
        end();
        return html + "</div>";
    }

    private void start() {
        if (!open) {
            html.append(PARAGRAPH);
            open = true;
        } else if (pendingBreak) {
            html.append("<br>");
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
