package dk.samspil.networks.internal;

import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.FileDownloads;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    /** A meeting's document as a download, served as its checked kind; 404 when there is none. */
    static ResponseEntity<byte[]> download(Optional<MeetingService.DocumentContent> document) {
        MeetingService.DocumentContent found =
                document.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return FileDownloads.attachment(
                        found.fileName(), MediaType.parseMediaType(found.kind().servedAs()))
                .body(found.content());
    }

    static String path(long networkId) {
        return HOME + "/" + networkId;
    }
}
