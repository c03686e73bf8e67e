package dk.samspil.engagement.internal.interest;

import java.util.List;
import java.util.Objects;

/** An expression of interest as the form or the API gives it, before the rules have checked it. */
record InterestRequest(
        String companyName,
        String companyCvr,
        String contactName,
        String email,
        String phone,
        List<Integer> lots,
        String note,
        boolean partnerFinding,
        String capabilities,
        String seeking,
        String language) {

    InterestRequest {
        lots = lots == null
                ? List.of()
                : lots.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }
}
