package dk.samspil.engagement.internal.company;

import dk.samspil.companies.CompanyInterestSource;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the company register's filter "interested in purchases in CPV X": the companies (by CVR number) with a confirmed
 * expression of interest in a planned purchase that has a CPV code in an area overlapping X.
 */
@Component
class CompanyEngagementInterests implements CompanyInterestSource {

    private final JdbcClient jdbc;
    private final ProcurementService procurements;

    CompanyEngagementInterests(JdbcClient jdbc, ProcurementService procurements) {
        this.jdbc = jdbc;
        this.procurements = procurements;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> interestedIn(String cpvPrefix) {
        record Interest(String cvr, String reference) {}
        List<Interest> interests = jdbc.sql("""
                        SELECT DISTINCT company_cvr, procurement_reference FROM engagement_interest
                        WHERE company_cvr IS NOT NULL AND status = 'CONFIRMED'""")
                .query((rs, i) -> new Interest(rs.getString(1), rs.getString(2)))
                .list();
        Map<String, Boolean> overlaps = new HashMap<>();
        Set<String> cvrs = new HashSet<>();
        for (Interest interest : interests) {
            boolean overlap = overlaps.computeIfAbsent(
                    interest.reference(),
                    reference -> procurements
                            .find(reference)
                            .map(PlannedProcurement::details)
                            .map(details ->
                                    details.cpvCodes().stream().anyMatch(code -> overlaps(area(code), cpvPrefix)))
                            .orElse(false));
            if (overlap) {
                cvrs.add(interest.cvr());
            }
        }
        return cvrs;
    }

    private static boolean overlaps(String area, String prefix) {
        return area.startsWith(prefix) || prefix.startsWith(area);
    }

    /** The code's significant digits (at least the division's two). */
    private static String area(String code) {
        String digits = code.length() > 8 ? code.substring(0, 8) : code;
        String trimmed = digits.replaceAll("0+$", "");
        return trimmed.length() < 2 ? digits.substring(0, Math.min(2, digits.length())) : trimmed;
    }
}
