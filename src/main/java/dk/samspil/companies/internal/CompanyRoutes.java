package dk.samspil.companies.internal;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import dk.samspil.platform.StartPageSection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the register: every staff role reads companies; the business centre (and administrators) add them;
 * consultants, management, case workers and the job centre write notes; the business centre keeps contact persons;
 * administrators import from CVR.
 */
@Configuration(proxyBeanMethods = false)
class CompanyRoutes {

    @Bean
    RouteAuthorization companyRouteAuthorization() {
        return routes -> {
            routes.requestMatchers("/api/v1/companies/import/**").hasRole(Roles.ADMIN);
            routes.requestMatchers(HttpMethod.POST, CompanyApiController.BASE)
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN);
            routes.requestMatchers(HttpMethod.POST, CompanyApiController.BASE + "/*/visits")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.CASEWORKER, Roles.JOBCENTER);
            routes.requestMatchers(CvrImportController.BASE, CvrImportController.BASE + "/**")
                    .hasRole(Roles.ADMIN);
            routes.requestMatchers(CompanyController.BASE + "/ny")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN);
            routes.requestMatchers(CompanyFollowUpController.BASE, CompanyFollowUpController.BASE + "/**")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.CASEWORKER, Roles.JOBCENTER);
            routes.requestMatchers(
                            CompanyListController.SEGMENTS,
                            CompanyListController.SEGMENTS + "/**",
                            CompanyController.BASE + "/eksport",
                            CompanyController.BASE + "/*/tags")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT);
            routes.requestMatchers(CompanyController.BASE + "/*/kontakter", CompanyController.BASE + "/*/kontakter/**")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT);
            routes.requestMatchers(HttpMethod.POST, CompanyController.BASE + "/*/besoeg")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.CASEWORKER, Roles.JOBCENTER);
            routes.requestMatchers(
                            CompanyController.BASE,
                            CompanyController.BASE + "/**",
                            "/api/v1/companies",
                            "/api/v1/companies/*",
                            "/api/v1/companies/*/timeline")
                    .hasAnyRole(
                            Roles.CONSULTANT,
                            Roles.MANAGEMENT,
                            Roles.CASEWORKER,
                            Roles.JOBCENTER,
                            Roles.PROCUREMENT,
                            Roles.ADMIN);
        };
    }

    /** The register on the start page of those who share knowledge about companies. */
    @Bean
    StartPageSection companyStartSection(CompanyService companies) {
        return StartPageSection.of(
                Set.of(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.CASEWORKER, Roles.JOBCENTER),
                50,
                () -> Optional.of(new StartPageSection.Figures(
                                "companies.start.heading",
                                List.of(new StartPageSection.Figure(
                                        "companies.start.count", companies.count(), CompanyController.BASE)))
                        .fragment()));
    }

    /** The signed-in user's open follow-ups of visits, for those who write notes. */
    @Bean
    StartPageSection companyFollowUpStartSection(CompanyFollowUps followUps) {
        return StartPageSection.of(
                Set.of(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.CASEWORKER, Roles.JOBCENTER),
                51,
                () -> Optional.ofNullable(org.springframework.security.core.context.SecurityContextHolder.getContext()
                                .getAuthentication())
                        .map(user -> new StartPageSection.Figures(
                                        "companies.followUps.title",
                                        List.of(new StartPageSection.Figure(
                                                "companies.start.followUps",
                                                followUps.openCount(user.getName()),
                                                CompanyFollowUpController.BASE)))
                                .fragment()));
    }

    @Bean
    NavigationItem companyNavigation() {
        return NavigationItem.forRoles(
                "companies",
                CompanyController.BASE,
                "nav.companies",
                90,
                Roles.CONSULTANT,
                Roles.MANAGEMENT,
                Roles.CASEWORKER,
                Roles.JOBCENTER,
                Roles.PROCUREMENT,
                Roles.ADMIN);
    }
}
