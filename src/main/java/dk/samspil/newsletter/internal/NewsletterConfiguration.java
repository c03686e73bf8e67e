package dk.samspil.newsletter.internal;

import dk.samspil.platform.CsrfExemptPaths;
import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import dk.samspil.platform.RouteAuthorization;
import dk.samspil.platform.StartPageSection;
import dk.samspil.platform.UploadSizeLimit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach newsletters: anyone signs up, confirms, sets preferences and unsubscribes (signed links) and reads the
 * archive; the business centre's consultants and management, and administrators, manage lists and campaigns; only
 * administrators turn click tracking on or off.
 */
@Configuration(proxyBeanMethods = false)
class NewsletterConfiguration {

    @Bean
    RouteAuthorization newsletterRouteAuthorization() {
        return routes -> {
            routes.requestMatchers(PublicNewsletterController.BASE, PublicNewsletterController.BASE + "/**")
                    .permitAll();
            routes.requestMatchers(HttpMethod.GET, NewsletterApiController.LISTS)
                    .permitAll();
            routes.requestMatchers(HttpMethod.POST, NewsletterApiController.LISTS + "/*/subscribers")
                    .permitAll();
            routes.requestMatchers(NewsletterApiController.CAMPAIGNS, NewsletterApiController.CAMPAIGNS + "/**")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN);
            routes.requestMatchers(StaffNewsletterController.BASE + StaffNewsletterController.CLICK_TRACKING)
                    .hasRole(Roles.ADMIN);
            routes.requestMatchers(StaffNewsletterController.BASE, StaffNewsletterController.BASE + "/**")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN);
        };
    }

    /** Redirects an image upload far over the limit to the editor's Danish message (platform {@link UploadSizeLimit}). */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> newsletterImageSizeLimit(CampaignImages images) {
        return UploadSizeLimit.redirecting(
                StaffNewsletterController.IMAGE_UPLOAD,
                images.maxBytes(),
                StaffNewsletterController.NEW_CAMPAIGN + "?" + StaffNewsletterController.IMAGE_TOO_LARGE);
    }

    /** RFC 8058: mail providers POST the one-click unsubscribe without cookies; the signed token authorises it. */
    @Bean
    CsrfExemptPaths newsletterOneClickUnsubscribe() {
        return CsrfExemptPaths.of(NewsletterLinks.UNSUBSCRIBE_PATH);
    }

    @Bean
    NavigationItem newsletterNavigation() {
        return NavigationItem.everyone("newsletter", PublicNewsletterController.BASE, "nav.newsletter", 25);
    }

    @Bean
    NavigationItem newsletterStaffNavigation() {
        return NavigationItem.forRoles(
                "newsletter-staff",
                StaffNewsletterController.BASE,
                "nav.newsletter.staff",
                95,
                Roles.CONSULTANT,
                Roles.MANAGEMENT,
                Roles.ADMIN);
    }

    /** Lists and their subscribers on the start page of those who send newsletters. */
    @Bean
    StartPageSection newsletterStartSection(NewsletterLists lists, Campaigns campaigns) {
        return StartPageSection.of(
                Set.of(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN),
                60,
                () -> Optional.of(new StartPageSection.Figures(
                                "newsletter.start.heading",
                                List.of(
                                        new StartPageSection.Figure(
                                                "newsletter.start.lists",
                                                lists.all().size(),
                                                StaffNewsletterController.BASE),
                                        new StartPageSection.Figure(
                                                "newsletter.start.subscribers",
                                                lists.activeCounts().values().stream()
                                                        .mapToInt(Integer::intValue)
                                                        .sum(),
                                                StaffNewsletterController.BASE),
                                        new StartPageSection.Figure(
                                                "newsletter.start.campaigns",
                                                campaigns.all().size(),
                                                StaffNewsletterController.BASE)))
                        .fragment()));
    }
}
