package dk.samspil.networks.internal;

import dk.samspil.companies.CompanyRegister;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.Numbers;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Conferences the municipality and the business centre attend together: who goes, companies along, shared costs. */
@Service
class ConferenceService {

    static final String CONFERENCE = "networks.conference";
    /** 100 million kroner, in øre: above it a typed amount is surely a mistake. */
    static final long MAX_ORE = 10_000_000_000L;

    private final JdbcClient jdbc;
    private final CompanyRegister companies;
    private final AuditLog audit;
    private final Clock clock;

    ConferenceService(JdbcClient jdbc, CompanyRegister companies, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    List<Conference> conferences() {
        return jdbc.sql("SELECT * FROM network_conference ORDER BY starts_on DESC, id DESC")
                .query(ConferenceService::conference)
                .list();
    }

    Optional<Conference> find(long id) {
        return jdbc.sql("SELECT * FROM network_conference WHERE id = :id")
                .param("id", id)
                .query(ConferenceService::conference)
                .optional();
    }

    @Transactional
    long create(ConferenceForm form) {
        List<Violation> problems = new ArrayList<>();
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            problems.add(new Violation("endsOn", "networks.conference.endsOn.beforeStart"));
        }
        String url = MeetingForm.blankToNull(form.url());
        if (url != null && !url.matches("https?://[^\\s]+")) {
            problems.add(new Violation("url", "networks.conference.url.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        long id = jdbc.sql("""
                        INSERT INTO network_conference (name, place, starts_on, ends_on, url, description, created_at)
                        VALUES (:name, :place, :starts, :ends, :url, :description, :now) RETURNING id""")
                .param("name", form.name().strip())
                .param("place", form.place().strip())
                .param("starts", form.startsOn())
                .param("ends", form.endsOn())
                .param("url", url)
                .param("description", MeetingForm.blankToNull(form.description()))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", form.name().strip());
        state.put("startsOn", String.valueOf(form.startsOn()));
        audit.created(CONFERENCE, id, state);
        return id;
    }

    List<Conference.Participant> participants(long conferenceId) {
        return jdbc.sql("""
                        SELECT * FROM network_conference_participant WHERE conference_id = :id
                        ORDER BY party DESC, lower(name)""")
                .param("id", conferenceId)
                .query((rs, n) -> new Conference.Participant(
                        rs.getLong("id"),
                        Conference.Party.valueOf(rs.getString("party")),
                        rs.getString("name"),
                        rs.getString("email")))
                .list();
    }

    @Transactional
    long addParticipant(long conferenceId, ParticipantForm form) {
        String name = form.name().strip();
        boolean taken = participants(conferenceId).stream()
                .anyMatch(p -> p.party() == form.party() && p.name().equalsIgnoreCase(name));
        if (taken) {
            throw new Rejected(new Violation("name", "networks.conference.participant.duplicate"));
        }
        long id = jdbc.sql("""
                        INSERT INTO network_conference_participant (conference_id, party, name, email, created_at)
                        VALUES (:conference, :party, :name, :email, :now) RETURNING id""")
                .param("conference", conferenceId)
                .param("party", form.party().name())
                .param("name", name)
                .param("email", MeetingForm.blankToNull(form.email()))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.updated(
                CONFERENCE,
                conferenceId,
                Map.of(),
                Map.of("participant", name, "party", form.party().name()));
        return id;
    }

    @Transactional
    void removeParticipant(long conferenceId, long participantId) {
        int removed = jdbc.sql("""
                        DELETE FROM network_conference_participant WHERE id = :id AND conference_id = :conference""")
                .param("id", participantId)
                .param("conference", conferenceId)
                .update();
        if (removed == 0) {
            throw Rejected.conflict("participant", "networks.conference.participant.notFound");
        }
        audit.updated(CONFERENCE, conferenceId, Map.of("participant", participantId), Map.of());
    }

    List<Conference.InvitedCompany> companies(long conferenceId) {
        return jdbc.sql("""
                        SELECT cvr, name FROM network_conference_company WHERE conference_id = :id
                        ORDER BY lower(name)""")
                .param("id", conferenceId)
                .query((rs, n) -> new Conference.InvitedCompany(rs.getString("cvr"), rs.getString("name")))
                .list();
    }

    /** A company from the register, invited along; once per conference. */
    @Transactional
    void inviteCompany(long conferenceId, InvitedCompanyForm form) {
        String cvr = Cvr.normalize(form.cvr());
        CompanyRegister.RegisteredCompany company = companies
                .find(cvr)
                .orElseThrow(() -> new Rejected(new Violation("cvr", "networks.conference.cvr.unknown")));
        int inserted = jdbc.sql("""
                        INSERT INTO network_conference_company (conference_id, cvr, name, created_at)
                        VALUES (:conference, :cvr, :name, :now) ON CONFLICT DO NOTHING""")
                .param("conference", conferenceId)
                .param("cvr", cvr)
                .param("name", company.name())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw new Rejected(new Violation("cvr", "networks.conference.cvr.duplicate"));
        }
        audit.updated(CONFERENCE, conferenceId, Map.of(), Map.of("company", cvr));
    }

    List<Conference.Cost> costs(long conferenceId) {
        return jdbc.sql("SELECT * FROM network_conference_cost WHERE conference_id = :id ORDER BY id")
                .param("id", conferenceId)
                .query((rs, n) -> new Conference.Cost(
                        rs.getLong("id"),
                        rs.getString("description"),
                        rs.getLong("amount_ore"),
                        rs.getLong("municipality_ore")))
                .list();
    }

    Conference.Totals totals(long conferenceId) {
        long amount = 0;
        long municipality = 0;
        for (Conference.Cost cost : costs(conferenceId)) {
            amount += cost.amountOre();
            municipality += cost.municipalityOre();
        }
        return new Conference.Totals(amount, municipality);
    }

    /** A cost split by the municipality's share in whole percent, rounded to the øre; the business centre pays the rest. */
    @Transactional
    long addCost(long conferenceId, CostForm form) {
        List<Violation> problems = new ArrayList<>();
        BigDecimal amount = Numbers.amount(form.amount()).orElse(null);
        Long ore = null;
        if (amount == null || amount.scale() > 2 || amount.signum() <= 0) {
            problems.add(new Violation("amount", "networks.conference.cost.amount.invalid"));
        } else {
            BigDecimal inOre = amount.movePointRight(2);
            if (inOre.compareTo(BigDecimal.valueOf(MAX_ORE)) > 0) {
                problems.add(new Violation("amount", "networks.conference.cost.amount.invalid"));
            } else {
                ore = inOre.longValueExact();
            }
        }
        Integer share =
                form.municipalityShare() == null || form.municipalityShare().isBlank()
                        ? Integer.valueOf(50)
                        : Numbers.wholeNumber(form.municipalityShare()
                                        .strip()
                                        .replace("%", "")
                                        .strip())
                                .orElse(null);
        if (share == null || share < 0 || share > 100) {
            problems.add(new Violation("municipalityShare", "networks.conference.cost.share.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        long municipality = BigDecimal.valueOf(ore)
                .multiply(BigDecimal.valueOf(share))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
        long id = jdbc.sql("""
                        INSERT INTO network_conference_cost (conference_id, description, amount_ore, municipality_ore,
                            created_at)
                        VALUES (:conference, :description, :amount, :municipality, :now) RETURNING id""")
                .param("conference", conferenceId)
                .param("description", form.description().strip())
                .param("amount", ore)
                .param("municipality", municipality)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.updated(
                CONFERENCE,
                conferenceId,
                Map.of(),
                Map.of("cost", form.description().strip(), "amountOre", ore, "municipalityOre", municipality));
        return id;
    }

    private static Conference conference(ResultSet rs, int row) throws SQLException {
        return new Conference(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("place"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("url"),
                rs.getString("description"));
    }
}
