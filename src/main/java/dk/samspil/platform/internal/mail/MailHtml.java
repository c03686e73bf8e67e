package dk.samspil.platform.internal.mail;

import dk.samspil.platform.MailBrandProperties;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML part of every e-mail, written from its plain text in one place: a banner with the name and colour of
 * {@code samspil.mail-brand.*}, the text in a readable font and size, paragraphs at blank lines, lines starting with
 * "- " as a list (indented lines continue the item), and web addresses as links. Everything from the text is escaped,
 * so nothing a user typed can become markup. A mail that brings its own HTML content ({@link OutgoingMail#htmlBody},
 * a newsletter rendered from Markdown) gets the same frame around that content.
 */
@Component
class MailHtml {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\R[ \\t]*\\R\\s*");
    private static final String FONT = "font-family:'IBM Plex Sans',Arial,Helvetica,sans-serif;";

    private final String brandName;
    private final String defaultName;
    private final String colour;
    private final String textColour;

    MailHtml(MailBrandProperties brand, PlatformProperties platform) {
        String fromName = platform.mail().fromName();
        this.brandName = brand.name() == null || brand.name().isBlank()
                ? null
                : brand.name().strip();
        this.defaultName = fromName != null && !fromName.isBlank() ? fromName.strip() : "Samspil";
        this.colour = brand.colour();
        this.textColour = brand.textColour();
    }

    /** The mail's HTML part; the banner names the brand, else the mail's own sender name, else the default sender. */
    String render(OutgoingMail mail) {
        String name = brandName != null ? brandName : mail.fromName() != null ? mail.fromName() : defaultName;
        return render(name, mail.subject(), mail.textBody(), mail.htmlBody());
    }

    private String render(String name, String subject, String text, @Nullable String content) {
        StringBuilder html = new StringBuilder(text.length() * 2 + 1200);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(subject))
                .append("</title></head>")
                .append("<body style=\"margin:0;padding:0;background:#f2f2f2;\">")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" ")
                .append("style=\"background:#f2f2f2;\"><tr><td align=\"center\" style=\"padding:16px 8px;\">")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" ")
                .append("style=\"max-width:640px;background:#ffffff;border:1px solid #d9d9d9;\">")
                .append("<tr><td style=\"")
                .append(FONT)
                .append("background:")
                .append(colour)
                .append(";color:")
                .append(textColour)
                .append(";padding:16px 24px;font-size:20px;font-weight:600;line-height:1.3;\">")
                .append(escape(name))
                .append("</td></tr>")
                .append("<tr><td style=\"")
                .append(FONT)
                .append("padding:24px;font-size:16px;line-height:1.5;color:#1a1a1a;\">");
        if (content != null) {
            html.append(content);
        } else {
            for (String paragraph : BLANK_LINES.split(text.strip())) {
                paragraph(html, paragraph);
            }
        }
        return html.append("</td></tr></table></td></tr></table></body></html>").toString();
    }

    /**
     * One block of lines: lines starting with "- " are list items (indented lines continue the item), other lines
     * are paragraphs with line breaks.
     */
    private void paragraph(StringBuilder html, String block) {
        List<String> lines = new ArrayList<>();
        boolean inList = false;
        for (String line : block.lines().toList()) {
            if (line.startsWith("- ")) {
                if (!inList) {
                    text(html, lines);
                    html.append("<ul style=\"margin:0 0 16px;padding-left:24px;\">");
                    inList = true;
                } else {
                    item(html, lines);
                }
                lines.add(line.substring(2));
            } else if (inList && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                lines.add(line.strip());
            } else {
                if (inList) {
                    item(html, lines);
                    html.append("</ul>");
                    inList = false;
                }
                lines.add(line);
            }
        }
        if (inList) {
            item(html, lines);
            html.append("</ul>");
        } else {
            text(html, lines);
        }
    }

    private void text(StringBuilder html, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        html.append("<p style=\"margin:0 0 16px;\">");
        lines(html, lines);
        html.append("</p>");
        lines.clear();
    }

    private void item(StringBuilder html, List<String> item) {
        if (item.isEmpty()) {
            return;
        }
        html.append("<li style=\"margin:0 0 8px;\">");
        lines(html, item);
        html.append("</li>");
        item.clear();
    }

    private void lines(StringBuilder html, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                html.append("<br>");
            }
            linked(html, lines.get(i));
        }
    }

    /** The line escaped, each web address in it a link (without a sentence's closing punctuation). */
    private void linked(StringBuilder html, String line) {
        Matcher matcher = URL.matcher(line);
        int at = 0;
        while (matcher.find()) {
            String url = matcher.group();
            int end = url.length();
            while (end > 0 && ".,;:!?)]'".indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            url = url.substring(0, end);
            html.append(escape(line.substring(at, matcher.start())))
                    .append("<a href=\"")
                    .append(escape(url))
                    .append("\" style=\"color:")
                    .append(colour)
                    .append(";text-decoration:underline;\">")
                    .append(escape(url))
                    .append("</a>");
            at = matcher.start() + end;
        }
        html.append(escape(line.substring(at)));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
