package dk.samspil.companies.internal;

import dk.samspil.platform.DanishFormats;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mine opfølgninger": the signed-in user's open follow-ups of visits, soonest due first, and marking one done. */
@Controller
@RequestMapping(CompanyFollowUpController.BASE)
class CompanyFollowUpController {

    static final String BASE = "/intern/opfoelgninger";

    private final CompanyFollowUps followUps;
    private final Clock clock;

    CompanyFollowUpController(CompanyFollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "companies";
    }

    @GetMapping
    String mine(Authentication user, Model model) {
        model.addAttribute("open", followUps.openFor(user.getName()));
        model.addAttribute("done", followUps.recentlyDoneBy(user.getName()));
        model.addAttribute("today", LocalDate.now(clock.withZone(DanishFormats.ZONE)));
        return "companies/follow-ups";
    }

    @PostMapping("/{id}/udfoert")
    String done(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        if (!followUps.markDone(id, user.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "companies.followUps.notice.done");
        return "redirect:" + BASE;
    }
}
