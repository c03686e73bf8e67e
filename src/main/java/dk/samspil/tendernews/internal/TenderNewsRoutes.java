package dk.samspil.tendernews.internal;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import dk.samspil.platform.StartPageSection;
import dk.samspil.platform.UploadSizeLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

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

    @Bean
    NavigationItem tenderNewsNavigation() {
        return NavigationItem.everyone("tendernews", PUBLIC, "nav.tendernews", 48);
    }

    @Bean
    NavigationItem tenderNewsStaffNavigation() {
        return NavigationItem.forRoles("tendernews-staff", STAFF, "nav.tendernews.staff", 148, NOTICE_ROLES);
    }

    /** The staff upload's own limit, explained on its page instead of failing in the container. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tenderNewsUploadSizeFilter() {
        return UploadSizeLimit.redirecting(
                STAFF + NoticePages.UPLOAD,
                NoticePages.UPLOAD_LIMIT,
                STAFF + NoticePages.UPLOAD + "?" + NoticePages.TOO_LARGE);
    }

    /** New and unlinked notices on the start page, leading to the notices. */
    @Bean
    StartPageSection tenderNewsNoticesStartSection(NoticeQueries notices, Clock clock) {
        return StartPageSection.of(
                Set.of(NOTICE_ROLES),
                44,
                () -> Optional.of(new StartPageSection.Figures(
                                "tendernews.start.notices.heading",
                                List.of(
                                        new StartPageSection.Figure(
                                                "tendernews.start.notices.week",
                                                notices.countSince(
                                                        clock.instant().minus(Duration.ofDays(7))),
                                                STAFF),
                                        new StartPageSection.Figure(
                                                "tendernews.start.notices.unlinked",
                                                notices.countUnlinked(),
                                                STAFF + "?linked=nej")))
                        .fragment()));
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
