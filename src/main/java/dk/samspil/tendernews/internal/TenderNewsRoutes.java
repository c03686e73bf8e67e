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
    static final String PUBLIC = "/udbud";
    static final String BUYERS = STAFF + "/koebere";

    /** Who reads notices and links them to the pipeline: procurement officers and the business centre. */
    static final String[] NOTICE_ROLES = {Roles.PROCUREMENT, Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN};

    /** Who logs phone guidance: the business centre's consultants and management. */
    static final String[] GUIDANCE_ROLES = {Roles.CONSULTANT, Roles.MANAGEMENT};

    @Bean
    RouteAuthorization tenderNewsRouteAuthorization() {
        return routes -> {
            routes.requestMatchers(GuidanceController.BASE, GuidanceController.BASE + "/**")
                    .hasAnyRole(GUIDANCE_ROLES);
            routes.requestMatchers(BUYERS, BUYERS + "/**").hasRole(Roles.ADMIN);
            routes.requestMatchers(STAFF, STAFF + "/**").hasAnyRole(NOTICE_ROLES);
            routes.requestMatchers(NoticeApiController.PATH, NoticeApiController.PATH + "/**")
                    .hasAnyRole(NOTICE_ROLES);
            routes.requestMatchers(PUBLIC, PUBLIC + "/**").permitAll();
        };
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
