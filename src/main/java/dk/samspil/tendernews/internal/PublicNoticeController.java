package dk.samspil.tendernews.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public tender page: the notices of the municipality and the buyers an administrator added, with search. */
@Controller
class PublicNoticeController {

    private final PublicNotices notices;

    @org.springframework.web.bind.annotation.ModelAttribute("navSection")
    String navSection() {
        return "tendernews";
    }

    PublicNoticeController(PublicNotices notices) {
        this.notices = notices;
    }

    @GetMapping(TenderNewsRoutes.PUBLIC)
    String list(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("notices", notices.search(q));
        model.addAttribute("limit", PublicNotices.LIMIT);
        return "tendernews/public-list";
    }
}
