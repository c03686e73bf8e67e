package dk.samspil.pipeline.internal.opendata;

import dk.samspil.platform.RouteAuthorization;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The OpenAPI document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}) of Samspil's JSON APIs.
 * They are app-wide, but the pipeline's APIs are the first to need them, so their public routes are declared here.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "apiToken";

    @Bean
    OpenAPI samspilOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Samspil API")
                        .version("v1")
                        .description("Open data and the staff API of Samspil. Public endpoints need no login. "
                                + "Staff endpoints need a personal API token (created under /konto) of a user with "
                                + "the PROCUREMENT or ADMIN role, sent as `Authorization: Bearer <token>`. "
                                + "Errors are RFC 9457 problem details with a Danish `detail` "
                                + "(English with `Accept-Language: en`). See docs/open-data.md."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal API token of a PROCUREMENT or ADMIN user")));
    }

    @Bean
    RouteAuthorization openApiRoutes() {
        return routes -> routes.requestMatchers(
                        HttpMethod.GET,
                        "/v3/api-docs",
                        "/v3/api-docs.yaml",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                .permitAll();
    }
}
