package dk.samspil.identity.internal;

import dk.samspil.platform.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff users and their roles in {@code staff_user} / {@code staff_user_role}. E-mail matches ignore case. */
@Repository
class StaffUserRepository {

    /** Key of the transaction-scoped advisory lock that serialises start-up work across instances. */
    /** The most groups kept per user; identity providers cap the claim lower (Entra ID: 200). */
    static final int MAX_SSO_GROUPS = 1000;

    private static final long BOOTSTRAP_LOCK = 0x5a_4d_50_49_44L;

    private static final String SELECT = """
            SELECT u.id, u.email, u.name, u.password_hash, u.active, u.created_at, u.last_login_at,
                   u.password_version, u.password_change_required,
                   (SELECT max(f.locked_until) FROM login_failure f WHERE f.user_id = u.id) AS locked_until,
                   COALESCE(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
            FROM staff_user u LEFT JOIN staff_user_role r ON r.user_id = u.id
            """;

    private final JdbcClient jdbc;

    StaffUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffUser> findByEmail(String email) {
        return jdbc.sql(SELECT + " WHERE lower(u.email) = lower(:email) GROUP BY u.id")
                .param("email", email)
                .query(StaffUserRepository::map)
                .optional();
    }

    Optional<StaffUser> findById(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id GROUP BY u.id")
                .param("id", id)
                .query(StaffUserRepository::map)
                .optional();
    }

    /** The user linked to this identity at this identity provider by an earlier single sign-on. */
    Optional<StaffUser> findBySsoIdentity(String issuer, String subject) {
        return jdbc.sql(SELECT + " WHERE u.sso_issuer = :issuer AND u.sso_subject = :subject GROUP BY u.id")
                .param("issuer", issuer)
                .param("subject", subject)
                .query(StaffUserRepository::map)
                .optional();
    }

