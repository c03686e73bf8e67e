package dk.samspil.pipeline.internal.importing;

import dk.samspil.platform.UploadSizeLimit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Redirects a plan upload far over the import limit to the import page's Danish message (platform {@link UploadSizeLimit}). */
@Configuration(proxyBeanMethods = false)
class UploadSizeFilter {

    static final String PATH = "/intern/indkoeb/import";
    static final String TOO_LARGE = "fejl=stor";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> importUploadSizeFilter(ImportProperties properties) {
        return UploadSizeLimit.redirecting(PATH, properties.maxBytes().toBytes(), PATH + "?" + TOO_LARGE);
    }
}
