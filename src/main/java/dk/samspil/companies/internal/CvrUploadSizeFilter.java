package dk.samspil.companies.internal;

import dk.samspil.companies.CompaniesProperties;
import dk.samspil.platform.UploadSizeLimit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Redirects a CVR upload far over the page's limit to its Danish message (platform {@link UploadSizeLimit}). */
@Configuration(proxyBeanMethods = false)
class CvrUploadSizeFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cvrUploadSizeLimit(CompaniesProperties properties) {
        return UploadSizeLimit.redirecting(
                CvrImportController.BASE,
                properties.importUpload().maxBytes().toBytes(),
                CvrImportController.BASE + "?" + CvrImportController.TOO_LARGE);
    }
}
