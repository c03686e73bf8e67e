package dk.samspil.engagement.internal.start;

import dk.samspil.pipeline.ProcurementService;
import dk.samspil.platform.PageFragment;
import dk.samspil.platform.Roles;
import dk.samspil.platform.StartPageSection;
import dk.samspil.platform.StartPageSection.Figure;
import dk.samspil.platform.StartPageSection.Figures;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagement's sections of the staff start page: the interests confirmed in the last seven days (for the officers
 * with their list of interested companies, for the consultants with the partner seekers they may introduce), the
 * upcoming events, and engagement's share of the agreement's indicators for the management.
 */
@Configuration(proxyBeanMethods = false)
class EngagementStartSections {

    static final int RECENT_DAYS = 7;
    static final int SHOWN = 10;

    /**
     * New interests in one entry.
     *
     * @param fresh          confirmed in the last {@value #RECENT_DAYS} days
     * @param partnerSeekers all confirmed interests that opted in to partner finding and are still visible
     */
    record EntryActivity(String reference, String title, int fresh, int partnerSeekers) {}

    /** @param staffPath where a row links: {@code /intern/indkoeb/%s/interesse} or {@code /intern/partnere/%s} */
    record Activity(List<EntryActivity> entries, String staffPath, boolean showPartnerLink) {

        public String link(String reference) {
            return staffPath.formatted(reference);
        }
    }

    record UpcomingEvent(long id, String title, String type, Instant startsAt, int registered) {}

    @Component
    static class Queries {

        private final JdbcClient jdbc;
        private final ProcurementService procurements;
        private final Clock clock;

        Queries(JdbcClient jdbc, ProcurementService procurements, Clock clock) {
            this.jdbc = jdbc;
            this.procurements = procurements;
            this.clock = clock;
        }

        private String title(String reference) {
            return procurements
                    .find(reference)
                    .map(entry -> entry.details().title())
                    .orElse(reference);
        }

        @Transactional(readOnly = true)
        List<EntryActivity> recentInterests() {
            return jdbc.sql("""
                            SELECT i.procurement_reference,
                                   count(*) FILTER (WHERE i.confirmed_at >= :since) AS fresh,
                                   count(*) FILTER (WHERE i.partner_visible) AS partners
                            FROM engagement_interest i
                            WHERE i.status = 'CONFIRMED'
                            GROUP BY i.procurement_reference
                            HAVING count(*) FILTER (WHERE i.confirmed_at >= :since) > 0
                            ORDER BY max(i.confirmed_at) DESC
                            LIMIT :limit""")
                    .param("since", Timestamp.from(clock.instant().minus(RECENT_DAYS, ChronoUnit.DAYS)))
                    .param("limit", SHOWN)
                    .query((rs, i) -> new EntryActivity(
                            rs.getString("procurement_reference"),
                            title(rs.getString("procurement_reference")),
                            rs.getInt("fresh"),
                            rs.getInt("partners")))
                    .list();
        }

        @Transactional(readOnly = true)
        List<UpcomingEvent> upcomingEvents() {
            return jdbc.sql("""
                            SELECT e.id, e.title, e.type, e.starts_at,
                                   (SELECT count(*) FROM engagement_registration r
                                    WHERE r.event_id = e.id AND r.status = 'CONFIRMED') AS registered
                            FROM engagement_event e
                            WHERE e.status = 'PUBLISHED' AND e.starts_at >= :now
                            ORDER BY e.starts_at, e.id LIMIT 5""")
                    .param("now", Timestamp.from(clock.instant()))
                    .query((rs, i) -> new UpcomingEvent(
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getString("type"),
                            rs.getTimestamp("starts_at").toInstant(),
                            rs.getInt("registered")))
                    .list();
        }

        @Transactional(readOnly = true)
        List<Figure> figures() {
            Timestamp newYear = Timestamp.from(LocalDate.now(clock)
                    .withDayOfYear(1)
                    .atStartOfDay(clock.getZone())
                    .toInstant());
            Timestamp now = Timestamp.from(clock.instant());
            return jdbc.sql("""
                            SELECT (SELECT count(*) FROM engagement_interest
                                    WHERE status = 'CONFIRMED' AND confirmed_at >= :since) AS interests,
                                   (SELECT count(*) FROM engagement_interest
                                    WHERE status = 'CONFIRMED' AND partner_sought AND confirmed_at >= :since) AS partners,
                                   (SELECT count(*) FROM engagement_introduction WHERE introduced_at >= :since) AS introductions,
                                   (SELECT count(*) FROM engagement_event
                                    WHERE status = 'PUBLISHED' AND starts_at >= :since AND starts_at < :now) AS events,
                                   (SELECT count(*) FROM engagement_registration r JOIN engagement_event e ON e.id = r.event_id
                                    WHERE r.status = 'CONFIRMED' AND e.status = 'PUBLISHED'
                                      AND e.starts_at >= :since AND e.starts_at < :now) AS participants,
                                   (SELECT count(*) FROM engagement_idea WHERE submitted_at >= :since) AS ideas""")
                    .param("since", newYear)
                    .param("now", now)
                    .query((rs, i) -> List.of(
                            Figure.of("start.engagement.figure.interests", rs.getLong("interests")),
                            Figure.of("start.engagement.figure.partners", rs.getLong("partners")),
                            Figure.of("start.engagement.figure.introductions", rs.getLong("introductions")),
                            Figure.of("start.engagement.figure.events", rs.getLong("events")),
                            Figure.of("start.engagement.figure.participants", rs.getLong("participants")),
                            Figure.of("start.engagement.figure.ideas", rs.getLong("ideas"))))
                    .single();
        }
    }

    @Bean
    StartPageSection officerInterestsSection(Queries queries) {
        return StartPageSection.of(
                Set.of(Roles.PROCUREMENT),
                150,
                () -> Optional.of(new PageFragment(
                        "engagement/start",
                        "interests",
                        new Activity(queries.recentInterests(), "/intern/indkoeb/%s/interesse", false))));
    }

    @Bean
    StartPageSection consultantInterestsSection(Queries queries) {
        return StartPageSection.of(
                Set.of(Roles.CONSULTANT, Roles.MANAGEMENT),
                150,
                () -> Optional.of(new PageFragment(
                        "engagement/start",
                        "interests",
                        new Activity(queries.recentInterests(), "/intern/partnere/%s", true))));
    }

    @Bean
    StartPageSection upcomingEventsSection(Queries queries) {
        return StartPageSection.of(
                Set.of(Roles.PROCUREMENT, Roles.CONSULTANT),
                200,
                () -> Optional.of(new PageFragment("engagement/start", "events", queries.upcomingEvents())));
    }

    @Bean
    StartPageSection engagementFiguresSection(Queries queries) {
        return StartPageSection.of(
                Set.of(Roles.MANAGEMENT),
                300,
                () -> Optional.of(new Figures("start.engagement.figures", queries.figures()).fragment()));
    }
}
