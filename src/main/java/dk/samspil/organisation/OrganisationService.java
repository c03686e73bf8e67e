package dk.samspil.organisation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the municipality, its buying units and the business centre. Nothing is cached: each call is one small
 * query (no transaction of its own; it joins the caller's), so every instance sees an administrator's change at once.
 */
@Service
public class OrganisationService {

    private static final String UNIT_COLUMNS = "id, code, name, contact_email, active";

    private final JdbcClient jdbc;

    OrganisationService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipality, or empty until an administrator (or the demo data) has filled it in. */
    public Optional<Municipality> municipality() {
        return jdbc.sql("""
                        SELECT name, municipality_code, cvr, address, postal_code, city, nuts_code, logo_url,
                               ocid_prefix, contact_email, contact_phone, website, reference_prefix
                        FROM municipality WHERE id = 1""").query(Municipality.class).optional();
    }

    /** The business centre, or empty until it is filled in. */
    public Optional<BusinessCentre> businessCentre() {
        return jdbc.sql("""
                        SELECT name, cvr, address, postal_code, city, contact_email, contact_phone, website
                        FROM business_centre WHERE id = 1""").query(BusinessCentre.class).optional();
    }

    /** Active buying units by name, for choosing one. */
    public List<BuyingUnit> buyingUnits() {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM buying_unit WHERE active ORDER BY lower(name)")
                .query(BuyingUnit.class)
                .list();
    }

    /** All buying units by name, inactive ones included. */
    public List<BuyingUnit> allBuyingUnits() {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM buying_unit ORDER BY active DESC, lower(name)")
                .query(BuyingUnit.class)
                .list();
    }

    /** The unit with this id, active or not (older records may refer to a unit that has since been deactivated). */
    public Optional<BuyingUnit> buyingUnit(long id) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM buying_unit WHERE id = :id")
                .param("id", id)
                .query(BuyingUnit.class)
                .optional();
    }

    /**
     * The unit whose code or name is this text, ignoring case and surrounding spaces, active or not; a code match
     * wins over a name match.
     */
    public Optional<BuyingUnit> buyingUnit(@Nullable String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + UNIT_COLUMNS + """
                         FROM buying_unit
                        WHERE lower(code) = lower(:text) OR lower(name) = lower(:text)
                        ORDER BY lower(code) = lower(:text) DESC
                        LIMIT 1""")
                .param("text", codeOrName.strip())
                .query(BuyingUnit.class)
                .optional();
    }
}
