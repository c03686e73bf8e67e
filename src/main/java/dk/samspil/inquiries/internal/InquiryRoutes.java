package dk.samspil.inquiries.internal;

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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach inquiries: anyone may send one through the public form; the business centre's consultants and
 * management register, assign and handle them.
 */
@Configuration(proxyBeanMethods = false)
class InquiryRoutes {

    @Bean
    RouteAuthorization inquiryRouteAuthorization() {
        return routes -> {
            routes.requestMatchers(PublicInquiryController.BASE, PublicInquiryController.BASE + "/sendt")
                    .permitAll();
            routes.requestMatchers(org.springframework.http.HttpMethod.POST, InquiryApiController.PUBLIC)
                    .permitAll();
            routes.requestMatchers(InquiryApiController.STAFF, InquiryApiController.STAFF + "/**")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT);
            // routing settings: management and administrators; moving a case to another queue: management
            routes.requestMatchers(RoutingController.BASE, RoutingController.BASE + "/**")
                    .hasAnyRole(Roles.MANAGEMENT, Roles.ADMIN);
            routes.requestMatchers(InquiryController.BASE + "/*/koe").hasRole(Roles.MANAGEMENT);
            routes.requestMatchers(InquiryController.BASE, InquiryController.BASE + "/**")
                    .hasAnyRole(Roles.CONSULTANT, Roles.MANAGEMENT);
        };
    }

    /**
     * A public form whose attachments are far over their limit goes back to the form, which says the limit, before
     * the body is read (platform {@link UploadSizeLimit}); without it the servlet container's multipart limit would
     * end in a confusing error page and the form would be lost.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> inquiryUploadLimit() {
        return UploadSizeLimit.redirecting(
                PublicInquiryController.BASE,
                AttachmentRules.MAX_TOTAL_BYTES,
                PublicInquiryController.BASE + "?" + PublicInquiryController.TOO_LARGE);
    }

    /** Open and overdue inquiries on the start page of those who handle them. */
    @Bean
    StartPageSection inquiryStartSection(InquiryService inquiries) {
        return StartPageSection.of(
                Set.of(Roles.CONSULTANT, Roles.MANAGEMENT),
                40,
                () -> Optional.of(new StartPageSection.Figures(
                                "inquiries.start.heading",
                                List.of(
                                        new StartPageSection.Figure(
                                                "inquiries.start.open", inquiries.countOpen(), InquiryController.BASE),
                                        new StartPageSection.Figure(
                                                "inquiries.start.overdue",
                                                inquiries.countOverdue(),
                                                InquiryController.BASE)))
                        .fragment()));
    }

    @Bean
    NavigationItem inquiryNavigation() {
        return NavigationItem.forRoles(
                "inquiries", InquiryController.BASE, "nav.inquiries", 85, Roles.CONSULTANT, Roles.MANAGEMENT);
    }

    /** Administrators do not handle inquiries but keep the routing settings. */
    @Bean
    NavigationItem inquirySettingsNavigation() {
        return NavigationItem.forRoles("inquiries", RoutingController.BASE, "nav.inquiries.settings", 86, Roles.ADMIN);
    }

    @Bean
    NavigationItem publicInquiryNavigation() {
        return NavigationItem.everyone("inquiry", PublicInquiryController.BASE, "nav.inquiry.public", 60);
    }
}
