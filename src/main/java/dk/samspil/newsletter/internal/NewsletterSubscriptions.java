package dk.samspil.newsletter.internal;

import dk.samspil.alerts.Subscribers;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.MailThrottle;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up, confirming, changing preferences and unsubscribing, each recorded in the consent log of the list with
 * when, how, the text version agreed to and where it came from. A sign-up to several lists is confirmed with one link.
 */
@Service
class NewsletterSubscriptions {

    static final String USE = "newsletter";

    /** How a person's consent was given or withdrawn (the {@code method} of the consent log). */
    enum Method {
        WEB_FORM,
        API,
        PREFERENCES,
        ONE_CLICK,
        UNSUBSCRIBE_PAGE,
        CONFIRM_LINK,
        STAFF,
        IMPORT
    }

    /**
     * A sign-up.
     *
     * @param source where it came from: the page's path, {@code api}
     */
    record SignUp(
            @Nullable String email,
            @Nullable String name,
            @Nullable String cvr,
            List<Long> listIds,
            String language,
            Method method,
            String source,
            @Nullable String clientAddress,
            boolean onlyPublicLists) {}

    enum Confirmation {
        CONFIRMED,
        ALREADY_CONFIRMED,
        UNKNOWN
    }

    /** One list on the preference page. */
    record Preference(MailingList list, String status) {

        public boolean active() {
            return "ACTIVE".equals(status) || "PENDING".equals(status);
        }
    }

    record Preferences(Subscribers.Person person, List<Preference> lists, boolean hasAlerts) {}

    private final NewsletterRepository repository;
    private final Subscribers subscribers;
    private final NewsletterMails mails;
    private final MailThrottle throttle;
    private final Clock clock;

