package dk.samspil.companies;

import java.util.List;
import java.util.Set;

/**
 * Extension point of the company register: a module shows what it knows about a company on the company's timeline
 * ({@code /intern/virksomheder/{cvr}}) by its CVR number, without the register depending on that module. Each module
 * decides what the viewer's roles may see (never e-mail addresses to roles that may not see them).
 */
public interface CompanyTimelineContribution {

    /**
     * @param cvr         the company's CVR number (8 digits)
     * @param viewerRoles the viewer's roles, without {@code ROLE_}
     */
    List<CompanyTimelineItem> items(String cvr, Set<String> viewerRoles);
}
