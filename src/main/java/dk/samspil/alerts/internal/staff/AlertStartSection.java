package dk.samspil.alerts.internal.staff;

import dk.samspil.platform.Roles;
import dk.samspil.platform.StartPageSection;
import dk.samspil.platform.StartPageSection.Figure;
import dk.samspil.platform.StartPageSection.Figures;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The management's start page: the early warning's reach, one of the agreement's indicators. */
@Configuration(proxyBeanMethods = false)
class AlertStartSection {

    @Bean
    StartPageSection alertFiguresSection(JdbcClient jdbc) {
        return StartPageSection.of(
                Set.of(Roles.MANAGEMENT),
                200,
                () -> Optional.of(new Figures(
                                "start.alerts.figures",
                                jdbc.sql("""
                                SELECT count(DISTINCT subscriber_id) FILTER (WHERE status <> 'PENDING') AS subscribers,
                                       count(*) FILTER (WHERE status <> 'PENDING' AND kind <> 'FOLLOW') AS alerts,
                                       count(*) FILTER (WHERE status <> 'PENDING' AND kind = 'FOLLOW') AS follows
                                FROM alert_subscription""")
                                        .query((rs, i) -> List.of(
                                                Figure.of("start.alerts.figure.subscribers", rs.getLong("subscribers")),
                                                Figure.of("start.alerts.figure.alerts", rs.getLong("alerts")),
                                                Figure.of("start.alerts.figure.follows", rs.getLong("follows"))))
                                        .single())
                        .fragment()));
    }
}
