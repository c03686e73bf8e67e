package dk.samspil.organisation.internal;

import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.FrontPageContribution;
import dk.samspil.platform.PageFragment;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The front page's contact: the business centre an administrator entered (name, address, mail, phone, website);
 * nothing until there is one, so any municipality can run Samspil with its own.
 */
@Component
@Order(10)
class FrontPageContact implements FrontPageContribution {

    private final OrganisationService organisation;

    FrontPageContact(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    public Place place() {
        return Place.CONTACT;
    }

    @Override
    public Optional<PageFragment> fragment() {
        return organisation
                .businessCentre()
                .map(centre -> new PageFragment("organisation/front", "frontContact", centre));
    }
}
