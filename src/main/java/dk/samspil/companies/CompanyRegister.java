package dk.samspil.companies;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Looks a company up in the register (typed in or from the CVR distribution) by its CVR number. */
public interface CompanyRegister {

    /**
     * A company in the register.
     *
     * @param industryText the industry's name from CVR data, when known
     */
    record RegisteredCompany(
            String cvr, String name, @Nullable String industryText) {}

    /** The company with this CVR number (eight digits), if the register has it. */
    Optional<RegisteredCompany> find(String cvr);
}
