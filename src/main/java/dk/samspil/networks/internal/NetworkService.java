package dk.samspil.networks.internal;

import dk.samspil.companies.CompanyRegister;
import dk.samspil.newsletter.ModuleLists;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Networks and their members. The members' mailing list (a newsletter list owned by the network) follows every
 * change: a member's contact joins it with the member and leaves it with them.
 */
@Service
class NetworkService {

    static final String NETWORK = "networks.network";
    static final String MEMBER = "networks.member";
    static final String REQUEST = "networks.request";
    static final String CONTACT = "networks.contact";

    private final JdbcClient jdbc;
    private final CompanyRegister companies;
    private final ModuleLists lists;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NetworkService(
            JdbcClient jdbc,
            CompanyRegister companies,
            ModuleLists lists,
            AuditLog audit,
            MessageSource messages,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.companies = companies;
        this.lists = lists;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DanishFormats.ZONE));
    }

    List<Network> networks() {
        return jdbc.sql("SELECT * FROM network ORDER BY lower(name)")
                .query(NetworkService::network)
                .list();
    }

    List<Network> publicNetworks() {
        return jdbc.sql("SELECT * FROM network WHERE public_page ORDER BY lower(name)")
                .query(NetworkService::network)
                .list();
    }

    Optional<Network> find(long id) {
        return jdbc.sql("SELECT * FROM network WHERE id = :id")
                .param("id", id)
                .query(NetworkService::network)
                .optional();
    }

    Optional<Network> findPublic(long id) {
        return find(id).filter(Network::publicPage);
    }

    @Transactional
    long create(NetworkForm form) {
        String name = form.name().strip();
        BigDecimal budget = form.budget() == null || form.budget().isBlank()
                ? null
                : Amounts.amount(form.budget(), "budget", "networks.budget.range");
        boolean taken = jdbc.sql("SELECT count(*) FROM network WHERE lower(name) = lower(:name)")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new Rejected(new Violation("name", "networks.name.taken"));
        }
        long id = jdbc.sql("""
                        INSERT INTO network (name, purpose, public_page, created_at)
                        VALUES (:name, :purpose, :public, :now) RETURNING id""")
                .param("name", name)
                .param("purpose", form.purpose().strip())
                .param("public", form.isPublic())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        long listId = lists.ensureList(
                "networks:" + id,
                messages.getMessage("networks.list.name", new Object[] {name}, DanishFormats.DANISH),
                messages.getMessage("networks.list.purpose", new Object[] {name}, DanishFormats.DANISH),
                false);
        jdbc.sql("UPDATE network SET list_id = :list WHERE id = :id")
                .param("list", listId)
                .param("id", id)
                .update();
        if (budget != null) {
            jdbc.sql("INSERT INTO network_budget (network_id, year, amount) VALUES (:id, :year, :amount)")
                    .param("id", id)
                    .param("year", today().getYear())
                    .param("amount", budget)
                    .update();
        }
        audit.created(
                NETWORK, id, Map.of("name", name, "publicPage", form.isPublic(), "budget", String.valueOf(budget)));
        return id;
    }

    List<Member> members(long networkId) {
        List<Member> members = jdbc.sql("""
                        SELECT * FROM network_member WHERE network_id = :id
                        ORDER BY left_on IS NOT NULL, role = 'MEMBER', lower(name)""")
                .param("id", networkId)
                .query(NetworkService::member)
                .list();
        Map<Long, List<Member.Contact>> contacts = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT c.* FROM network_contact c JOIN network_member m ON m.id = c.member_id
                        WHERE m.network_id = :id ORDER BY c.id""")
                .param("id", networkId)
                .query((rs, n) -> new Member.Contact(
                        rs.getLong("id"), rs.getLong("member_id"), rs.getString("name"), rs.getString("email")))
                .list()
                .forEach(c -> contacts.computeIfAbsent(c.memberId(), k -> new ArrayList<>())
                        .add(c));
        return members.stream()
                .map(m -> m.withContacts(contacts.getOrDefault(m.id(), List.of())))
                .toList();
    }

    Optional<Member> member(long networkId, long memberId) {
        return members(networkId).stream().filter(m -> m.id() == memberId).findFirst();
    }

    List<Member> activeMembers(long networkId) {
        LocalDate today = today();
        return members(networkId).stream().filter(m -> m.activeOn(today)).toList();
    }

    /** The memberships of a company, in every network, for its timeline. */
    List<Map.Entry<Network, Member>> ofCompany(String cvr) {
        List<Map.Entry<Network, Member>> result = new ArrayList<>();
        for (Member member : jdbc.sql("SELECT * FROM network_member WHERE cvr = :cvr ORDER BY joined_on")
                .param("cvr", cvr)
                .query(NetworkService::member)
                .list()) {
            find(member.networkId()).ifPresent(n -> result.add(Map.entry(n, member)));
        }
        return result;
    }

    /** The rules of a new member; empty when the form is fine. */
    private List<Violation> problems(long networkId, MemberForm form) {
        List<Violation> problems = new ArrayList<>();
        if (form.kind() == Member.Kind.COMPANY) {
            Optional<String> cvrProblem = Cvr.problem(form.cvr());
            if (form.cvr() == null || form.cvr().isBlank()) {
                problems.add(new Violation("cvr", "networks.member.cvr.required"));
            } else if (cvrProblem.isPresent()) {
                problems.add(new Violation("cvr", cvrProblem.get()));
            } else if (companies.find(Cvr.normalize(form.cvr())).isEmpty()) {
                problems.add(new Violation("cvr", "networks.member.cvr.unknown"));
            } else if (isCurrentMember(networkId, Cvr.normalize(form.cvr()), null)) {
                problems.add(new Violation("cvr", "networks.member.duplicate"));
            }
        } else if (form.name() == null || form.name().isBlank()) {
            problems.add(new Violation("name", "networks.member.name.required"));
        } else if (isCurrentMember(networkId, null, form.name().strip())) {
            problems.add(new Violation("name", "networks.member.duplicate"));
        }
        boolean hasName = form.contactName() != null && !form.contactName().isBlank();
        boolean hasEmail = form.contactEmail() != null && !form.contactEmail().isBlank();
        if (hasName != hasEmail) {
            problems.add(new Violation(hasName ? "contactEmail" : "contactName", "networks.member.contact.incomplete"));
        }
        return problems;
    }

    private boolean isCurrentMember(long networkId, @Nullable String cvr, @Nullable String name) {
        return jdbc.sql("""
                        SELECT count(*) FROM network_member
                        WHERE network_id = :id AND (left_on IS NULL OR left_on > :today)
                          AND (cvr = :cvr OR (cvr IS NULL AND lower(name) = lower(:name)))""")
                        .param("id", networkId)
                        .param("today", today())
                        .param("cvr", cvr)
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    long addMember(long networkId, MemberForm form) {
        Network network = find(networkId).orElseThrow();
        jdbc.sql("SELECT id FROM network WHERE id = :id FOR UPDATE")
                .param("id", networkId)
                .query(Long.class)
                .single();
        List<Violation> problems = problems(networkId, form);
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        String cvr = form.kind() == Member.Kind.COMPANY ? Cvr.normalize(form.cvr()) : null;
        String name = cvr != null
                ? companies.find(cvr).orElseThrow().name()
                : form.name().strip();
        String contactName = MeetingForm.blankToNull(form.contactName());
        String contactEmail = MeetingForm.blankToNull(form.contactEmail());
        long id = jdbc.sql("""
                        INSERT INTO network_member (network_id, kind, cvr, name, role, joined_on, created_at)
                        VALUES (:network, :kind, :cvr, :name, :role, :joined, :now)
                        RETURNING id""")
                .param("network", networkId)
                .param("kind", form.kind().name())
                .param("cvr", cvr)
                .param("name", name)
                .param("role", form.role().name())
                .param("joined", form.joinedOn())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        if (contactEmail != null && contactName != null) {
            insertContact(id, contactName, contactEmail);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("network", networkId);
        state.put("kind", form.kind().name());
        state.put("cvr", cvr);
        state.put("name", name);
        state.put("role", form.role().name());
        state.put("joinedOn", form.joinedOn());
        audit.created(MEMBER, id, state);
        contactsChanged(network);
        return id;
    }

    private long insertContact(long memberId, String name, String email) {
        return jdbc.sql("""
                        INSERT INTO network_contact (member_id, name, email, created_at)
                        VALUES (:member, :name, :email, :now) RETURNING id""")
                .param("member", memberId)
                .param("name", name)
                .param("email", email)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /** Another contact person of a member that is still in the network; invited to the coming meetings at once. */
    @Transactional
    long addContact(long networkId, long memberId, ContactForm form) {
        Network network = find(networkId).orElseThrow();
        Member member = member(networkId, memberId)
                .orElseThrow(() -> new Rejected(new Violation("email", "networks.member.notFound")));
        if (member.leftBy(today())) {
            throw Rejected.conflict("email", "networks.contact.memberLeft");
        }
        String email = form.email().strip();
        if (member.contacts().stream().anyMatch(c -> c.email().equalsIgnoreCase(email))) {
            throw new Rejected(new Violation("email", "networks.contact.duplicate"));
        }
        long id = insertContact(memberId, form.name().strip(), email);
        audit.created(CONTACT, id, Map.of("member", memberId, "email", email));
        contactsChanged(network);
        return id;
    }

    /** Removes a contact person: off the members' list (unless the address is another active member's contact). */
    @Transactional
    void removeContact(long networkId, long memberId, long contactId) {
        Network network = find(networkId).orElseThrow();
        Member member =
                member(networkId, memberId).orElseThrow(() -> Rejected.conflict("contact", "networks.member.notFound"));
        Member.Contact contact = member.contacts().stream()
                .filter(c -> c.id() == contactId)
                .findFirst()
                .orElseThrow(() -> Rejected.conflict("contact", "networks.contact.notFound"));
        jdbc.sql("DELETE FROM network_contact WHERE id = :id")
                .param("id", contactId)
                .update();
        audit.deleted(CONTACT, contactId, Map.of("member", memberId, "email", contact.email()));
        contactsChanged(network);
    }

    private void contactsChanged(Network network) {
        syncList(network);
        events.publishEvent(new ContactsChanged(network.id()));
    }

    /** Published in the transaction that changed who is in a network, so coming meetings invite the new contacts. */
    record ContactsChanged(long networkId) {}

    /**
     * Puts the members' list in step with today's members: every contact of an active member on it (unless they
     * unsubscribed themselves), everyone else off. Run after each change and every night, when joining and leaving
     * dates come due.
     */
    @Transactional
    void syncList(Network network) {
        if (network.listId() == null) {
            return;
        }
        long listId = network.listId();
        Map<String, Member.Contact> wanted = new LinkedHashMap<>();
        for (Member member : activeMembers(network.id())) {
            for (Member.Contact contact : member.contacts()) {
                wanted.putIfAbsent(contact.email().toLowerCase(java.util.Locale.ROOT), contact);
            }
        }
        java.util.Set<String> onList = new java.util.HashSet<>();
        for (ModuleLists.Member listed : lists.activeMembers(listId)) {
            String email = listed.email().toLowerCase(java.util.Locale.ROOT);
            onList.add(email);
            if (!wanted.containsKey(email)) {
                lists.removeMember(listId, listed.email(), source(network.id()));
            }
        }
        for (Map.Entry<String, Member.Contact> entry : wanted.entrySet()) {
            if (!onList.contains(entry.getKey())) {
                lists.addMember(
                        listId, entry.getValue().email(), entry.getValue().name(), source(network.id()));
            }
        }
    }

    /** Every network's list, for the nightly run. */
    @Transactional
    void syncLists() {
        networks().forEach(this::syncList);
    }

    /**
     * Records the day a member leaves (the first day outside the network). Its contacts leave the members' list on
     * that day: at once when it is today or earlier, else by the nightly run; until then the member stays active.
     */
    @Transactional
    void leave(long networkId, long memberId, LocalDate leftOn) {
        Network network = find(networkId).orElseThrow();
        Member member = member(networkId, memberId)
                .orElseThrow(() -> new Rejected(new Violation("leftOn", "networks.member.notFound")));
        if (member.leftBy(today())) {
            throw Rejected.conflict("leftOn", "networks.member.alreadyLeft");
        }
        if (leftOn.isBefore(member.joinedOn())) {
            throw new Rejected(new Violation(
                    "leftOn",
                    "networks.member.leftBeforeJoined",
                    java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(member.joinedOn())));
        }
        jdbc.sql("UPDATE network_member SET left_on = :left WHERE id = :id")
                .param("left", leftOn)
                .param("id", memberId)
                .update();
        audit.updated(
                MEMBER,
                memberId,
                Map.of("leftOn", String.valueOf(member.leftOn())),
                Map.of("leftOn", leftOn.toString()));
        contactsChanged(network);
    }

    // ---- membership requests from the public page ----

    record Request(
            long id,
            String cvr,
            String companyName,
            String contactName,
            String contactEmail,
            @Nullable String message) {}

    List<Request> pendingRequests(long networkId) {
        return jdbc.sql("""
                        SELECT id, cvr, company_name, contact_name, contact_email, message FROM network_request
                        WHERE network_id = :id AND status = 'PENDING' ORDER BY created_at""")
                .param("id", networkId)
                .query((rs, n) -> new Request(
                        rs.getLong("id"),
                        rs.getString("cvr"),
                        rs.getString("company_name"),
                        rs.getString("contact_name"),
                        rs.getString("contact_email"),
                        rs.getString("message")))
                .list();
    }

    long pendingRequestCount() {
        return jdbc.sql("SELECT count(*) FROM network_request WHERE status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    /** A company asks to join a public network; the CVR number must be in the register. */
    @Transactional
    long request(long networkId, RequestForm form) {
        findPublic(networkId).orElseThrow(() -> new Rejected(new Violation("cvr", "networks.request.notPublic")));
        String cvr = Cvr.normalize(form.cvr());
        Optional<CompanyRegister.RegisteredCompany> company = companies.find(cvr);
        if (company.isEmpty()) {
            throw new Rejected(new Violation("cvr", "networks.request.cvr.unknown"));
        }
        if (isCurrentMember(networkId, cvr, null)) {
            throw Rejected.conflict("cvr", "networks.request.alreadyMember");
        }
        boolean pending = jdbc.sql("""
                                SELECT count(*) FROM network_request
                                WHERE network_id = :network AND cvr = :cvr AND status = 'PENDING'""")
                        .param("network", networkId)
                        .param("cvr", cvr)
                        .query(Long.class)
                        .single()
                > 0;
        if (pending) {
            throw Rejected.conflict("cvr", "networks.request.alreadyPending");
        }
        long id = jdbc.sql("""
                        INSERT INTO network_request (network_id, cvr, company_name, contact_name, contact_email,
                            message, created_at)
                        VALUES (:network, :cvr, :company, :name, :email, :message, :now) RETURNING id""")
                .param("network", networkId)
                .param("cvr", cvr)
                .param("company", company.get().name())
                .param("name", form.contactName().strip())
                .param("email", form.contactEmail().strip())
                .param("message", MeetingForm.blankToNull(form.message()))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.created(REQUEST, id, Map.of("network", networkId, "cvr", cvr));
        return id;
    }

    /** Approves (adds the company as a member from today) or declines a pending request of this network. */
    @Transactional
    void decide(long networkId, long requestId, boolean approve) {
        Request request = pendingRequests(networkId).stream()
                .filter(r -> r.id() == requestId)
                .findFirst()
                .orElseThrow(() -> Rejected.conflict("request", "networks.request.notPending"));
        if (approve) {
            addMember(
                    networkId,
                    new MemberForm(
                            Member.Kind.COMPANY,
                            request.cvr(),
                            null,
                            request.contactName(),
                            request.contactEmail(),
                            Member.Role.MEMBER,
                            today()));
        }
        jdbc.sql("UPDATE network_request SET status = :status, decided_at = :now WHERE id = :id")
                .param("status", approve ? "APPROVED" : "DECLINED")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", requestId)
                .update();
        audit.updated(
                REQUEST, requestId, Map.of("status", "PENDING"), Map.of("status", approve ? "APPROVED" : "DECLINED"));
    }

    static String source(long networkId) {
        return "networks:" + networkId;
    }

    static Network network(ResultSet rs, int row) throws SQLException {
        long list = rs.getLong("list_id");
        Long listId = rs.wasNull() ? null : list;
        return new Network(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("purpose"),
                rs.getBoolean("public_page"),
                listId,
                rs.getTimestamp("created_at").toInstant());
    }

    static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getLong("network_id"),
                Member.Kind.valueOf(rs.getString("kind")),
                rs.getString("cvr"),
                rs.getString("name"),
                List.of(),
                Member.Role.valueOf(rs.getString("role")),
                rs.getObject("joined_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class));
    }

    static BigDecimal zeroIfNull(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
