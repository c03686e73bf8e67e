package dk.samspil.engagement.internal.interest;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The company's own page, reached by the personal link: its interest, the partner list when it opted in, and the
 * buttons to withdraw visibility or the whole interest; plus the download of everything stored.
 */
@Controller
class InterestPageController {

    private final InterestLinks links;
    private final Interests interests;
    private final JsonMapper json;

    InterestPageController(InterestLinks links, Interests interests, JsonMapper json) {
        this.links = links;
        this.interests = interests;
        this.json = json;
    }

    /**
     * The CSRF token of the page's forms is made before rendering: made lazily by the forms at the end of a long
     * page, its session could no longer be created once the response had been committed.
     */
    @GetMapping("/interesse/{token}")
    String page(@PathVariable String token, Model model, CsrfToken csrf, HttpServletResponse response) {
        Optional<Interests.Overview> overview = links.page(token).flatMap(interests::overview);
        if (overview.isEmpty()) {
            return InterestPages.invalidLink(model, response);
        }
        csrf.getToken();
        model.addAttribute("token", token);
        model.addAttribute("overview", overview.get());
        model.addAttribute("interest", overview.get().interest());
        model.addAttribute("navSection", "pipeline");
        return "engagement/interest/page";
    }

    @PostMapping("/interesse/{token}/skjul")
    String hide(@PathVariable String token, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Long> id = links.page(token);
        if (id.isEmpty() || !interests.hideFromPartners(id.get())) {
            return InterestPages.invalidLink(model, response);
        }
        redirect.addFlashAttribute("message", "engagement.interest.page.hidden");
        return "redirect:/interesse/" + token;
    }

    @PostMapping("/interesse/{token}/traek-tilbage")
    String withdraw(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Long> id = links.page(token);
        if (id.isEmpty() || !interests.withdraw(id.get())) {
            return InterestPages.invalidLink(model, response);
        }
        model.addAttribute("navSection", "pipeline");
        return "engagement/interest/withdrawn";
    }

    @GetMapping("/interesse/{token}/data")
    ResponseEntity<String> data(@PathVariable String token) {
        Optional<Map<String, Object>> data = links.page(token).flatMap(interests::export);
        if (data.isEmpty()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("interesse-data.json")
                                .build()
                                .toString())
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsString(data.get()));
    }
}
