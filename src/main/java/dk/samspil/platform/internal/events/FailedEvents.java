package dk.samspil.platform.internal.events;

import dk.samspil.platform.AuditActor;
import dk.samspil.platform.PageFragment;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.Roles;
import dk.samspil.platform.StartPageSection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Module events whose listener failed {@code samspil.event-retry.max-attempts} times: {@link FailedEventRetries}
 * leaves them alone, so the administrator's start page lists them, and an administrator may hand one to its listener
 * again once the cause (a mail server away, a bad row) is fixed.
 */
@Component
class FailedEvents implements StartPageSection {

    static final int SHOWN = 20;

    private static final Logger log = LoggerFactory.getLogger(FailedEvents.class);

    /**
     * @param eventType the event's simple class name, e.g. {@code ProcurementPublished}
     * @param listener  the listening method, e.g. {@code DeliveryListeners.on}
     */
    record Publication(
            UUID id,
            String eventType,
            String listener,
            Instant publishedAt,
            int attempts,
            @Nullable Instant lastAttemptAt) {}

    record Model(List<Publication> publications) {}

    private final JdbcClient jdbc;
    private final FailedEventPublications failed;
    private final PlatformProperties.EventRetry settings;

    FailedEvents(JdbcClient jdbc, FailedEventPublications failed, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.failed = failed;
        this.settings = properties.eventRetry();
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public int order() {
        return 920;
    }

    @Override
    public Optional<PageFragment> fragment() {
        return Optional.of(new PageFragment("admin/start", "failedEvents", new Model(list())));
    }

    /** The retry-capped publications, newest first. */
    @Transactional(readOnly = true)
    List<Publication> list() {
        return jdbc.sql("""
                        SELECT id, event_type, listener_id, publication_date, completion_attempts,
                            last_resubmission_date
                        FROM event_publication
                        WHERE status = 'FAILED' AND completion_date IS NULL AND completion_attempts >= :max
                        ORDER BY publication_date DESC LIMIT :limit""")
                .param("max", settings.maxAttempts())
                .param("limit", SHOWN)
                .query((rs, i) -> new Publication(
                        rs.getObject("id", UUID.class),
                        simpleName(rs.getString("event_type")),
                        listener(rs.getString("listener_id")),
                        rs.getTimestamp("publication_date").toInstant(),
                        rs.getInt("completion_attempts"),
                        rs.getTimestamp("last_resubmission_date") == null
                                ? null
                                : rs.getTimestamp("last_resubmission_date").toInstant()))
                .list();
    }

    /** Hands one failed publication to its listener again now; the registry claims it, so no instance doubles it. */
    void retry(UUID id) {
        log.info(
                "{} resubmits failed event publication {}", AuditActor.current().name(), id);
        failed.resubmit(ResubmissionOptions.defaults()
                .withMinAge(Duration.ZERO)
                .withMaxInFlight(1)
                .withFilter(publication -> publication.getIdentifier().equals(id)));
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** {@code dk.samspil.alerts.internal.delivery.DeliveryListeners.on(dk.samspil...)} as {@code DeliveryListeners.on}. */
    private static String listener(String id) {
        String method = id.contains("(") ? id.substring(0, id.indexOf('(')) : id;
        int dot = method.lastIndexOf('.');
        int classDot = dot > 0 ? method.lastIndexOf('.', dot - 1) : -1;
        return method.substring(classDot + 1);
    }
}
