package dk.samspil.networks.internal;

import dk.samspil.platform.ChoiceLabels;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What the staff pages of a network share: finding the network, and the labels of its choices. */
@Component
class NetworkPages {

    static final String HOME = "/intern/netvaerk";
    static final String NAV = "networks-staff";

    private final NetworkService networks;
    private final ChoiceLabels labels;

    NetworkPages(NetworkService networks, ChoiceLabels labels) {
        this.networks = networks;
        this.labels = labels;
    }

    Network network(long id) {
        return networks.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    void choices(Model model, Locale locale) {
        model.addAttribute("kindChoices", labels.of(List.of(Member.Kind.values()), "networks.member.kind.", locale));
        model.addAttribute("roleChoices", labels.of(List.of(Member.Role.values()), "networks.member.role.", locale));
        model.addAttribute(
                "categoryChoices", labels.of(List.of(Expense.Category.values()), "networks.expense.category.", locale));
        model.addAttribute("navSection", NAV);
    }

    static String path(long networkId) {
        return HOME + "/" + networkId;
    }
}
