package dk.samspil.platform;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every create, change and delete of domain data: who, when, which entity and the changed fields old → new.
 * Call it inside the service's transaction, so the entry and the change commit together. Pass records (or maps)
 * of the entity's state; fields named in {@link #SECRET_FIELDS} are never stored.
 */
@Service
public class AuditLog {

    /** {@code REFUSE}: an attempt that was turned away and changed nothing (a refused single sign-on). */
    public enum Action {
        CREATE,
        UPDATE,
        DELETE,
        REFUSE
    }

    /** One field's change. Values are shown as text; {@code null} means "no value". */
    public record Change(@Nullable String from, @Nullable String to) {}

    private static final Set<String> SECRET_FIELDS = Set.of("password", "passwordHash", "tokenHash", "secret");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, Object entityId, Object state) {
        record(Action.CREATE, entityType, entityId, diff(null, state), AuditActor.current());
    }

    /** Records only the fields that differ; records nothing when nothing changed. */
    /**
     * Records the creation of many entities at once (an import), in one batch of statements: the same entries as
     * {@link #created} for each, without a round trip to the database per entity.
     *
     * @param states each new entity's state by its id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void createdAll(String entityType, Map<?, ?> states) {
        if (states.isEmpty()) {
            return;
        }
        AuditActor actor = AuditActor.current();
        Timestamp at = Timestamp.from(clock.instant());
        MapSqlParameterSource[] rows = states.entrySet().stream()
                .map(entry -> new MapSqlParameterSource()
                        .addValue("at", at)
                        .addValue("actorType", actor.type().name())
                        .addValue("actor", actor.name())
                        .addValue("action", Action.CREATE.name())
                        .addValue("entityType", entityType)
                        .addValue("entityId", String.valueOf(entry.getKey()))
                        .addValue("changes", json.writeValueAsString(diff(null, entry.getValue()))))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO audit_entry (occurred_at, actor_type, actor, action, entity_type, entity_id, changes)
                VALUES (:at, :actorType, :actor, :action, :entityType, :entityId, CAST(:changes AS jsonb))""", rows);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entityType, Object entityId, Object before, Object after) {
        Map<String, Change> changes = diff(before, after);
        if (!changes.isEmpty()) {
            record(Action.UPDATE, entityType, entityId, changes, AuditActor.current());
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, Object entityId, Object state) {
        record(Action.DELETE, entityType, entityId, diff(state, null), AuditActor.current());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            Action action, String entityType, Object entityId, Map<String, Change> changes, AuditActor actor) {
        jdbc.sql("""
                        INSERT INTO audit_entry (occurred_at, actor_type, actor, action, entity_type, entity_id, changes)
                        VALUES (:at, :actorType, :actor, :action, :entityType, :entityId, CAST(:changes AS jsonb))""")
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actorType", actor.type().name())
                .param("actor", actor.name())
                .param("action", action.name())
                .param("entityType", entityType)
                .param("entityId", String.valueOf(entityId))
                .param("changes", json.writeValueAsString(changes))
                .update();
    }

    /** Field-by-field difference of two states (records or maps); either side may be {@code null}. */
    public static Map<String, Change> diff(@Nullable Object before, @Nullable Object after) {
        Map<String, Object> old = fields(before);
        Map<String, Object> now = fields(after);
        Map<String, Change> changes = new LinkedHashMap<>();
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(old.keySet());
        names.addAll(now.keySet());
        for (String name : names) {
            if (SECRET_FIELDS.contains(name)) {
                continue;
            }
            String from = text(old.get(name));
            String to = text(now.get(name));
            if (!Objects.equals(from, to)) {
                changes.put(name, new Change(from, to));
            }
        }
        return changes;
    }

    private static Map<String, Object> fields(Object state) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (state == null) {
            return fields;
        }
        if (state instanceof Map<?, ?> map) {
            map.forEach((key, value) -> fields.put(String.valueOf(key), value));
            return fields;
        }
        if (!state.getClass().isRecord()) {
            throw new IllegalArgumentException("Audit state must be a record or a map: " + state.getClass());
        }
        for (RecordComponent component : state.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                fields.put(component.getName(), component.getAccessor().invoke(state));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).sorted().toList().toString();
        }
        return String.valueOf(value);
    }
}
