package dk.samspil.tendernews.internal;

import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import dk.samspil.platform.StartPageSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach tender news: the business centre's consultants and management run the staff pages. */
@Configuration(proxyBeanMethods = false)
class TenderNewsRoutes {

    static final String STAFF = "/intern/udbud";

    @Bean
    RouteAuthorization tenderNewsRouteAuthorization() {
        return routes -> routes.requestMatchers(STAFF, STAFF + "/**").hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT);
    }

    /** The guidance contacts of this month on the start page, leading to the log. */
    @Bean
    StartPageSection tenderNewsStartSection(GuidanceService guidance) {
        return StartPageSection.of(Set.of(Roles.CONSULTANT, Roles.MANAGEMENT), 45, () -> {
            LocalDate today = guidance.today();
            return Optional.of(new StartPageSection.Figures(
                            "tendernews.start.heading",
                            List.of(new StartPageSection.Figure(
                                    "tendernews.start.guidance",
                                    guidance.countSince(today.withDayOfMonth(1)),
                                    GuidanceController.BASE)))
                    .fragment());
        });
    }
}
