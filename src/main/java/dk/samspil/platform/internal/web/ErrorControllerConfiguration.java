package dk.samspil.platform.internal.web;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.SiteSearch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Takes the place of Spring Boot's {@code basicErrorController}, which steps back when another exists. */
@Configuration(proxyBeanMethods = false)
class ErrorControllerConfiguration {

    @Bean
    SamspilErrorController samspilErrorController(
            ErrorAttributes errorAttributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> errorViewResolvers,
            ApiProblems problems,
            ObjectProvider<SiteSearch> searches) {
        return new SamspilErrorController(
                errorAttributes,
                web.getError(),
                errorViewResolvers.orderedStream().toList(),
                problems,
                searches.orderedStream().toList());
    }
}
