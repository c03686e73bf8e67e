package dk.samspil.pipeline.internal;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import dk.samspil.platform.SiteSearch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach the pipeline's routes. Public: the list, timeline, detail pages, feeds and open data.
 * Staff pages ({@code /intern/indkoeb/**}, the CPV picker) and the staff API need {@code PROCUREMENT} or {@code ADMIN}.
 */
@Configuration(proxyBeanMethods = false)
class PipelineRoutes {

    @Bean
    RouteAuthorization pipelineRouteAuthorization() {
        return routes -> {
            routes.requestMatchers(
                            org.springframework.http.HttpMethod.GET,
                            "/kommende-indkob",
                            "/kommende-indkob/**",
                            "/kommende-indkob.csv",
                            "/kommende-indkob.xlsx",
                            "/feeds/kommende-indkob.ics",
                            "/feeds/kommende-indkob.atom",
                            "/api/ocds/release-package",
                            "/api/ocds/record-package",
                            "/api/v1/procurements",
                            "/api/v1/procurements/*")
                    .permitAll();
            routes.requestMatchers(
                            "/intern/indkoeb",
                            "/intern/indkoeb/**",
                            "/intern/cpv/**",
                            "/api/v1/procurements",
                            "/api/v1/procurements/**")
                    .hasAnyRole(Roles.PROCUREMENT, Roles.ADMIN);
        };
    }

    @Bean
    NavigationItem publicPipelineNavigation() {
        return NavigationItem.everyone("pipeline", "/kommende-indkob", "nav.pipeline.public", 10);
    }

    /** Where the "page not found" page sends lost visitors. */
    @Bean
    SiteSearch publicPipelineSearch() {
        return new SiteSearch("/kommende-indkob", "q", "pipeline.public.search.label", "nav.pipeline.public");
    }

    @Bean
    NavigationItem staffPipelineNavigation() {
        return NavigationItem.forRoles(
                "pipeline-staff", "/intern/indkoeb", "nav.pipeline.staff", 100, Roles.PROCUREMENT, Roles.ADMIN);
    }
}
