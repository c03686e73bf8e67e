package dk.samspil.newsletter.internal;

import dk.samspil.alerts.Subscribers;
import dk.samspil.newsletter.ModuleLists;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ModuleLists}: lists owned by other modules, on the same subscriptions and consent log as staff's lists. */
@Service
class OwnedLists implements ModuleLists {

    /** Withdrawals the person made themselves: these stand when a module adds them again. */
    private static final Set<String> OWN_WITHDRAWALS = Set.of(
            NewsletterSubscriptions.Method.ONE_CLICK.name(),
            NewsletterSubscriptions.Method.UNSUBSCRIBE_PAGE.name(),
            NewsletterSubscriptions.Method.PREFERENCES.name(),
            NewsletterSubscriptions.Method.API.name());

    private final NewsletterRepository repository;
    private final NewsletterSubscriptions subscriptions;
    private final NewsletterLinks links;
    private final Subscribers subscribers;
    private final Clock clock;

    OwnedLists(
            NewsletterRepository repository,
            NewsletterSubscriptions subscriptions,
            NewsletterLinks links,
            Subscribers subscribers,
            Clock clock) {
        this.repository = repository;
        this.subscriptions = subscriptions;
        this.links = links;
        this.subscribers = subscribers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long ensureList(String owner, String name, String purpose, boolean publicSignUp) {
        Optional<Long> existing = repository.ownedList(owner);
        if (existing.isPresent()) {
            return existing.get();
        }
        String version = DateTimeFormatter.ISO_LOCAL_DATE.format(clock.instant().atZone(clock.getZone())) + "-1";
        String unique = name;
        for (int n = 2; repository.listNameTaken(unique); n++) {
            unique = name + " (" + n + ")";
        }
        return repository.insertOwnedList(
                owner,
                unique,
                purpose,
                publicSignUp ? MailingList.Visibility.PUBLIC : MailingList.Visibility.INTERNAL,
                version,
                clock.instant());
    }

    @Override
    @Transactional
    public void addMember(long listId, String email, @Nullable String name, String source) {
        MailingList list = list(listId);
        String address = checked(email);
        Subscribers.Person person = subscribers.register(address, name, null, "da", NewsletterSubscriptions.USE);
        Optional<NewsletterRepository.ListSubscription> current = repository.subscriptions(person.id()).stream()
                .filter(subscription -> subscription.listId() == listId)
                .findFirst();
        if (current.isPresent() && "ACTIVE".equals(current.get().status())) {
            return;
        }
        if (current.isPresent()
                && "UNSUBSCRIBED".equals(current.get().status())
                && repository
                        .lastWithdrawalMethod(listId, person.id())
                        .filter(OWN_WITHDRAWALS::contains)
                        .isPresent()) {
            return;
        }
        subscriptions.addActive(list, address, null, "CUSTOMER", source, NewsletterSubscriptions.Method.STAFF);
    }

    @Override
    @Transactional
    public void removeMember(long listId, String email, String source) {
        MailingList list = list(listId);
        Optional<Subscribers.Person> person = subscribers.findByEmail(email);
        if (person.isEmpty()) {
            return;
        }
        repository.subscriptions(person.get().id());
        Instant now = clock.instant();
        if (repository.unsubscribe(listId, person.get().id(), now)) {
            repository.insertConsent(
                    listId,
                    person.get().id(),
                    person.get().email(),
                    "WITHDRAWN",
                    now,
                    NewsletterSubscriptions.Method.STAFF.name(),
                    list.textVersion(),
                    source,
                    null,
                    null);
        }
    }

    @Override
    @Transactional
    public void signUp(long listId, String email, @Nullable String name, String source) {
        subscriptions.signUp(new NewsletterSubscriptions.SignUp(
                email, name, null, List.of(listId), "da", NewsletterSubscriptions.Method.WEB_FORM, source, null, true));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> activeMembers(long listId) {
        return repository.activeMembers(listId).stream()
                .map(member -> {
                    String url = links.unsubscribeUrl(member.subscriberId(), listId, 0);
                    return new Member(member.email(), member.name(), url, links.unsubscribeHeaders(url, listId));
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActiveMember(long listId, String email) {
        return repository.isActive(listId, email);
    }

    private MailingList list(long listId) {
        return repository
                .list(listId)
                .orElseThrow(() -> new Rejected(new Violation("list", "newsletter.error.lists.unknown")));
    }

    private static String checked(@Nullable String email) {
        if (email == null || email.isBlank()) {
            throw new Rejected(new Violation("email", "newsletter.error.email.required"));
        }
        if (!EmailAddresses.isValid(email.strip())) {
            throw new Rejected(new Violation("email", "newsletter.error.email.invalid"));
        }
        return email.strip();
    }
}
