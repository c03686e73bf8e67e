package dk.samspil.platform.internal.mail;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcMailOutbox implements MailOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final String messageIdDomain;

    JdbcMailOutbox(JdbcClient jdbc, JsonMapper json, Clock clock, PlatformProperties properties) {
        this.jdbc = jdbc;
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
                                                    headers, message_id, from_name, next_attempt_at, attachments)
                        VALUES (:now, :category, :recipient, :subject, :text, :html,
                                CAST(:headers AS jsonb), :messageId, :fromName, :now,
                                CAST(:attachments AS jsonb))
                        RETURNING id""")
                .param("now", now)
                .param("category", mail.category())
                .param("recipient", mail.recipient())
                .param("subject", mail.subject())
                .param("text", mail.textBody())
                .param("html", mail.htmlBody())
                .param("headers", json.writeValueAsString(mail.headers()))
                .param("messageId", "<" + UUID.randomUUID() + "@" + messageIdDomain + ">")
                .param("fromName", mail.fromName())
                .param("attachments", json.writeValueAsString(mail.attachments().stream()
                        .map(StoredMail.StoredAttachment::of).toList()))
                .query(Long.class)
                .single();
    }

    private static String messageIdDomain(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null || host.isBlank() ? "samspil.local" : host;
    }
}
