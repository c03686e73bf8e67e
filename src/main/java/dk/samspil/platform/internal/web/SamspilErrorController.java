package dk.samspil.platform.internal.web;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.SiteSearch;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error controller, but errors of API requests that reach it (a filter's 429, a request the firewall
 * rejected, a body Tomcat refused …) are answered as problem details with a Danish (or English) {@code detail},
 * like every other API error. The page for an unknown address offers the modules' {@link SiteSearch}es.
 */
class SamspilErrorController extends BasicErrorController {

    private final ApiProblems problems;
    private final List<SiteSearch> searches;

    SamspilErrorController(
            ErrorAttributes errorAttributes,
            ErrorProperties errorProperties,
            List<ErrorViewResolver> errorViewResolvers,
            ApiProblems problems,
            List<SiteSearch> searches) {
        super(errorAttributes, errorProperties, errorViewResolvers);
        this.problems = problems;
        this.searches = searches;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        ModelAndView page = super.errorHtml(request, response);
        if (getStatus(request) == HttpStatus.NOT_FOUND) {
            page.addObject("searches", searches);
        }
        return page;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (!ApiPaths.isApi(request) || status == HttpStatus.NO_CONTENT) {
            return super.error(request);
        }
        Locale locale = ApiProblems.locale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put(
                "detail",
                request.getAttribute(ErrorDetails.DETAIL_KEY) instanceof String key
                        ? problems.detail(key, locale)
                        : problems.statusDetail(status, locale));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.put("instance", path);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(problem);
    }
}
