package dk.samspil.engagement;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts engagement events straight into the table, for tests of what hangs off an event. */
public final class TestEvents {

    private TestEvents() {}

    /** A published event in a week's time, linked to the given entries. */
    public static long insert(
            JdbcClient jdbc, String type, String title, String status, String theme, String... references) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withNano(0);
        long id = jdbc.sql("""
                        INSERT INTO engagement_event (type, title, description, starts_at, ends_at, place, theme, status,
                            created_by, created_at, updated_at, published_at)
                        VALUES (:type, :title, '', :start, :end, 'Rådhuset, Slagelse', :theme, :status, 'test',
                            now(), now(), CASE WHEN :status = 'DRAFT' THEN NULL ELSE now() END) RETURNING id""")
                .param("type", type)
                .param("title", title)
                .param("start", start)
                .param("end", start.plusHours(2))
                .param("theme", theme)
                .param("status", status)
                .query(Long.class)
                .single();
        for (String reference : references) {
            jdbc.sql("INSERT INTO engagement_event_procurement (event_id, procurement_reference) VALUES (:id, :ref)")
                    .param("id", id)
                    .param("ref", reference)
                    .update();
        }
        return id;
    }
}
