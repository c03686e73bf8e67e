package dk.samspil.platform.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's start page; the security configuration limits {@code /admin/**} to {@code ADMIN}. */
@Controller
class AdminController {

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("navSection", "admin");
        return "admin/index";
    }
}
