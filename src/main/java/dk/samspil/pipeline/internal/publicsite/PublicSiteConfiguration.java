package dk.samspil.pipeline.internal.publicsite;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rendered-page cache in front of the public list only (not the detail pages, whose history is per entry). */
@Configuration(proxyBeanMethods = false)
class PublicSiteConfiguration {

    @Bean
    FilterRegistrationBean<ListPageCacheFilter> listPageCacheFilter(ListPageCache cache) {
        FilterRegistrationBean<ListPageCacheFilter> registration = new FilterRegistrationBean<>(new ListPageCacheFilter(cache));
        registration.addUrlPatterns(SearchForm.PATH);
        return registration;
    }
}
