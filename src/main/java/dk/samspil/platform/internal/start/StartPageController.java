package dk.samspil.platform.internal.start;

import dk.samspil.platform.PageFragment;
import dk.samspil.platform.StartPageSection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff start page: the sections of every module for the roles the user holds, where login lands. */
@Controller
class StartPageController {

    private final ObjectProvider<StartPageSection> sections;

    StartPageController(ObjectProvider<StartPageSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/intern")
    String start(Authentication authentication, Model model) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring(5))
                .collect(Collectors.toSet());
        List<PageFragment> fragments = sections.stream()
                .filter(section -> section.roles().stream().anyMatch(roles::contains))
                .sorted(Comparator.comparingInt(StartPageSection::order))
                .flatMap(section -> section.fragment().stream())
                .toList();
        model.addAttribute("sections", fragments);
        model.addAttribute("navSection", "start");
        return "start";
    }
}
