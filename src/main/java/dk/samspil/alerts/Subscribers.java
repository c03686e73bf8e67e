package dk.samspil.alerts;

import dk.samspil.platform.DanishFormats;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person per e-mail address across Samspil: the subscriber that alerts keep ({@code alert_subscriber}) is also the
 * subscriber of other modules' mailing lists (newsletters). A module that {@link #register registers} a person names
 * its use, so the clean-up of alert subscribers who never confirmed an alert leaves that person alone; erasing the
 * person (by the person through the alerts manage page, or by staff) erases them everywhere.
 */
@Component
public class Subscribers {

    /**
     * A person known by e-mail address.
     *
     * @param companyCvr the company the person spoke for when they last gave one
     * @param language   {@code da} or {@code en}: the language of their mails
     */
    public record Person(
            long id,
            String email,
            @Nullable String name,
            @Nullable String companyCvr,
            String language) {

        public Locale locale() {
            return "en".equals(language) ? Locale.ENGLISH : DanishFormats.DANISH;
        }
    }

    private static final String COLUMNS = "id, email, name, company_cvr, language";

    private final JdbcClient jdbc;
    private final AlertLinks links;
    private final Clock clock;

    Subscribers(JdbcClient jdbc, AlertLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.clock = clock;
    }

    /**
     * The person with this address (any case), created when new; a CVR number or name given fills in what was
     * unknown, and the language is the latest asked for. {@code use} (e.g. {@code newsletter}) keeps the person.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Person register(
            String email, @Nullable String name, @Nullable String companyCvr, String language, String use) {
        String lang = "en".equals(language) ? "en" : "da";
        return jdbc.sql("""
                        INSERT INTO alert_subscriber (email, name, company_cvr, language, created_at, used_by)
                        VALUES (:email, :name, :cvr, :language, :now, ARRAY[CAST(:use AS text)])
                        ON CONFLICT ((lower(email))) DO UPDATE
                            SET name = COALESCE(alert_subscriber.name, EXCLUDED.name),
                                company_cvr = COALESCE(EXCLUDED.company_cvr, alert_subscriber.company_cvr),
                                language = EXCLUDED.language,
                                used_by = CASE WHEN :use = ANY (alert_subscriber.used_by) THEN alert_subscriber.used_by
                                               ELSE alert_subscriber.used_by || CAST(:use AS text) END
                        RETURNING\s""" + COLUMNS)
                .param("email", email.strip())
                .param("name", name)
                .param("cvr", companyCvr)
                .param("language", lang)
                .param("now", Timestamp.from(clock.instant()))
                .param("use", use)
                .query(Subscribers::person)
                .single();
    }

    public Optional<Person> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscriber WHERE id = :id")
                .param("id", id)
                .query(Subscribers::person)
                .optional();
    }

    public Optional<Person> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscriber WHERE lower(email) = lower(:email)")
                .param("email", email.strip())
                .query(Subscribers::person)
                .optional();
    }

    public List<Person> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscriber WHERE id = ANY (:ids) ORDER BY id")
                .param("ids", ids.toArray(Long[]::new))
                .query(Subscribers::person)
                .list();
    }

    /** Whether the person has alerts (subscriptions or follows, confirmed or not). */
    public boolean hasAlerts(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM alert_subscription WHERE subscriber_id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** The signed link to the person's alerts page (edit, pause, export, erase everything). */
    public String alertsManageUrl(long id) {
        return links.manageUrl(id);
    }

    private static Person person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Person(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("company_cvr"),
                rs.getString("language"));
    }
}
