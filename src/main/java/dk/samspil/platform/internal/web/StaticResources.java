package dk.samspil.platform.internal.web;

import java.time.Duration;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files are served under fixed prefixes only ({@code spring.web.resources.add-mappings=false} turns off
 * Spring Boot's catch-all {@code /**}). With a catch-all, every link on every page ({@code @{/kommende-indkob/…}})
 * went through the resource URL encoder, which looked for a static file of that name in every library jar: the
 * main cost of rendering a page.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final String[] FOLDERS = {"css", "js", "img", "dkfds"};

    private final WebProperties web;

    StaticResources(WebProperties web) {
        this.web = web;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl cache = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
        for (String folder : FOLDERS) {
            String[] locations = Arrays.stream(web.getResources().getStaticLocations())
                    .map(location -> (location.endsWith("/") ? location : location + "/") + folder + "/")
                    .toArray(String[]::new);
            // the chain caches resolved files, so links to them are not looked up in the class path on every page
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations(locations)
                    .setCacheControl(cache)
                    .resourceChain(true);
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cache)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
