package dk.samspil.pipeline.internal.procurement;

import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.Violation;
import java.util.List;
import org.springframework.stereotype.Component;

/** The pipeline's view of the organisation's buying units. */
@Component
public class BuyingUnits {

    private final OrganisationService organisation;

    BuyingUnits(OrganisationService organisation) {
        this.organisation = organisation;
    }

    public List<Violation> check(Long buyingUnitId) {
        if (buyingUnitId == null) {
            return List.of();
        }
        return organisation.buyingUnit(buyingUnitId).filter(BuyingUnit::active).isPresent()
                ? List.of()
                : List.of(new Violation("buyingUnit", "pipeline.error.buyingUnit.unknown"));
    }
}
