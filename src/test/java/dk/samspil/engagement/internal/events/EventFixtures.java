package dk.samspil.engagement.internal.events;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.Cvr;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Test data for events: staff API tokens, published entries, events over the API and mails from the outbox. */
final class EventFixtures {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** One attachment in the outbox's JSON (jsonb orders keys by length: name, base64, contentType). */
    private static final Pattern ATTACHMENT =
            Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\".*?\"base64\"\\s*:\\s*\"([^\"]+)\"");

    /** One stored mail: its subject, text and decoded attachments by file name. */
    record Mail(String category, String subject, String text, Map<String, String> attachments) {}

    private final JdbcClient jdbc;
    private final int port;

    EventFixtures(JdbcClient jdbc, int port) {
        this.jdbc = jdbc;
        this.port = port;
    }

    /** An address of a company of its own: the mail domain is what counts as the company when no CVR is given. */
    static String email() {
        return "kontakt@firma-" + UUID.randomUUID() + ".dk";
    }

    /** A valid CVR number (modulus 11) that no other test uses, most likely. */
    static String cvr() {
        while (true) {
            String candidate =
                    String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
            if (Cvr.isValid(candidate)) {
                return candidate;
            }
        }
    }

    /** A staff user with one role and an API token, written straight into identity's tables. */
    String token(String role) {
        Instant now = Instant.now();
        long userId = jdbc.sql(
                        "INSERT INTO staff_user (email, name, created_at) VALUES (:email, 'API-test', :now) RETURNING id")
                .param("email", "api-" + UUID.randomUUID() + "@test.dk")
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (:id, :role)")
                .param("id", userId)
                .param("role", role)
                .update();
        String token = "sps_" + UUID.randomUUID().toString().replace("-", "");
        try {
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
            jdbc.sql("""
                            INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
                            VALUES (:user, 'test', :hash, :prefix, :now, :expires)""")
                    .param("user", userId)
                    .param("hash", hash)
                    .param("prefix", token.substring(0, 8))
                    .param("now", Timestamp.from(now))
                    .param("expires", Timestamp.from(now.plus(1, ChronoUnit.DAYS)))
                    .update();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    static String publishedEntry(ProcurementService procurements, TransactionTemplate transactions, String title) {
        String reference = PublicEntries.uniqueReference("EV");
        transactions.executeWithoutResult(status -> {
            procurements.createDraft(
                    reference,
                    PublicEntries.simple(title, "45261210", ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
            procurements.publish(reference);
        });
        return reference;
    }

    static OffsetDateTime inDays(int days, int hour) {
        return OffsetDateTime.now(ZoneOffset.ofHours(1))
                .plusDays(days)
                .withHour(hour)
                .truncatedTo(ChronoUnit.HOURS);
    }

    static String eventJson(
            String type, String title, OffsetDateTime start, Integer capacity, List<String> references, String theme) {
        return """
                {"type": "%s", "title": "%s", "description": "Vi drøfter behovet.\\nKom og vær med.",
                 "startsAt": "%s", "endsAt": "%s", "place": "Slagelse Rådhus, Rådhuspladsen 11", "capacity": %s,
                 "registrationDeadline": "%s", "procurementReferences": [%s], "theme": %s}""".formatted(
                type,
                title,
                start,
                start.plusHours(3),
                capacity,
                start.minusHours(12),
                String.join(",", references.stream().map(r -> "\"" + r + "\"").toList()),
                theme == null ? "null" : "\"" + theme + "\"");
    }

    /** Creates and publishes an event over the API; returns its id. */
    long publishedEvent(String staffToken, String json) {
        HttpResponse<String> created = post("/api/v1/events", json, staffToken);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Event not created: " + created.body());
        }
        long id = Long.parseLong(created.body().replaceAll(".*\"id\"\\s*:\\s*(\\d+).*", "$1"));
        HttpResponse<String> published = post("/api/v1/events/" + id + "/publish", "", staffToken);
        if (published.statusCode() != 200) {
            throw new IllegalStateException("Event not published: " + published.body());
        }
        return id;
    }

    /** A registration of a company of its own (a fresh CVR number). */
    static String registrationJson(String email, int participants) {
        return registrationJson(email, participants, cvr());
    }

    static String registrationJson(String email, Object participants, String cvr) {
        return """
                {"name": "Jens Hansen", "company": "Hansen & Co ApS", "cvr": %s, "email": "%s",
                 "participants": %s, "needs": "Kørestol"}""".formatted(cvr == null ? "null" : "\"" + cvr + "\"", email, participants);
    }

    HttpResponse<String> register(long eventId, String json) {
        return post("/api/v1/events/" + eventId + "/registrations", json, null);
    }

    HttpResponse<String> post(String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long registrationId(long eventId, String email) {
        return jdbc.sql(
                        "SELECT id FROM engagement_registration WHERE event_id = :e AND email = :m ORDER BY id DESC LIMIT 1")
                .param("e", eventId)
                .param("m", email)
                .query(Long.class)
                .single();
    }

    String status(long registrationId) {
        return jdbc.sql("SELECT status FROM engagement_registration WHERE id = :id")
                .param("id", registrationId)
                .query(String.class)
                .single();
    }

    List<Mail> mails(String recipient) {
        return jdbc.sql(
                        "SELECT category, subject, body_text, attachments::text AS a FROM outbox_message WHERE recipient = :r ORDER BY id")
                .param("r", recipient)
                .query((rs, row) -> new Mail(
                        rs.getString("category"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        attachments(rs.getString("a"))))
                .list();
    }

    private static Map<String, String> attachments(String json) {
        Map<String, String> result = new LinkedHashMap<>();
        Matcher m = ATTACHMENT.matcher(json);
        while (m.find()) {
            result.put(m.group(1), new String(Base64.getDecoder().decode(m.group(2)), StandardCharsets.UTF_8));
        }
        return result;
    }
}
