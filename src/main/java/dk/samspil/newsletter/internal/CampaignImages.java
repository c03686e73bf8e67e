package dk.samspil.newsletter.internal;

import dk.samspil.newsletter.NewsletterProperties;
import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.UploadedFiles;
import dk.samspil.platform.Violation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images for campaigns: staff upload one with its alternative text, it is checked by its content (PNG, JPEG, GIF or
 * WebP, up to {@code samspil.newsletter.image-max-size}), kept in the database and served to anyone at
 * {@value #PATH}{@code {id}}, where the random id is the address. Staff paste the Markdown snippet into the text.
 */
@Service
class CampaignImages {

    static final String PATH = "/nyhedsbrev/billeder/";
    static final int MAX_ALT = 300;
    static final Set<UploadedFiles.Kind> KINDS = EnumSet.of(
            UploadedFiles.Kind.PNG, UploadedFiles.Kind.JPEG, UploadedFiles.Kind.GIF, UploadedFiles.Kind.WEBP);

    /** An uploaded image, without its bytes. */
    record Image(UUID id, String fileName, UploadedFiles.Kind kind, String alt, int sizeBytes, Instant uploadedAt) {

        public String path() {
            return PATH + id;
        }

        /** What staff paste into the text: {@code ![alt](/nyhedsbrev/billeder/…)}, Markdown's brackets escaped. */
        public String snippet() {
            return "![" + alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") + "](" + path() + ")";
        }
    }

    /** The bytes to serve and their type. */
    record Content(UploadedFiles.Kind kind, byte[] bytes) {}

    private final JdbcClient jdbc;
    private final NewsletterProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    CampaignImages(JdbcClient jdbc, NewsletterProperties properties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The limit in whole megabytes, for messages. */
    long maxMegabytes() {
        return Math.max(1, properties.imageMaxSize().toMegabytes());
    }

    long maxBytes() {
        return properties.imageMaxSize().toBytes();
    }

    /** What is wrong with the upload: on {@code image} (the file) and {@code imageAlt}. */
    List<Violation> check(byte @Nullable [] content, @Nullable String alt) {
        List<Violation> violations = new ArrayList<>();
        if (content == null || content.length == 0) {
            violations.add(new Violation("image", "newsletter.error.image.required"));
        } else if (content.length > maxBytes()) {
            violations.add(new Violation("image", "newsletter.error.image.tooLarge", maxMegabytes()));
        } else if (UploadedFiles.detect(content).filter(KINDS::contains).isEmpty()) {
            violations.add(new Violation("image", "newsletter.error.image.kind"));
        }
        if (alt == null || alt.isBlank()) {
            violations.add(new Violation("imageAlt", "newsletter.error.imageAlt.required"));
        } else if (alt.strip().length() > MAX_ALT) {
            violations.add(new Violation("imageAlt", "newsletter.error.imageAlt.size"));
        } else if (!TextInput.isSingleLine(alt)) {
            violations.add(new Violation("imageAlt", TextInput.SINGLE_LINE_MESSAGE));
        }
        return violations;
    }

    /**
     * Keeps the image.
     *
     * @throws Rejected when {@link #check} finds something wrong; nothing is kept then
     */
    @Transactional
    Image store(@Nullable String fileName, byte @Nullable [] content, @Nullable String alt, String uploadedBy) {
        List<Violation> violations = check(content, alt);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        UploadedFiles.Kind kind = UploadedFiles.detect(content).orElseThrow();
        Image image = new Image(UUID.randomUUID(), name(fileName), kind, alt.strip(), content.length, clock.instant());
        jdbc.sql("""
                        INSERT INTO newsletter_image (id, file_name, kind, alt_text, size_bytes, content, uploaded_at, uploaded_by)
                        VALUES (:id, :name, :kind, :alt, :size, :content, :at, :by)""")
                .param("id", image.id())
                .param("name", image.fileName())
                .param("kind", kind.name())
                .param("alt", image.alt())
                .param("size", image.sizeBytes())
                .param("content", content)
                .param("at", Timestamp.from(image.uploadedAt()))
                .param("by", uploadedBy)
                .update();
        audit.record(
                AuditLog.Action.CREATE,
                "newsletter_image",
                image.id(),
                Map.of(
                        "fileName",
                        new AuditLog.Change(null, image.fileName()),
                        "alt",
                        new AuditLog.Change(null, image.alt())),
                AuditActor.current());
        return image;
    }

    @Transactional(readOnly = true)
    Optional<Content> content(UUID id) {
        return jdbc.sql("SELECT kind, content FROM newsletter_image WHERE id = :id")
                .param("id", id)
                .query((rs, row) ->
                        new Content(UploadedFiles.Kind.valueOf(rs.getString("kind")), rs.getBytes("content")))
                .optional();
    }

    /** The newest images, to paste again. */
    @Transactional(readOnly = true)
    List<Image> recent(int limit) {
        return jdbc.sql("""
                        SELECT id, file_name, kind, alt_text, size_bytes, uploaded_at FROM newsletter_image
                        ORDER BY uploaded_at DESC, id LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new Image(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        UploadedFiles.Kind.valueOf(rs.getString("kind")),
                        rs.getString("alt_text"),
                        rs.getInt("size_bytes"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The file's own name without folders and control characters, at most 255 characters. */
    private static String name(@Nullable String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = TextInput.foldLines(TextInput.removeControlCharacters(name.substring(name.lastIndexOf('/') + 1)))
                .strip();
        if (name.isEmpty()) {
            name = "billede";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
