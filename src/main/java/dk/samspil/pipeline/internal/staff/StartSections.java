package dk.samspil.pipeline.internal.staff;

import dk.samspil.pipeline.EntryCounts;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.PageFragment;
import dk.samspil.platform.Roles;
import dk.samspil.platform.StartPageSection;
import dk.samspil.platform.StartPageSection.Figure;
import dk.samspil.platform.StartPageSection.Figures;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline's sections of the staff start page: drafts and stale entries for the procurement officers, this
 * week's new purchases for the consultants (with a column per {@link EntryCounts}, e.g. matching subscribers and
 * interested companies), and the pipeline's indicator figures for the management. Entries have no owner, so the
 * officers see the municipality's drafts and stale entries, newest first.
 */
@Configuration(proxyBeanMethods = false)
class StartSections {

    static final int SHOWN = 10;

    record Row(
            String reference,
            String title,
            ProcurementStatus status,
            ExpectedPeriod expectedPublication,
            Instant lastChanged) {}

    /** A list of entries with its total, e.g. the first 10 of 14 drafts. */
    record Rows(List<Row> rows, long total) {}

    /** This week's new entries with a count per {@link EntryCounts} column. */
    record NewEntries(List<Row> rows, List<StaffListController.CountColumn> columns) {}

    @Component
    static class Queries {

        private final JdbcClient jdbc;
        private final Clock clock;

        Queries(JdbcClient jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        LocalDate today() {
            return LocalDate.now(clock);
        }

        @Transactional(readOnly = true)
        Rows drafts() {
            return rows("p.status = 'DRAFT'", "p.updated_at DESC, p.id DESC", Map.of());
        }

        /** Still expected, but the expected tender publication has passed and nobody moved it. */
        @Transactional(readOnly = true)
        Rows stale() {
            return rows(
                    "p.status IN ('PUBLISHED', 'MARKET_DIALOGUE', 'POSTPONED') AND p.expected_to < :today",
                    "p.expected_to, p.id",
                    Map.of("today", today()));
        }

        /** Published since Monday of this week. */
        @Transactional(readOnly = true)
        Rows newThisWeek() {
            LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return rows(
                    "p.status <> 'DRAFT' AND p.published_at >= :since",
                    "p.published_at DESC, p.id DESC",
                    Map.of(
                            "since",
                            Timestamp.from(monday.atStartOfDay(clock.getZone()).toInstant())));
        }

        @Transactional(readOnly = true)
        List<Figure> figures() {
            LocalDate newYear = today().withDayOfYear(1);
            return jdbc.sql("""
                            SELECT count(*) FILTER (WHERE status NOT IN ('DRAFT', 'CANCELLED', 'AWARDED')) AS current,
                                   count(*) FILTER (WHERE published_at >= :since) AS published,
                                   count(*) FILTER (WHERE status NOT IN ('DRAFT', 'CANCELLED', 'AWARDED')
                                       AND sme_suitable) AS sme,
                                   count(*) FILTER (WHERE status NOT IN ('DRAFT', 'CANCELLED', 'AWARDED')
                                       AND market_dialogue_planned) AS dialogue
                            FROM planned_procurement""")
                    .param(
                            "since",
                            Timestamp.from(newYear.atStartOfDay(clock.getZone()).toInstant()))
                    .query((rs, i) -> List.of(
                            new Figure("start.pipeline.figure.current", rs.getLong("current"), "/kommende-indkob"),
                            Figure.of("start.pipeline.figure.published", rs.getLong("published")),
                            Figure.of("start.pipeline.figure.sme", rs.getLong("sme")),
                            Figure.of("start.pipeline.figure.dialogue", rs.getLong("dialogue"))))
                    .single();
        }

        private Rows rows(String where, String order, Map<String, ?> params) {
            long total = jdbc.sql("SELECT count(*) FROM planned_procurement p WHERE " + where)
                    .params(params)
                    .query(Long.class)
                    .single();
            List<Row> rows = jdbc.sql("""
                            SELECT p.reference, p.title, p.status, p.expected_publication,
                                   coalesce(p.last_changed_at, p.updated_at) AS last_changed
                            FROM planned_procurement p WHERE """ + " " + where + " ORDER BY " + order + " LIMIT :limit")
                    .params(params)
                    .param("limit", SHOWN)
                    .query((rs, n) -> new Row(
                            rs.getString("reference"),
                            rs.getString("title"),
                            ProcurementStatus.valueOf(rs.getString("status")),
                            ExpectedPeriod.parse(rs.getString("expected_publication"))
                                    .orElseThrow(),
                            rs.getTimestamp("last_changed").toInstant()))
                    .list();
            return new Rows(rows, total);
        }
    }

    @Bean
    StartPageSection pipelineDraftsSection(Queries queries) {
        return StartPageSection.of(
                Set.of(Roles.PROCUREMENT),
                100,
                () -> Optional.of(new PageFragment("pipeline/staff/start", "drafts", queries.drafts())));
    }

    @Bean
    StartPageSection pipelineStaleSection(Queries queries) {
        return StartPageSection.of(
                Set.of(Roles.PROCUREMENT),
                110,
                () -> Optional.of(new PageFragment("pipeline/staff/start", "stale", queries.stale())));
    }

    @Bean
    StartPageSection pipelineNewThisWeekSection(Queries queries, List<EntryCounts> counts) {
        return StartPageSection.of(Set.of(Roles.CONSULTANT), 100, () -> {
            Rows rows = queries.newThisWeek();
            List<String> references = rows.rows().stream().map(Row::reference).toList();
            List<StaffListController.CountColumn> columns = counts.stream()
                    .map(column ->
                            new StaffListController.CountColumn(column.labelKey(), column.forReferences(references)))
                    .toList();
            return Optional.of(
                    new PageFragment("pipeline/staff/start", "newThisWeek", new NewEntries(rows.rows(), columns)));
        });
    }

    @Bean
    StartPageSection pipelineFiguresSection(Queries queries) {
        return StartPageSection.of(
                Set.of(Roles.MANAGEMENT),
                100,
                () -> Optional.of(new Figures("start.pipeline.figures", queries.figures()).fragment()));
    }
}
