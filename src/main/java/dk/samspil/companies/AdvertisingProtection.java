package dk.samspil.companies;

import java.util.Collection;
import java.util.Set;

/**
 * CVR's reklamebeskyttelse: companies that asked not to be contacted for marketing. Modules that send marketing
 * (newsletters on a marketing list) ask here before they write to a company's people.
 */
public interface AdvertisingProtection {

    /** Those of the CVR numbers whose companies are under reklamebeskyttelse in the register; unknown ones are not. */
    Set<String> protectedAmong(Collection<String> cvrs);
}
