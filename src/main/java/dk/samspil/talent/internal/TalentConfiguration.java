package dk.samspil.talent.internal;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import dk.samspil.platform.StartPageSection;
import dk.samspil.platform.UploadSizeLimit;
import dk.samspil.talent.TalentProperties;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Routes of the talent bridge: the student pages, the company's posting form and the signed links are public (the
 * platform rate-limits anonymous POSTs); moderation, figures and the list of institutions are for consultants and
 * management; an institution's own pages for its users (role INSTITUTION).
 */
@Configuration(proxyBeanMethods = false)
class TalentConfiguration {

    static final String[] STAFF = {Roles.CONSULTANT, Roles.MANAGEMENT};

    @Bean
    RouteAuthorization talentRouteAuthorization() {
        return routes -> {
            routes.requestMatchers("/intern/talent", "/intern/talent/**").hasAnyRole(STAFF);
            routes.requestMatchers(InstitutionController.HOME, InstitutionController.HOME + "/**")
                    .hasRole(Roles.INSTITUTION);
            routes.requestMatchers(HttpMethod.GET, TalentApiController.PATH).permitAll();
            routes.requestMatchers(HttpMethod.POST, TalentApiController.PATH + "/*/applications")
                    .permitAll();
            routes.requestMatchers(TalentApiController.PATH, TalentApiController.PATH + "/**")
                    .hasAnyRole(STAFF);
            routes.requestMatchers("/studiejob", "/studiejob/**").permitAll();
        };
    }

    /** A CV far over the limit is turned away before its body is read. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> talentUploadLimit(TalentProperties properties) {
        return UploadSizeLimit.redirecting(
                "/studiejob/*", properties.cvMaxSize().toBytes(), PublicTalentController.TOO_LARGE);
    }

    @Bean
    NavigationItem talentNavigation() {
        return NavigationItem.everyone("talent", "/studiejob", "nav.talent", 45);
    }

    @Bean
    NavigationItem talentStaffNavigation() {
        return NavigationItem.forRoles("talent-staff", "/intern/talent", "nav.talent.staff", 145, STAFF);
    }

    @Bean
    NavigationItem talentInstitutionNavigation() {
        return NavigationItem.forRoles(
                "institution", InstitutionController.HOME, "nav.talent.institution", 146, Roles.INSTITUTION);
    }

    /** An institution's users land on the new opportunities in its fields and its open project wishes. */
    @Bean
    StartPageSection talentInstitutionStartSection(InstitutionService institutions) {
        return StartPageSection.of(
                Set.of(Roles.INSTITUTION),
                46,
                () -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                        .flatMap(user -> institutions.ofMember(user.getName()))
                        .map(institution -> new StartPageSection.Figures(
                                        "talent.institution.start.heading",
                                        java.util.List.of(
                                                new StartPageSection.Figure(
                                                        "talent.institution.start.opportunities",
                                                        institutions
                                                                .opportunitiesFor(institution)
                                                                .size(),
                                                        InstitutionController.HOME),
                                                new StartPageSection.Figure(
                                                        "talent.institution.start.wishes",
                                                        institutions.wishesOf(institution.id()).stream()
                                                                .filter(Wish::open)
                                                                .count(),
                                                        InstitutionController.HOME)))
                                .fragment()));
    }

    @Bean
    StartPageSection talentStartSection(TalentService talent) {
        return StartPageSection.of(
                Set.of(STAFF),
                45,
                () -> Optional.of(new StartPageSection.Figures(
                                "talent.start.heading",
                                java.util.List.of(new StartPageSection.Figure(
                                        "talent.start.pending",
                                        talent.forStaff().stream()
                                                .filter(o -> o.status() == Choices.Status.PENDING)
                                                .count(),
                                        "/intern/talent")))
                        .fragment()));
    }
}
