package dk.samspil.tendernews.internal;

import dk.samspil.companies.CompanyRegister;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.DateLimits;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The phone guidance log: staff record each guidance contact with a company found by CVR number in the register. */
@Service
class GuidanceService {

    static final String ENTITY = "TenderGuidance";
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final JdbcClient jdbc;
    private final CompanyRegister companies;
    private final AuditLog audit;
    private final Clock clock;

    GuidanceService(JdbcClient jdbc, CompanyRegister companies, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(COPENHAGEN));
    }

    @Transactional
    long log(GuidanceForm form, String staffUser) {
        LocalDate on = Objects.requireNonNull(form.contactedOn());
        if (!DateLimits.isWithin(on)) {
            throw new Rejected(DateLimits.violation("contactedOn"));
        }
        if (on.isAfter(today())) {
            throw new Rejected(new Violation("contactedOn", "tendernews.guidance.error.date.future"));
        }
        String cvr = Objects.requireNonNull(form.cvr()).strip();
        CompanyRegister.RegisteredCompany company = companies
                .find(cvr)
                .orElseThrow(() -> new Rejected(new Violation("cvr", "tendernews.guidance.error.cvr.unknown", cvr)));
        long id = jdbc.sql("""
                        INSERT INTO tender_guidance (contacted_on, staff_user, contact_name, cvr, company_name, subject,
                                                     outcome, follow_up, passed_to_provider, created_at)
                        VALUES (:on, :staff, :contact, :cvr, :company, :subject, :outcome, :followUp, :passed, :now)
                        RETURNING id""")
                .param("on", on)
                .param("staff", staffUser)
                .param("contact", blankToNull(form.contactName()))
                .param("cvr", cvr)
                .param("company", company.name())
                .param("subject", Objects.requireNonNull(form.subject()).strip())
                .param("outcome", blankToNull(form.outcome()))
                .param("followUp", blankToNull(form.followUp()))
                .param("passed", form.passedToProvider())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("contactedOn", on.toString());
        state.put("cvr", cvr);
        state.put("subject", form.subject());
        state.put("passedToProvider", form.passedToProvider());
        audit.created(ENTITY, id, state);
        return id;
    }

    List<Guidance> recent(int limit) {
        return jdbc.sql("SELECT * FROM tender_guidance ORDER BY contacted_on DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query(Guidance.class)
                .list();
    }

    List<Guidance> ofCompany(String cvr) {
        return jdbc.sql("SELECT * FROM tender_guidance WHERE cvr = :cvr ORDER BY contacted_on DESC, id DESC")
                .param("cvr", cvr)
                .query(Guidance.class)
                .list();
    }

    long countSince(LocalDate from) {
        return jdbc.sql("SELECT count(*) FROM tender_guidance WHERE contacted_on >= :from")
                .param("from", from)
                .query(Long.class)
                .single();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
