package dk.samspil.networks.internal;

import dk.samspil.platform.ChoiceLabels;
import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Rejected;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

    /**
     * One round of a staff form: when the form binds, {@code action} runs and its answer (a redirect) is returned; a
     * refusal of the service goes onto the form. Otherwise the form is shown again ({@code form}) with 422.
     */
    static String submit(
            BindingResult result, HttpServletResponse response, Supplier<String> action, Supplier<String> form) {
        if (!result.hasErrors()) {
            try {
                return action.get();
            } catch (Rejected rejected) {
                FormErrors.reject(result, rejected.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form.get();
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
