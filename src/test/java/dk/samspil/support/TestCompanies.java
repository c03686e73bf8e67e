package dk.samspil.support;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Companies put straight into the register for a test, each with a fresh valid CVR number. */
public final class TestCompanies {

    private TestCompanies() {}

    /** A company named {@code name} (and its industry, if given); returns its CVR number. */
    public static String insert(JdbcClient jdbc, Clock clock, String name, @Nullable String industry) {
        String cvr = CvrNumbers.random();
        jdbc.sql("""
                        INSERT INTO company (cvr, name, industry_text, created_at, updated_at)
                        VALUES (:cvr, :name, :industry, :now, :now)""")
                .param("cvr", cvr)
                .param("name", name)
                .param("industry", industry)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return cvr;
    }
}
