package dk.samspil.companies.internal;

import dk.samspil.companies.AdvertisingProtection;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the flag the CVR import keeps in {@code company.advertising_protected}. */
@Service
class JdbcAdvertisingProtection implements AdvertisingProtection {

    private final JdbcClient jdbc;

    JdbcAdvertisingProtection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> protectedAmong(Collection<String> cvrs) {
        if (cvrs.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT cvr FROM company WHERE advertising_protected AND cvr = ANY (:cvrs)")
                .param("cvrs", cvrs.toArray(String[]::new))
                .query(String.class)
                .list());
    }
}
