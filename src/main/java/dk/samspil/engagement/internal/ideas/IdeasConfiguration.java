package dk.samspil.engagement.internal.ideas;

import dk.samspil.engagement.internal.files.FileRules;
import dk.samspil.engagement.internal.files.UploadSizeGuard;
import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * Routes of OPI ideas and event material: the OPI page, the idea form, the material pages and the question form are
 * public (the platform rate-limits anonymous POSTs); handling them is for procurement, consultants and administrators.
 * Also the one set of file rules for ideas and material.
 */
@Configuration(proxyBeanMethods = false)
class IdeasConfiguration {

    private static final String[] STAFF = {Roles.PROCUREMENT, Roles.CONSULTANT, Roles.ADMIN};

    /** First, because the events' own rules for {@code /intern/arrangementer/**} may admit other roles. */
    @Bean
    @Order(0)
    RouteAuthorization ideasRouteAuthorization() {
        return routes -> {
            routes.requestMatchers(
                            "/intern/opi",
                            "/intern/opi/**",
                            "/intern/arrangementer/*/materiale",
                            "/intern/arrangementer/*/materiale/**")
                    .hasAnyRole(STAFF);
            routes.requestMatchers(HttpMethod.GET, "/arrangementer/*/materiale", "/arrangementer/*/materiale/**")
                    .permitAll();
            routes.requestMatchers("/arrangementer/*/spoergsmaal", "/opi", "/opi/**")
                    .permitAll();
        };
    }

    @Bean
    FileRules engagementFileRules(IdeasProperties properties) {
        return new FileRules(properties.maxFileSize());
    }

    @Bean
    FilterRegistrationBean<UploadSizeGuard> ideaUploadSizeGuard(FileRules rules) {
        return UploadSizeGuard.register(
                rules,
                PublicIdeaController.FORM_PATH,
                Pattern.compile(Pattern.quote(PublicIdeaController.FORM_PATH)),
                (match, request) -> match.group());
    }

    @Bean
    FilterRegistrationBean<UploadSizeGuard> materialUploadSizeGuard(FileRules rules) {
        return UploadSizeGuard.register(
                rules,
                "/intern/arrangementer/*",
                Pattern.compile("(/intern/arrangementer/\\d+/materiale)/fil"),
                (match, request) -> match.group(1));
    }

    @Bean
    NavigationItem opiNavigation() {
        return NavigationItem.everyone("opi", "/opi", "nav.opi", 40);
    }

    @Bean
    NavigationItem opiStaffNavigation() {
        return NavigationItem.forRoles("opi-staff", "/intern/opi", "nav.opi.staff", 140, STAFF);
    }
}
