package dk.samspil.newsletter.internal;

import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.Violation;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating mailing lists and reading them for staff. */
@Service
class NewsletterLists {

    /** A new list as staff describe it. */
    record NewList(
            @Nullable String name,
            @Nullable String purpose,
            MailingList.@Nullable Visibility visibility,
            boolean doubleOptIn,
            boolean marketing) {}

    private final NewsletterRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    NewsletterLists(NewsletterRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    List<Violation> check(NewList list) {
        List<Violation> violations = new ArrayList<>();
        if (list.name() == null || list.name().isBlank()) {
            violations.add(new Violation("name", "newsletter.error.listName.required"));
        } else if (list.name().length() > 200) {
            violations.add(new Violation("name", "newsletter.error.size.200"));
        } else if (!TextInput.isSingleLine(list.name())) {
            violations.add(new Violation("name", TextInput.SINGLE_LINE_MESSAGE));
        } else if (repository.listNameTaken(list.name().strip())) {
            violations.add(new Violation("name", "newsletter.error.listName.taken"));
        }
        if (list.purpose() == null || list.purpose().isBlank()) {
            violations.add(new Violation("purpose", "newsletter.error.purpose.required"));
        } else if (list.purpose().length() > 2000) {
            violations.add(new Violation("purpose", "newsletter.error.size.2000"));
        }
        if (list.visibility() == null) {
            violations.add(new Violation("visibility", "newsletter.error.visibility.required"));
        }
        return violations;
    }

    @Transactional
    long create(NewList list) {
        List<Violation> violations = check(list);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        // the consent text's version: the day it was written (a list's purpose is its consent text)
        String version = DateTimeFormatter.ISO_LOCAL_DATE.format(clock.instant().atZone(clock.getZone())) + "-1";
        long id = repository.insertList(
                list.name().strip(),
                list.purpose().strip(),
                list.visibility(),
                list.doubleOptIn(),
                list.marketing(),
                version,
                clock.instant());
        audit.record(
                AuditLog.Action.CREATE,
                "newsletter_list",
                id,
                Map.of(
                        "name",
                        new AuditLog.Change(null, list.name().strip()),
                        "visibility",
                        new AuditLog.Change(null, list.visibility().name()),
                        "marketing",
                        new AuditLog.Change(null, String.valueOf(list.marketing()))),
                AuditActor.current());
        return id;
    }

    List<MailingList> all() {
        return repository.lists();
    }

    Map<Long, Integer> activeCounts() {
        return repository.activeCounts();
    }

    java.util.Optional<MailingList> find(long id) {
        return repository.list(id);
    }

    List<NewsletterRepository.Member> members(long listId) {
        return repository.members(listId);
    }
}
