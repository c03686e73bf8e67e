package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.platform.SearchPaths;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rendered-page cache in front of the public list only (not the detail pages, whose history is per entry), and
 * the list and its JSON twin as searches for the platform's per-address search limit.
 */
@Configuration(proxyBeanMethods = false)
class PublicSiteConfiguration {

    @Bean
    FilterRegistrationBean<ListPageCacheFilter> listPageCacheFilter(ListPageCache cache) {
        FilterRegistrationBean<ListPageCacheFilter> registration =
                new FilterRegistrationBean<>(new ListPageCacheFilter(cache));
        registration.addUrlPatterns(SearchForm.PATH);
        return registration;
    }

    @Bean
    SearchPaths publicSearchPaths() {
        return SearchPaths.of(SearchForm.PATH, "/api/v1/procurements");
    }
}
