package dk.samspil.companies.internal;

import dk.samspil.companies.CompanySegments;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.Violation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved segments of the business centre: a name and a {@link CompanyFilter}. What a segment holds is worked out when it
 * is read, as the business centre sees the register (its visits count for "visited in the last months").
 */
@Service
class CompanySegmentService implements CompanySegments {

    static final String SEGMENT = "CompanySegment";
    static final int NAME_MAX = 100;

    /** A saved segment with its filter. */
    record Saved(UUID id, String name, CompanyFilter filter, String createdBy, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CompanySearch search;
    private final AuditLog audit;
    private final Clock clock;

    CompanySegmentService(JdbcClient jdbc, JsonMapper json, CompanySearch search, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.search = search;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Saved> saved() {
        return jdbc.sql("SELECT * FROM company_segment ORDER BY lower(name), id")
                .query((rs, n) -> new Saved(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        json.readValue(rs.getString("filter"), CompanyFilter.class),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Saved> saved(UUID id) {
        return saved().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Saves the filter under the name.
     *
     * @throws Rejected for a missing, too long or taken name, or a filter that breaks a rule
     */
    @Transactional
    UUID create(String name, CompanyFilter filter, String by) {
        String clean = name == null ? "" : name.strip();
        CompanyFilter normalised = filter.normalised();
        List<Violation> violations = new ArrayList<>(normalised.violations());
        if (clean.isEmpty()) {
            violations.add(new Violation("name", "companies.segment.error.name.required"));
        } else if (clean.length() > NAME_MAX || !TextInput.isSingleLine(clean)) {
            violations.add(new Violation("name", "companies.segment.error.name.size", NAME_MAX));
        }
        if (normalised.isEmpty()) {
            violations.add(new Violation("q", "companies.segment.error.empty"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        INSERT INTO company_segment (id, name, filter, created_by, created_at)
                        VALUES (:id, :name, CAST(:filter AS jsonb), :by, :now)
                        ON CONFLICT DO NOTHING""")
                .param("id", id)
                .param("name", clean)
                .param("filter", json.writeValueAsString(normalised))
                .param("by", by)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw new Rejected(new Violation("name", "companies.segment.error.name.taken"));
        }
        audit.created(SEGMENT, id, Map.of("name", clean, "filter", normalised));
        return id;
    }

    @Transactional
    boolean delete(UUID id) {
        Optional<Saved> segment = saved(id);
        segment.ifPresent(s -> {
            jdbc.sql("DELETE FROM company_segment WHERE id = :id")
                    .param("id", id)
                    .update();
            audit.deleted(SEGMENT, id, Map.of("name", s.name()));
        });
        return segment.isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Segment> all() {
        return saved().stream().map(this::segment).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Segment> find(UUID id) {
        return saved(id).map(this::segment);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> cvrs(UUID id) {
        return saved(id)
                .map(s -> (Set<String>) new LinkedHashSet<>(search.cvrs(s.filter(), StaffOrganisation.BUSINESS_CENTRE)))
                .orElse(Set.of());
    }

    private Segment segment(Saved saved) {
        return new Segment(
                saved.id(),
                saved.name(),
                search.cvrs(saved.filter(), StaffOrganisation.BUSINESS_CENTRE).size());
    }
}
