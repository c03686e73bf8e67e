package dk.samspil.engagement.internal.interest;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for expressions of interest. */
@Repository
class InterestRepository {

    /** Counts per entry of confirmed interests. */
    record Counts(int interests, int partnershipsSought, int pending) {}

    private final JdbcClient jdbc;

    InterestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a pending interest unless the address is registered for the entry already; empty in that case. */
    Optional<Long> insertPending(
            String reference,
            InterestRequest request,
            String consentVersion,
            Instant now,
            String clientAddress,
            String source) {
        return jdbc.sql("""
                        INSERT INTO engagement_interest (procurement_reference, company_name, company_cvr,
                            contact_name, email, phone, lots, note, partner_sought, partner_visible, capabilities,
                            seeking, language, status, created_at, consent_text_version, consent_at,
                            consent_client_address, consent_source)
                        VALUES (:reference, :company, :cvr, :contact, :email, :phone, :lots, :note, :partner,
                            :partner, :capabilities, :seeking, :language, 'PENDING', :now, :version, :now,
                            :address, :source)
                        ON CONFLICT (procurement_reference, lower(email)) DO NOTHING
                        RETURNING id""")
                .param("reference", reference)
                .param("company", request.companyName())
                .param("cvr", request.companyCvr())
                .param("contact", request.contactName())
                .param("email", request.email())
                .param("phone", request.phone())
                .param("lots", request.lots().toArray(Integer[]::new))
                .param("note", request.note())
                .param("partner", request.partnerFinding())
                .param("capabilities", request.capabilities())
                .param("seeking", request.seeking())
                .param("language", request.language())
                .param("now", Timestamp.from(now))
                .param("version", consentVersion)
                .param("address", clientAddress)
                .param("source", source)
                .query(Long.class)
                .optional();
    }

    Optional<Interest> lockByEmail(String reference, String email) {
        return jdbc.sql("""
                        SELECT * FROM engagement_interest
                        WHERE procurement_reference = :reference AND lower(email) = lower(:email) FOR UPDATE""")
                .param("reference", reference)
                .param("email", email)
                .query(InterestRepository::interest)
                .optional();
    }

    Optional<Interest> find(long id) {
        return jdbc.sql("SELECT * FROM engagement_interest WHERE id = :id")
                .param("id", id)
                .query(InterestRepository::interest)
                .optional();
    }

    Optional<Interest> lock(long id) {
        return jdbc.sql("SELECT * FROM engagement_interest WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(InterestRepository::interest)
                .optional();
    }

    void confirm(long id, Instant now, String clientAddress) {
        jdbc.sql("""
                        UPDATE engagement_interest SET status = 'CONFIRMED', confirmed_at = :now,
                            confirm_client_address = :address
                        WHERE id = :id""")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .param("address", clientAddress)
                .update();
    }

    void hide(long id) {
        jdbc.sql("UPDATE engagement_interest SET partner_visible = FALSE WHERE id = :id")
                .param("id", id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM engagement_interest WHERE id = :id")
                .param("id", id)
                .update();
    }

    /** The other confirmed, visible companies on the same entry, by name. */
    List<Interest> partners(Interest own) {
        return jdbc.sql("""
                        SELECT * FROM engagement_interest
                        WHERE procurement_reference = :reference AND id <> :id AND status = 'CONFIRMED'
                            AND partner_visible
                        ORDER BY lower(company_name), id""")
                .param("reference", own.procurementReference())
                .param("id", own.id())
                .query(InterestRepository::interest)
                .list();
    }

    List<Interest> confirmedFor(String reference) {
        return jdbc.sql("""
                        SELECT * FROM engagement_interest
                        WHERE procurement_reference = :reference AND status = 'CONFIRMED'
                        ORDER BY confirmed_at, id""")
                .param("reference", reference)
                .query(InterestRepository::interest)
                .list();
    }

    Counts counts(String reference) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'CONFIRMED') AS interests,
                               count(*) FILTER (WHERE status = 'CONFIRMED' AND partner_sought) AS partners,
                               count(*) FILTER (WHERE status = 'PENDING') AS pending
                        FROM engagement_interest WHERE procurement_reference = :reference""")
                .param("reference", reference)
                .query((rs, row) -> new Counts(rs.getInt("interests"), rs.getInt("partners"), rs.getInt("pending")))
                .single();
    }

    Map<String, Integer> confirmedCounts(Collection<String> references) {
        Map<String, Integer> counts = new HashMap<>();
        if (references.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT procurement_reference, count(*) AS n FROM engagement_interest
                        WHERE status = 'CONFIRMED' AND procurement_reference IN (:references)
                        GROUP BY procurement_reference""").param("references", List.copyOf(references)).query(rs -> {
            counts.put(rs.getString("procurement_reference"), rs.getInt("n"));
        });
        return counts;
    }

    int deleteUnconfirmed(Instant cutoff) {
        return jdbc.sql("DELETE FROM engagement_interest WHERE status = 'PENDING' AND created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    private static Interest interest(ResultSet rs, int row) throws SQLException {
        return new Interest(
                rs.getLong("id"),
                rs.getString("procurement_reference"),
                rs.getString("company_name"),
                rs.getString("company_cvr"),
                rs.getString("contact_name"),
                rs.getString("email"),
                rs.getString("phone"),
                lots(rs.getArray("lots")),
                rs.getString("note"),
                rs.getBoolean("partner_sought"),
                rs.getBoolean("partner_visible"),
                rs.getString("capabilities"),
                rs.getString("seeking"),
                rs.getString("language"),
                Interest.Status.valueOf(rs.getString("status")),
                instant(rs, "created_at"),
                instant(rs, "confirmed_at"),
                rs.getString("consent_text_version"),
                instant(rs, "consent_at"),
                rs.getString("consent_client_address"),
                rs.getString("consent_source"),
                rs.getString("confirm_client_address"));
    }

    private static List<Integer> lots(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Integer[]) array.getArray()).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
