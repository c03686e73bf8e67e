package dk.samspil.platform.internal.mail;

import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcMailOutbox implements MailOutbox {

    /** Messages per INSERT of {@link #enqueueAll}: bounds the size of one statement. */
    private static final int CHUNK = 2000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final String messageIdDomain;
    /** Writes every mail's HTML part from its text: no module writes HTML itself. */
    private final MailHtml html;
    /** Categories that wait behind all other mail (campaigns). */
    private final java.util.Set<String> bulk;

    JdbcMailOutbox(JdbcClient jdbc, JsonMapper json, Clock clock, PlatformProperties properties, MailHtml html) {
        this.jdbc = jdbc;
        this.bulk = java.util.Set.copyOf(properties.outbox().bulkCategories());
        this.html = html;
        this.json = json;
        this.clock = clock;
        this.messageIdDomain = messageIdDomain(properties.baseUrl());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        INSERT INTO outbox_message (created_at, category, recipient, subject, body_text, body_html,
                                                    headers, message_id, from_name, next_attempt_at, attachments, bulk)
                        VALUES (:now, :category, :recipient, :subject, :text, :html,
                                CAST(:headers AS jsonb), :messageId, :fromName, :now,
                                CAST(:attachments AS jsonb), :bulk)
                        RETURNING id""")
                .param("now", now)
                .param("category", mail.category())
                .param("recipient", mail.recipient())
                .param("subject", mail.subject())
                .param("text", mail.textBody())
                .param("html", html.render(mail))
                .param("headers", json.writeValueAsString(mail.headers()))
                .param("messageId", messageId())
                .param("fromName", mail.fromName())
                .param("attachments", attachmentsJson(mail))
                .param("bulk", bulk.contains(mail.category()))
                .query(Long.class)
                .single();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> enqueueAll(List<OutgoingMail> mails) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> ids = new ArrayList<>(mails.size());
        for (int from = 0; from < mails.size(); from += CHUNK) {
            List<OutgoingMail> chunk = mails.subList(from, Math.min(mails.size(), from + CHUNK));
            int n = chunk.size();
            String[] categories = new String[n];
            String[] recipients = new String[n];
            String[] subjects = new String[n];
            String[] texts = new String[n];
            String[] htmls = new String[n];
            String[] headers = new String[n];
            String[] messageIds = new String[n];
            String[] fromNames = new String[n];
            String[] attachments = new String[n];
            Boolean[] bulks = new Boolean[n];
            for (int i = 0; i < n; i++) {
                OutgoingMail mail = chunk.get(i);
                categories[i] = mail.category();
                recipients[i] = mail.recipient();
                subjects[i] = mail.subject();
                texts[i] = mail.textBody();
                htmls[i] = html.render(mail);
                headers[i] = json.writeValueAsString(mail.headers());
                messageIds[i] = messageId();
                fromNames[i] = mail.fromName();
                attachments[i] = mail.attachments().isEmpty() ? "[]" : attachmentsJson(mail);
                bulks[i] = bulk.contains(mail.category());
            }
            // RETURNING promises no row order, so the ids are matched back through the unique Message-ID.
            Map<String, Long> byMessageId = new HashMap<>(n * 2);
            jdbc.sql("""
                            INSERT INTO outbox_message (created_at, category, recipient, subject, body_text, body_html,
                                                        headers, message_id, from_name, next_attempt_at, attachments,
                                                        bulk)
                            SELECT :now, m.category, m.recipient, m.subject, m.text, m.html, CAST(m.headers AS jsonb),
                                   m.message_id, m.from_name, :now, CAST(m.attachments AS jsonb), m.bulk
                            FROM unnest(:categories, :recipients, :subjects, :texts, :htmls, :headers, :messageIds,
                                        :fromNames, :attachments, :bulks)
                                AS m (category, recipient, subject, text, html, headers, message_id, from_name,
                                      attachments, bulk)
                            RETURNING id, message_id""")
                    .param("now", now)
                    .param("categories", categories)
                    .param("recipients", recipients)
                    .param("subjects", subjects)
                    .param("texts", texts)
                    .param("htmls", htmls)
                    .param("headers", headers)
                    .param("messageIds", messageIds)
                    .param("fromNames", fromNames)
                    .param("attachments", attachments)
                    .param("bulks", bulks)
                    .query((rs, row) -> byMessageId.put(rs.getString("message_id"), rs.getLong("id")))
                    .list();
            for (String messageId : messageIds) {
                ids.add(byMessageId.get(messageId));
            }
        }
        return ids;
    }

    private String attachmentsJson(OutgoingMail mail) {
        return json.writeValueAsString(
                mail.attachments().stream().map(StoredMail.StoredAttachment::of).toList());
    }

    private String messageId() {
        return "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
    }

    private static String messageIdDomain(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null || host.isBlank() ? "samspil.local" : host;
    }
}
