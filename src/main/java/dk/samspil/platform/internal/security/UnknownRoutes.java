package dk.samspil.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Matches requests whose path no controller or actuator endpoint serves, whatever the method: Spring MVC answers them
 * with 404, so the security chain may let them through instead of asking an anonymous visitor to log in for a page
 * that does not exist. A path that some route serves with another method counts as known and keeps its rules.
 * Static files are not consulted: their prefixes are public anyway.
 */
final class UnknownRoutes implements RequestMatcher {

    private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;
    private volatile List<PathPattern> known;

    UnknownRoutes(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication();
        return known().stream().noneMatch(pattern -> pattern.matches(path));
    }

    /** Read on first use: the security chain is built before every controller has been mapped. */
    private List<PathPattern> known() {
        List<PathPattern> patterns = known;
        if (patterns == null) {
            patterns = mappings.orderedStream()
                    .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                    .flatMap(UnknownRoutes::patterns)
                    .distinct()
                    .toList();
            known = patterns;
        }
        return patterns;
    }

    private static Stream<PathPattern> patterns(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition != null) {
            return condition.getPatterns().stream();
        }
        return info.getPatternValues().stream().map(PathPatternParser.defaultInstance::parse);
    }
}
