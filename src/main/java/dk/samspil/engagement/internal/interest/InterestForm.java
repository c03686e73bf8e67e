package dk.samspil.engagement.internal.interest;

import java.util.List;
import java.util.Locale;

/** The public form's fields; the rules are checked by {@link InterestRules}, the same as for the API. */
record InterestForm(String companyName, String companyCvr, String contactName, String email, String phone,
                    List<Integer> lots, String note, Boolean partnerFinding, String capabilities, String seeking) {

    static InterestForm empty() {
        return new InterestForm(null, null, null, null, null, List.of(), null, false, null, null);
    }

    InterestRequest request(Locale locale) {
        return new InterestRequest(companyName, companyCvr, contactName, email, phone, lots, note,
                Boolean.TRUE.equals(partnerFinding), capabilities, seeking,
                "en".equals(locale.getLanguage()) ? "en" : "da");
    }
}
