package dk.samspil.platform.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page and the statutory pages every Danish public website carries. */
@Controller
class SiteController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("navSection", "home");
        return "home";
    }

    @GetMapping("/tilgaengelighed")
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/privatliv")
    String privacy() {
        return "privacy";
    }
}
