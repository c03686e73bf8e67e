package dk.samspil.companies.internal;

import dk.samspil.companies.CompanyRegister;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The register's lookup for other modules: one row of {@code company} by CVR number. */
@Component
class JdbcCompanyRegister implements CompanyRegister {

    private final JdbcClient jdbc;

    JdbcCompanyRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegisteredCompany> find(String cvr) {
        return jdbc.sql("SELECT cvr, name, industry_text FROM company WHERE cvr = :cvr")
                .param("cvr", cvr)
                .query((rs, n) ->
                        new RegisteredCompany(rs.getString("cvr"), rs.getString("name"), rs.getString("industry_text")))
                .optional();
    }
}
