package dk.samspil.newsletter.internal;

import dk.samspil.newsletter.ListOwnerLabel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The owners of module-owned lists as the staff pages show them, from the owning modules' {@link ListOwnerLabel}s. */
@Component
class ListOwners {

    private final List<ListOwnerLabel> labels;
    private final MessageSource messages;

    ListOwners(List<ListOwnerLabel> labels, MessageSource messages) {
        this.labels = labels;
        this.messages = messages;
    }

    /** The owner's label; a module that gives none is shown as "another module"; a staff list has none. */
    Optional<String> of(MailingList list, Locale locale) {
        if (list.owner() == null) {
            return Optional.empty();
        }
        for (ListOwnerLabel label : labels) {
            Optional<String> found = label.label(list.owner(), locale);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.of(messages.getMessage("newsletter.owner.other", null, locale));
    }

    /** The owners of the lists that have one, by list id. */
    Map<Long, String> of(List<MailingList> lists, Locale locale) {
        Map<Long, String> owners = new LinkedHashMap<>();
        for (MailingList list : lists) {
            of(list, locale).ifPresent(owner -> owners.put(list.id(), owner));
        }
        return owners;
    }
}