    NewsletterSubscriptions(
            NewsletterRepository repository,
            Subscribers subscribers,
            NewsletterMails mails,
            MailThrottle throttle,
            Clock clock) {
        this.repository = repository;
        this.subscribers = subscribers;
        this.mails = mails;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The rules of a sign-up; empty when it may go ahead. */
    List<Violation> check(SignUp signUp) {
        List<Violation> violations = new ArrayList<>();
        String email = signUp.email();
        if (email == null || email.isBlank()) {
            violations.add(new Violation("email", "newsletter.error.email.required"));
        } else if (!EmailAddresses.isValid(email.strip())) {
            violations.add(new Violation("email", "newsletter.error.email.invalid"));
        }
        if (signUp.name() != null && (signUp.name().length() > 200 || !TextInput.isSingleLine(signUp.name()))) {
            violations.add(new Violation("name", "newsletter.error.name"));
        }
        if (signUp.cvr() != null && !signUp.cvr().isBlank()) {
            Cvr.problem(signUp.cvr()).ifPresent(key -> violations.add(new Violation("cvr", key)));
        }
        if (signUp.listIds().isEmpty()) {
            violations.add(new Violation("listIds", "newsletter.error.lists.required"));
        } else {
            Map<Long, MailingList> lists = lists();
            for (Long id : signUp.listIds()) {
                MailingList list = id == null ? null : lists.get(id);
                if (list == null || (signUp.onlyPublicLists() && !list.isPublic())) {
                    violations.add(new Violation("listIds", "newsletter.error.lists.unknown"));
                    break;
                }
            }
        }
        return violations;
    }

    /**
     * Signs the person up to the lists: double opt-in lists wait for the one confirmation link, the others start at
     * once. The answer is the same whether the address was known, so nothing is returned.
     *
     * @throws Rejected when {@link #check} finds a broken rule
     */
    @Transactional
    void signUp(SignUp signUp) {
        List<Violation> violations = check(signUp);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        Instant now = clock.instant();
        Subscribers.Person person = subscribers.register(
                signUp.email().strip(),
                blankToNull(signUp.name()),
                signUp.cvr() == null || signUp.cvr().isBlank() ? null : Cvr.normalize(signUp.cvr()),
                signUp.language(),
                USE);
        Map<Long, MailingList> lists = lists();
        Map<Long, NewsletterRepository.ListSubscription> current = repository.subscriptions(person.id()).stream()
                .collect(Collectors.toMap(NewsletterRepository.ListSubscription::listId, Function.identity()));
        Long signupId = null;
        List<MailingList> pending = new ArrayList<>();
        for (Long listId : new LinkedHashSet<>(signUp.listIds())) {
            MailingList list = lists.get(listId);
            NewsletterRepository.ListSubscription existing = current.get(listId);
            if (existing != null && "ACTIVE".equals(existing.status())) {
                continue;
            }
            repository.insertConsent(
                    listId,
                    person.id(),
                    person.email(),
                    "GIVEN",
                    now,
                    signUp.method().name(),
                    list.textVersion(),
                    signUp.source(),
                    signUp.clientAddress(),
                    null);
            if (list.doubleOptIn()) {
                if (signupId == null) {
                    signupId = repository.insertSignup(person.id(), now);
                }
                repository.upsertSubscription(listId, person.id(), "PENDING", "CONSENT", signupId, now);
                pending.add(list);
            } else {
                repository.upsertSubscription(listId, person.id(), "ACTIVE", "CONSENT", null, now);
                repository.insertConsent(
                        listId,
                        person.id(),
                        person.email(),
                        "CONFIRMED",
                        now,
                        signUp.method().name(),
                        list.textVersion(),
                        signUp.source(),
                        signUp.clientAddress(),
                        null);
            }
        }
        if (signupId != null && throttle.tryAcquire("newsletter.confirm", person.email())) {
            mails.sendConfirmation(person, signupId, pending);
        }
    }

    /**
     * Staff put a person on a list (an internal list, or on the person's request), with the legal basis and where the
     * consent or customer relationship is documented; no confirmation mail.
     *
     * @throws Rejected when the address, CVR number, legal basis or source is not right, or the list does not exist
     */
    @Transactional
    void addByStaff(
            long listId,
            @Nullable String email,
            @Nullable String cvr,
            @Nullable String legalBasis,
            @Nullable String source,
            String staff) {
        List<Violation> violations = new ArrayList<>();
        Optional<MailingList> list = repository.list(listId);
        if (list.isEmpty()) {
            violations.add(new Violation("list", "newsletter.error.lists.unknown"));
        }
        if (email == null || email.isBlank()) {
            violations.add(new Violation("email", "newsletter.error.email.required"));
        } else if (!EmailAddresses.isValid(email.strip())) {
            violations.add(new Violation("email", "newsletter.error.email.invalid"));
        }
        if (cvr != null && !cvr.isBlank()) {
            Cvr.problem(cvr).ifPresent(key -> violations.add(new Violation("cvr", key)));
        }
        if (!"CONSENT".equals(legalBasis) && !"CUSTOMER".equals(legalBasis)) {
            violations.add(new Violation("legalBasis", "newsletter.error.legalBasis.required"));
        }
        if (source == null || source.isBlank()) {
            violations.add(new Violation("source", "newsletter.error.source.required"));
        } else if (source.length() > 500 || !TextInput.isSingleLine(source)) {
            violations.add(new Violation("source", "newsletter.error.source.size"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        addActive(
                list.get(),
                email,
                cvr == null || cvr.isBlank() ? null : Cvr.normalize(cvr),
                legalBasis,
                source.strip() + " (" + staff + ")",
                Method.STAFF);
    }

    /**
     * Puts the person on the list at once (no confirmation mail) with the legal basis, recording consent given and
     * confirmed by {@code method} with where it is {@code documented}; the caller checked every value and holds the
     * transaction.
     */
    void addActive(
            MailingList list, String email, @Nullable String cvr, String legalBasis, String documented, Method method) {
        Instant now = clock.instant();
        Subscribers.Person person = subscribers.register(email.strip(), null, cvr, "da", USE);
        repository.subscriptions(person.id());
        repository.upsertSubscription(list.id(), person.id(), "ACTIVE", legalBasis, null, now);
        for (String action : List.of("GIVEN", "CONFIRMED")) {
            repository.insertConsent(
                    list.id(),
                    person.id(),
                    person.email(),
                    action,
                    now,
                    method.name(),
                    list.textVersion(),
                    documented,
                    null,
                    null);
        }
    }

    /**
     * "Send me my link": mails a fresh preference-centre link when the address belongs to a person on (or once on) a
     * list, at most once per throttle interval; says nothing either way, so the answer does not tell who subscribes.
     * Every request counts against the client's mail allowance, known address or not.
     *
     * @throws Rejected when the address is missing or not an e-mail address
     */
    @Transactional
    void sendPreferencesLink(@Nullable String email) {
        if (email == null || email.isBlank()) {
            throw new Rejected(List.of(new Violation("email", "newsletter.error.email.required")));
        }
        if (!EmailAddresses.isValid(email.strip())) {
            throw new Rejected(List.of(new Violation("email", "newsletter.error.email.invalid")));
        }
        String checked = email.strip();
        if (throttle.tryAcquire("newsletter.link", checked)) {
            subscribers
                    .findByEmail(checked)
                    .filter(person -> !repository.subscriptions(person.id()).isEmpty())
                    .ifPresent(mails::sendPreferencesLink);
        }
    }

    /** The confirmation link: every list of the sign-up starts at once. */
    @Transactional
    Confirmation confirm(long signupId, @Nullable String clientAddress) {
        Optional<Long> subscriberId = repository.signupSubscriber(signupId);
        if (subscriberId.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        Optional<Subscribers.Person> person = subscribers.find(subscriberId.get());
        if (person.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        Instant now = clock.instant();
        List<Long> confirmed =
                repository.confirmSignup(signupId, now).stream().sorted().toList();
        repository.markSignupConfirmed(signupId, now);
        Map<Long, MailingList> lists = lists();
        for (Long listId : confirmed) {
            repository.insertConsent(
                    listId,
                    person.get().id(),
                    person.get().email(),
                    "CONFIRMED",
                    now,
                    Method.CONFIRM_LINK.name(),
                    lists.get(listId).textVersion(),
                    NewsletterLinks.CONFIRM.path(),
                    clientAddress,
                    null);
        }
        return confirmed.isEmpty() ? Confirmation.ALREADY_CONFIRMED : Confirmation.CONFIRMED;
    }

    /** Takes the person off one list. @return whether they were on it */
    @Transactional
    boolean unsubscribe(
            long subscriberId, long listId, Method method, long campaignId, @Nullable String clientAddress) {
        Optional<Subscribers.Person> person = subscribers.find(subscriberId);
        Optional<MailingList> list = repository.list(listId);
        if (person.isEmpty() || list.isEmpty()) {
            return false;
        }
        repository.subscriptions(subscriberId);
        if (!repository.unsubscribe(listId, subscriberId, clock.instant())) {
            return false;
        }
        repository.insertConsent(
                listId,
                subscriberId,
                person.get().email(),
                "WITHDRAWN",
                clock.instant(),
                method.name(),
                list.get().textVersion(),
                method == Method.ONE_CLICK ? "List-Unsubscribe" : NewsletterLinks.UNSUBSCRIBE_PATH,
                clientAddress,
                campaignId == 0 ? null : campaignId);
        return true;
    }

    @Transactional(readOnly = true)
    Optional<Preferences> preferences(long subscriberId) {
        return subscribers.find(subscriberId).map(person -> {
            Map<Long, String> status = repository.subscriptions(subscriberId, false).stream()
                    .collect(Collectors.toMap(
                            NewsletterRepository.ListSubscription::listId,
                            NewsletterRepository.ListSubscription::status));
            List<Preference> lists = repository.lists().stream()
                    .filter(list -> list.isPublic() || status.containsKey(list.id()))
                    .map(list -> new Preference(list, status.getOrDefault(list.id(), "NONE")))
                    .toList();
            return new Preferences(person, lists, subscribers.hasAlerts(subscriberId));
        });
    }

    /**
     * The preference centre's save: the person proved the mailbox by the link, so chosen lists start at once and
     * the others are left. Only public lists and lists the person is on can be changed here.
     */
    @Transactional
    void savePreferences(long subscriberId, Collection<Long> wanted, @Nullable String clientAddress) {
        Subscribers.Person person = subscribers.find(subscriberId).orElseThrow();
        Set<Long> chosen = Set.copyOf(wanted);
        Map<Long, String> status = repository.subscriptions(subscriberId).stream()
                .collect(Collectors.toMap(
                        NewsletterRepository.ListSubscription::listId, NewsletterRepository.ListSubscription::status));
        Instant now = clock.instant();
        for (MailingList list : repository.lists()) {
            boolean mayChange = list.isPublic() || status.containsKey(list.id());
            String was = status.getOrDefault(list.id(), "NONE");
            boolean on = "ACTIVE".equals(was) || "PENDING".equals(was);
            if (!mayChange) {
                continue;
            }
            if (chosen.contains(list.id()) && !"ACTIVE".equals(was)) {
                repository.upsertSubscription(list.id(), subscriberId, "ACTIVE", "CONSENT", null, now);
                repository.insertConsent(
                        list.id(),
                        subscriberId,
                        person.email(),
                        "GIVEN",
                        now,
                        Method.PREFERENCES.name(),
                        list.textVersion(),
                        NewsletterLinks.PREFERENCES_PATH,
                        clientAddress,
                        null);
                repository.insertConsent(
                        list.id(),
                        subscriberId,
                        person.email(),
                        "CONFIRMED",
                        now,
                        Method.PREFERENCES.name(),
                        list.textVersion(),
                        NewsletterLinks.PREFERENCES_PATH,
                        clientAddress,
                        null);
            } else if (!chosen.contains(list.id()) && on) {
                repository.unsubscribe(list.id(), subscriberId, now);
                repository.insertConsent(
                        list.id(),
                        subscriberId,
                        person.email(),
                        "WITHDRAWN",
                        now,
                        Method.PREFERENCES.name(),
                        list.textVersion(),
                        NewsletterLinks.PREFERENCES_PATH,
                        clientAddress,
                        null);
            }
        }
    }

    @Transactional(readOnly = true)
    List<ConsentRecord> consentHistory(long subscriberId) {
        return repository.consents(subscriberId);
    }

    List<MailingList> publicLists() {
        return repository.lists().stream().filter(MailingList::isPublic).toList();
    }

    Optional<MailingList> list(long id) {
        return repository.list(id);
    }

    String alertsManageUrl(long subscriberId) {
        return subscribers.alertsManageUrl(subscriberId);
    }

    Map<Long, MailingList> lists() {
        return repository.lists().stream().collect(Collectors.toMap(MailingList::id, Function.identity()));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
