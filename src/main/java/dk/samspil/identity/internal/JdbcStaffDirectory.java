package dk.samspil.identity.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff directory: who holds a role however it was granted. A user who logs in with a password holds the roles
 * an administrator gave them; a single sign-on user holds the roles their groups (as seen at their last login) map to
 * through the group mapping as it is now, so a mapping added or removed counts before their next login. A single
 * sign-on user whose groups were never seen (linked before the groups were kept) holds the roles of their last login.
 */
@Component
class JdbcStaffDirectory implements dk.samspil.platform.StaffDirectory {

    private final JdbcClient jdbc;

    JdbcStaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> activeEmailsWithRole(String role) {
        return jdbc.sql("""
                        SELECT u.email FROM staff_user u
                        WHERE u.active AND CASE WHEN u.sso_groups_seen_at IS NULL
                            THEN EXISTS (SELECT 1 FROM staff_user_role r WHERE r.user_id = u.id AND r.role = :role)
                            ELSE EXISTS (SELECT 1 FROM staff_user_sso_group g
                                         JOIN sso_group_role m ON lower(m.group_name) = lower(g.group_name)
                                         WHERE g.user_id = u.id AND m.role = :role) END
                        ORDER BY lower(u.email)""").param("role", role).query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> active() {
        return jdbc.sql("SELECT id, name, email FROM staff_user WHERE active ORDER BY lower(name), lower(email)")
                .query((rs, n) -> new StaffMember(rs.getLong("id"), rs.getString("name"), rs.getString("email")))
                .list();
    }
}
