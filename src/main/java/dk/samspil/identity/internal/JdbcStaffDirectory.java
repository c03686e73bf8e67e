package dk.samspil.identity.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.platform.StaffDirectory;

/** The staff directory from the users and their own roles (roles given through a single sign-on group are not seen). */
@Component
class JdbcStaffDirectory implements StaffDirectory {

    private final JdbcClient jdbc;

    JdbcStaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> activeEmailsWithRole(String role) {
        return jdbc.sql("""
                        SELECT u.email FROM staff_user u JOIN staff_user_role r ON r.user_id = u.id
                        WHERE r.role = :role AND u.active ORDER BY lower(u.email)""")
                .param("role", role).query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> active() {
        return jdbc.sql("SELECT id, name, email FROM staff_user WHERE active ORDER BY lower(name), lower(email)")
                .query((rs, n) -> new StaffMember(rs.getLong("id"), rs.getString("name"), rs.getString("email")))
                .list();
    }
}
