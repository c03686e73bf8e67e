package dk.samspil.engagement.internal.ideas;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What ideas can be submitted for: published OPI workshops, and the themes they are about. */
@Component
class OpiTopics {

    record Workshop(long id, String title, OffsetDateTime startsAt, String theme) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    OpiTopics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Published OPI workshops, the next one first, then the past ones. */
    List<Workshop> workshops() {
        return jdbc.sql("""
                        SELECT id, title, starts_at, theme FROM engagement_event
                        WHERE type = 'OPI_WORKSHOP' AND status = 'PUBLISHED'
                        ORDER BY starts_at < :now, abs(extract(epoch FROM starts_at - :now)) LIMIT 100""")
                .param("now", OffsetDateTime.now(clock))
                .query((rs, row) -> new Workshop(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getString("theme")))
                .list();
    }

    Optional<Workshop> workshop(long id) {
        return jdbc.sql("""
                        SELECT id, title, starts_at, theme FROM engagement_event
                        WHERE id = :id AND type = 'OPI_WORKSHOP' AND status = 'PUBLISHED'""")
                .param("id", id)
                .query((rs, row) -> new Workshop(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getString("theme")))
                .optional();
    }

    /** The themes of published OPI workshops, spelled as the first workshop spells them. */
    List<String> themes() {
        return jdbc.sql("""
                        SELECT min(theme) FROM engagement_event
                        WHERE type = 'OPI_WORKSHOP' AND status = 'PUBLISHED' AND theme IS NOT NULL AND theme <> ''
                        GROUP BY lower(theme) ORDER BY lower(theme)""").query(String.class).list();
    }

    /** The theme as the workshops spell it, when some published OPI workshop is about it. */
    Optional<String> theme(String name) {
        return themes().stream()
                .filter(theme -> theme.equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst();
    }
}
