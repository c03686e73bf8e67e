package dk.samspil.tendernews.internal;

import dk.samspil.codelists.CpvCode;
import dk.samspil.codelists.NutsCatalogue;
import dk.samspil.newsletter.ModuleLists;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tender-news list: a newsletter list owned by tender news ({@link ModuleLists}, owner {@value #OWNER}), offered at
 * the newsletter's sign-up and on the public tender page, with each subscriber's choices of CPV areas, regions and
 * frequency kept here. Staff add the companies that today get tender news from a commercial provider (legal basis:
 * the customer relationship); anyone may sign up with the newsletter's double opt-in. Someone on the list without
 * choices (signed up at the newsletter's page) hears of every notice, weekly.
 */
@Service
class TenderNewsList {

    static final String OWNER = "tendernews";
    static final String ENTITY = "TenderNewsChoice";

    /** The Danish regions (NUTS 2) a subscriber may choose. */
    static final List<String> REGIONS = List.of("DK01", "DK02", "DK03", "DK04", "DK05");

    private static final int MAX_CPV = 30;

    enum Frequency {
        DAILY,
        WEEKLY
    }

    /** A subscriber's choices; empty CPV codes mean every area, empty regions everywhere. */
    record Choice(
            String email,
            List<String> cpvCodes,
            List<String> nutsCodes,
            Frequency frequency,
            Instant since,
            @Nullable Instant lastSentAt) {}

    /** An active member of the list with their choices (the defaults when they chose none). */
    record Subscriber(String email, @Nullable String name, Choice choice, boolean chose) {}

    private final ModuleLists lists;
    private final NutsCatalogue nuts;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    TenderNewsList(
            ModuleLists lists,
            NutsCatalogue nuts,
            MessageSource messages,
            JdbcClient jdbc,
            AuditLog audit,
            Clock clock) {
        this.lists = lists;
        this.nuts = nuts;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The list's id, the list created on first use. */
    @Transactional
    long listId() {
        return lists.ensureList(
                OWNER,
                messages.getMessage("tendernews.list.name", null, DanishFormats.DANISH),
                messages.getMessage("tendernews.list.purpose", null, DanishFormats.DANISH),
                true);
    }

    /**
     * Creates the list when the application starts, so that it is offered at the newsletter's sign-up from the first
     * day and no page creates it while it shows.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void ensureListExists() {
        listId();
    }

    /** Checks the form; the choices to store. */
    Choice check(TenderNewsForm form) {
        List<Violation> violations = new ArrayList<>();
        String email = form.email() == null ? "" : form.email().strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty() || email.length() > 254 || !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            violations.add(new Violation("email", "tendernews.list.error.email"));
        }
        if (form.name() != null
                && (form.name().length() > 200 || form.name().chars().anyMatch(Character::isISOControl))) {
            violations.add(new Violation("name", "tendernews.list.error.name"));
        }
        LinkedHashSet<String> cpv = new LinkedHashSet<>();
        String codes = form.cpvCodes() == null ? "" : form.cpvCodes();
        for (String code : codes.split("[\\s,;]+")) {
            if (code.isBlank()) {
                continue;
            }
            Optional<CpvCode> parsed = CpvCode.tryParse(code);
            if (parsed.isEmpty()) {
                violations.add(new Violation(
                        "cpvCodes", "tendernews.list.error.cpv", code.length() > 20 ? code.substring(0, 20) : code));
                break;
            }
            cpv.add(parsed.get().value());
        }
        if (cpv.size() > MAX_CPV) {
            violations.add(new Violation("cpvCodes", "tendernews.list.error.cpvMany", MAX_CPV));
        }
        List<String> regions = form.regions() == null
                ? List.of()
                : form.regions().stream().distinct().toList();
        if (regions.stream().anyMatch(r -> !REGIONS.contains(r) || !nuts.isValid(r))) {
            violations.add(new Violation("regions", "tendernews.list.error.region"));
        }
        if (form.frequency() == null) {
            violations.add(new Violation("frequency", "tendernews.list.error.frequency"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        return new Choice(email, List.copyOf(cpv), regions, form.frequency(), clock.instant(), null);
    }

    /** A person signs up themselves: the newsletter's confirmation mail, and their choices kept for when they confirm. */
    @Transactional
    void signUp(TenderNewsForm form) {
        Choice choice = check(form);
        lists.signUp(listId(), choice.email(), blank(form.name()), "tendernews: udbudssiden");
        store(choice, "self");
    }

    /** Staff add a company's contact (or change their choices), on the basis of the customer relationship. */
    @Transactional
    void add(TenderNewsForm form, String user) {
        Choice choice = check(form);
        lists.addMember(listId(), choice.email(), blank(form.name()), "tendernews: added by " + user);
        store(choice, user);
    }

    @Transactional
    void remove(@Nullable String email, String user) {
        if (email == null || email.isBlank()) {
            throw new Rejected(new Violation("email", "tendernews.list.error.email"));
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !address.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new Rejected(new Violation("email", "tendernews.list.error.email"));
        }
        lists.removeMember(listId(), address, "tendernews: fjernet af " + user);
        if (jdbc.sql("DELETE FROM tender_news_choice WHERE email = :email")
                        .param("email", address)
                        .update()
                > 0) {
            audit.deleted(ENTITY, address, Map.of());
        }
    }

    /** The active members with their choices, by e-mail address. */
    @Transactional
    List<Subscriber> subscribers() {
        Map<String, Choice> choices = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM tender_news_choice")
                .query((rs, n) -> {
                    Choice c = new Choice(
                            rs.getString("email"),
                            strings(rs.getArray("cpv_codes")),
                            strings(rs.getArray("nuts_codes")),
                            Frequency.valueOf(rs.getString("frequency")),
                            rs.getTimestamp("since").toInstant(),
                            rs.getTimestamp("last_sent_at") == null
                                    ? null
                                    : rs.getTimestamp("last_sent_at").toInstant());
                    choices.put(c.email(), c);
                    return c;
                })
                .list();
        Instant epoch = Instant.EPOCH;
        return lists.activeMembers(listId()).stream()
                .sorted(java.util.Comparator.comparing(ModuleLists.Member::email))
                .map(m -> {
                    Choice c = choices.get(m.email().toLowerCase(Locale.ROOT));
                    return new Subscriber(
                            m.email(),
                            m.name(),
                            c != null ? c : new Choice(m.email(), List.of(), List.of(), Frequency.WEEKLY, epoch, null),
                            c != null);
                })
                .toList();
    }

    List<ModuleLists.Member> members() {
        return lists.activeMembers(listId());
    }

    private void store(Choice choice, String by) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("cpvCodes", choice.cpvCodes());
        state.put("nutsCodes", choice.nutsCodes());
        state.put("frequency", choice.frequency());
        jdbc.sql("""
                        INSERT INTO tender_news_choice (email, cpv_codes, nuts_codes, frequency, since, updated_by,
                                                        updated_at)
                        VALUES (:email, :cpv, :nuts, :frequency, :now, :by, :now)
                        ON CONFLICT (email) DO UPDATE SET cpv_codes = excluded.cpv_codes,
                            nuts_codes = excluded.nuts_codes, frequency = excluded.frequency,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("email", choice.email())
                .param("cpv", choice.cpvCodes().toArray(String[]::new))
                .param("nuts", choice.nutsCodes().toArray(String[]::new))
                .param("frequency", choice.frequency().name())
                .param("now", Timestamp.from(clock.instant()))
                .param("by", by)
                .update();
        audit.updated(ENTITY, choice.email(), Map.of(), state);
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> strings(@Nullable Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
