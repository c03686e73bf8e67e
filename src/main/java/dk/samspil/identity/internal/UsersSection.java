package dk.samspil.identity.internal;

import dk.samspil.platform.PageFragment;
import dk.samspil.platform.Roles;
import dk.samspil.platform.StartPageSection;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's start page: how many users there are, active and deactivated. */
@Component
class UsersSection implements StartPageSection {

    record Model(long active, long inactive) {}

    private final JdbcClient jdbc;

    UsersSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PageFragment> fragment() {
        Model model = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE active) AS active, count(*) FILTER (WHERE NOT active) AS inactive
                        FROM staff_user""")
                .query((rs, i) -> new Model(rs.getLong("active"), rs.getLong("inactive")))
                .single();
        return Optional.of(new PageFragment("identity/start", "users", model));
    }
}
