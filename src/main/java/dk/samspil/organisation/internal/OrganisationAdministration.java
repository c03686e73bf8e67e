package dk.samspil.organisation.internal;

import dk.samspil.organisation.BusinessCentre;
import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.AuditLog;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the municipality, its buying units and the business centre, each recorded in the audit log. */
@Service
class OrganisationAdministration {

    static final String MUNICIPALITY = "Municipality";
    static final String BUYING_UNIT = "BuyingUnit";
    static final String BUSINESS_CENTRE = "BusinessCentre";

    /** What a buying unit is made of, before it has an id. */
    record UnitData(String code, String name, String contactEmail) {}

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final LayoutMunicipality layout;

    OrganisationAdministration(
            JdbcClient jdbc, OrganisationService organisation, AuditLog audit, LayoutMunicipality layout) {
        this.layout = layout;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** Creates the municipality or replaces all its fields. */
    @Transactional
    public void saveMunicipality(Municipality municipality) {
        boolean created = insertMissingRow("municipality", municipality.name());
        Optional<Municipality> before = created ? Optional.empty() : lockedMunicipality();
        updateMunicipality(municipality);
        if (created) {
            audit.created(MUNICIPALITY, 1, municipality);
        } else {
            audit.updated(MUNICIPALITY, 1, before.orElseThrow(), municipality);
        }
    }

    /** Creates the business centre or replaces all its fields. */
    @Transactional
    public void saveBusinessCentre(BusinessCentre centre) {
        boolean created = insertMissingRow("business_centre", centre.name());
        Optional<BusinessCentre> before = created ? Optional.empty() : lockedBusinessCentre();
        jdbc.sql("""
                        UPDATE business_centre
                           SET name = :name, cvr = :cvr, address = :address, postal_code = :postalCode, city = :city,
                               contact_email = :contactEmail, contact_phone = :contactPhone, website = :website
                         WHERE id = 1""").paramSource(centre).update();
        if (created) {
            audit.created(BUSINESS_CENTRE, 1, centre);
        } else {
            audit.updated(BUSINESS_CENTRE, 1, before.orElseThrow(), centre);
        }
    }

    /** @throws DuplicateUnitException when another unit has the same code or name (ignoring case) */
    @Transactional
    public long createBuyingUnit(UnitData unit) {
        rejectDuplicates(unit, 0);
        try {
            long id = jdbc.sql("""
                            INSERT INTO buying_unit (code, name, contact_email) VALUES (:code, :name, :contactEmail)
                            RETURNING id""").paramSource(unit).query(Long.class).single();
            audit.created(BUYING_UNIT, id, organisation.buyingUnit(id).orElseThrow());
            return id;
        } catch (DuplicateKeyException e) {
            throw DuplicateUnitException.from(e);
        }
    }

    /**
     * @return false when there is no unit with this id
     * @throws DuplicateUnitException when another unit has the same code or name (ignoring case)
     */
    @Transactional
    public boolean updateBuyingUnit(long id, UnitData unit) {
        Optional<BuyingUnit> before = lockedUnit(id);
        if (before.isEmpty()) {
            return false;
        }
        rejectDuplicates(unit, id);
        try {
            jdbc.sql("UPDATE buying_unit SET code = :code, name = :name, contact_email = :contactEmail WHERE id = :id")
                    .param("code", unit.code())
                    .param("name", unit.name())
                    .param("contactEmail", unit.contactEmail())
                    .param("id", id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw DuplicateUnitException.from(e);
        }
        audit.updated(BUYING_UNIT, id, before.get(), organisation.buyingUnit(id).orElseThrow());
        return true;
    }

    /** Deactivated units can no longer be chosen but stay on everything that already refers to them. */
    @Transactional
    public boolean setActive(long id, boolean active) {
        Optional<BuyingUnit> before = lockedUnit(id);
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE buying_unit SET active = :active WHERE id = :id")
                .param("active", active)
                .param("id", id)
                .update();
        audit.updated(BUYING_UNIT, id, before.get(), organisation.buyingUnit(id).orElseThrow());
        return true;
    }

    /**
     * Fills in what is missing of the demo organisation: the municipality when it is not configured yet (returns
     * true then), and the units and business centre whatever the municipality, so the demo plan always finds its
     * buying units. Safe when several instances start at once: the municipality row decides which one fills it in.
     * Units whose code or name already exists are left as they are, and so is an existing business centre.
     */
    @Transactional
    public boolean initialise(Municipality municipality, List<UnitData> units, BusinessCentre centre) {
        boolean created = insertMissingRow("municipality", municipality.name());
        if (created) {
            updateMunicipality(municipality);
            audit.created(MUNICIPALITY, 1, municipality);
        }
        for (UnitData unit : units) {
            if (!taken("code", unit.code(), 0) && !taken("name", unit.name(), 0)) {
                createBuyingUnit(unit);
            }
        }
        if (organisation.businessCentre().isEmpty()) {
            saveBusinessCentre(centre);
        }
        return created;
    }

    /** Inserts the single row with just a name unless it exists; waits for a concurrent insert to commit. */
    private boolean insertMissingRow(String table, String name) {
        return jdbc.sql("INSERT INTO " + table + " (id, name) VALUES (1, :name) ON CONFLICT (id) DO NOTHING")
                        .param("name", name)
                        .update()
                == 1;
    }

    private void updateMunicipality(Municipality municipality) {
        jdbc.sql("""
                        UPDATE municipality
                           SET name = :name, municipality_code = :municipalityCode, cvr = :cvr, address = :address,
                               postal_code = :postalCode, city = :city, nuts_code = :nutsCode, logo_url = :logoUrl,
                               ocid_prefix = :ocidPrefix, contact_email = :contactEmail, contact_phone = :contactPhone,
                               website = :website, reference_prefix = :referencePrefix
                         WHERE id = 1""").paramSource(municipality).update();
        layout.forgetAfterCommit();
    }

    private Optional<Municipality> lockedMunicipality() {
        return jdbc.sql("""
                        SELECT name, municipality_code, cvr, address, postal_code, city, nuts_code, logo_url,
                               ocid_prefix, contact_email, contact_phone, website, reference_prefix
                        FROM municipality WHERE id = 1 FOR UPDATE""").query(Municipality.class).optional();
    }

    private Optional<BusinessCentre> lockedBusinessCentre() {
        return jdbc.sql("""
                        SELECT name, cvr, address, postal_code, city, contact_email, contact_phone, website
                        FROM business_centre WHERE id = 1 FOR UPDATE""").query(BusinessCentre.class).optional();
    }

    private Optional<BuyingUnit> lockedUnit(long id) {
        return jdbc.sql("SELECT id, code, name, contact_email, active FROM buying_unit WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(BuyingUnit.class)
                .optional();
    }

    private void rejectDuplicates(UnitData unit, long exceptId) {
        if (taken("code", unit.code(), exceptId)) {
            throw new DuplicateUnitException(DuplicateUnitException.Field.CODE);
        }
        if (taken("name", unit.name(), exceptId)) {
            throw new DuplicateUnitException(DuplicateUnitException.Field.NAME);
        }
    }

    private boolean taken(String column, String value, long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM buying_unit WHERE lower(" + column
                        + ") = lower(:value) AND id <> :id)")
                .param("value", value)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }
}
