package dk.samspil.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The group → role mapping of single sign-on in {@code sso_group_role}; group names match regardless of case. */
@Repository
class GroupRoleRepository {

    private final JdbcClient jdbc;

    GroupRoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GroupRole> findAll() {
        return jdbc.sql("SELECT id, group_name, role FROM sso_group_role ORDER BY lower(group_name), role")
                .query((rs, row) -> new GroupRole(rs.getLong("id"), rs.getString("group_name"), rs.getString("role")))
                .list();
    }

    Optional<GroupRole> findById(long id) {
        return jdbc.sql("SELECT id, group_name, role FROM sso_group_role WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new GroupRole(rs.getLong("id"), rs.getString("group_name"), rs.getString("role")))
                .optional();
    }

    /** The roles the given groups map to, sorted, each once. */
    List<String> rolesOf(Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<String> lower = groups.stream()
                .map(group -> group.toLowerCase(java.util.Locale.ROOT))
                .toList();
        return jdbc.sql("SELECT DISTINCT role FROM sso_group_role WHERE lower(group_name) IN (:groups) ORDER BY role")
                .param("groups", lower)
                .query(String.class)
                .list();
    }

    /** Inserts a mapping; throws {@link DuplicateKeyException} when the group already has that role. */
    long insert(String group, String role, Instant now) {
        return jdbc.sql(
                        "INSERT INTO sso_group_role (group_name, role, created_at) VALUES (:group, :role, :now) RETURNING id")
                .param("group", group)
                .param("role", role)
                .param("now", StaffUserRepository.ts(now))
                .query(Long.class)
                .single();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM sso_group_role WHERE id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }

    /** The e-mail addresses of users who logged in by single sign-on and hold {@code role}. */
    java.util.List<String> singleSignOnUsersWithRole(String role) {
        return jdbc.sql("""
                        SELECT u.email FROM staff_user u JOIN staff_user_role r ON r.user_id = u.id
                        WHERE u.sso_subject IS NOT NULL AND r.role = :role""").param("role", role).query(String.class).list();
    }
}