    /** Whether the user is linked to an identity provider's user other than this one. */
    boolean linkedToOtherSsoIdentity(long id, String issuer, String subject) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM staff_user WHERE id = :id AND sso_subject IS NOT NULL
                                       AND (sso_issuer <> :issuer OR sso_subject <> :subject))""")
                .param("id", id)
                .param("issuer", issuer)
                .param("subject", subject)
                .query(Boolean.class)
                .single();
    }

    void linkSsoIdentity(long id, String issuer, String subject) {
        jdbc.sql("UPDATE staff_user SET sso_issuer = :issuer, sso_subject = :subject WHERE id = :id")
                .param("issuer", issuer)
                .param("subject", subject)
                .param("id", id)
                .update();
    }

    /**
     * Keeps the identity provider's groups the user had at this login (each once regardless of case, at most
     * {@code MAX_SSO_GROUPS}), so the staff directory can read roles from the group mapping as it is now.
     */
    void replaceSsoGroups(long id, Collection<String> groups, Instant now) {
        jdbc.sql("DELETE FROM staff_user_sso_group WHERE user_id = :id")
                .param("id", id)
                .update();
        java.util.Map<String, String> distinct = new java.util.LinkedHashMap<>();
        groups.stream()
                .map(String::strip)
                .filter(group -> !group.isEmpty() && group.length() <= 1000)
                .limit(MAX_SSO_GROUPS)
                .forEach(group -> distinct.putIfAbsent(group.toLowerCase(java.util.Locale.ROOT), group));
        for (String group : distinct.values()) {
            jdbc.sql("INSERT INTO staff_user_sso_group (user_id, group_name) VALUES (:id, :group)")
                    .param("id", id)
                    .param("group", group)
                    .update();
        }
        jdbc.sql("UPDATE staff_user SET sso_groups_seen_at = :now WHERE id = :id")
                .param("now", ts(now))
                .param("id", id)
                .update();
    }

    List<StaffUser> findAll() {
        return jdbc.sql(SELECT + " GROUP BY u.id ORDER BY lower(u.name), u.id")
                .query(StaffUserRepository::map)
                .list();
    }

    boolean emailExists(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_user WHERE lower(email) = lower(:email))")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    long countActiveAdmins() {
        return jdbc.sql("""
                        SELECT count(*) FROM staff_user u JOIN staff_user_role r ON r.user_id = u.id
                        WHERE u.active AND r.role = :admin""").param("admin", Roles.ADMIN).query(Long.class).single();
    }

    /** The earliest created active administrator. */
    Optional<StaffUser> findFirstActiveAdmin() {
        return jdbc.sql(SELECT + """
                         WHERE u.active AND EXISTS (SELECT 1 FROM staff_user_role a WHERE a.user_id = u.id AND a.role = :admin)
                        GROUP BY u.id ORDER BY u.created_at, u.id LIMIT 1""")
                .param("admin", Roles.ADMIN)
                .query(StaffUserRepository::map)
                .optional();
    }

    /** Inserts a user; throws {@link EmailAlreadyUsedException} when the e-mail is taken (also under a race). */
    long insert(String email, String name, String passwordHash, Collection<String> roles, Instant now) {
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO staff_user (email, name, password_hash, created_at)
                            VALUES (:email, :name, :hash, :now) RETURNING id""")
                    .param("email", email)
                    .param("name", name)
                    .param("hash", passwordHash)
                    .param("now", ts(now))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new EmailAlreadyUsedException();
        }
        replaceRoles(id, roles);
        return id;
    }

    void updateName(long id, String name) {
        jdbc.sql("UPDATE staff_user SET name = :name WHERE id = :id")
                .param("name", name)
                .param("id", id)
                .update();
    }

    void replaceRoles(long id, Collection<String> roles) {
        jdbc.sql("DELETE FROM staff_user_role WHERE user_id = :id")
                .param("id", id)
                .update();
        for (String role : roles) {
            jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", id)
                    .param("role", role)
                    .update();
        }
    }

    void setActive(long id, boolean active) {
        jdbc.sql("UPDATE staff_user SET active = :active WHERE id = :id")
                .param("active", active)
                .param("id", id)
                .update();
    }

    /**
     * Sets a new password; the version rises, so every password link issued before stops working. With
     * {@code changeRequired} the user must choose another one at the next login.
     */
    void setPassword(long id, String passwordHash, boolean changeRequired) {
        jdbc.sql("""
                        UPDATE staff_user SET password_hash = :hash, password_version = password_version + 1,
                                              password_change_required = :required
                        WHERE id = :id""")
                .param("hash", passwordHash)
                .param("required", changeRequired)
                .param("id", id)
                .update();
    }

    /** The user, locked until the transaction ends: a password link is used at most once even when sent twice. */
    Optional<StaffUser> findByIdForUpdate(long id) {
        jdbc.sql("SELECT id FROM staff_user WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional();
        return findById(id);
    }

    boolean passwordChangeRequired(String email) {
        return jdbc.sql("SELECT password_change_required FROM staff_user WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void recordSuccessfulLogin(String email, Instant now) {
        jdbc.sql("UPDATE staff_user SET last_login_at = :now WHERE lower(email) = lower(:email)")
                .param("now", ts(now))
                .param("email", email)
                .update();
    }

    /** Serialises start-up work (demo users, bootstrap) between instances until the current transaction ends. */
    void lockForBootstrap() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", BOOTSTRAP_LOCK)
                .query()
                .listOfRows();
    }

    private static StaffUser map(ResultSet rs, int row) throws SQLException {
        List<String> roles = List.of((String[]) rs.getArray("roles").getArray());
        return new StaffUser(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("password_hash"),
                rs.getBoolean("active"),
                instant(rs, "locked_until"),
                instant(rs, "created_at"),
                instant(rs, "last_login_at"),
                roles,
                rs.getInt("password_version"),
                rs.getBoolean("password_change_required"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
