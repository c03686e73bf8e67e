package dk.samspil.alerts.internal.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * An active subscription as the matcher needs it, in stored form (see {@code Criteria}): CPV codes as eight digits,
 * keywords lower case with {@code "quoted phrases"}.
 *
 * @param reference the followed entry for a follow subscription, {@code null} for criteria
 * @param notifyOn  names of the {@code NotifyOn} kinds
 */
record MatchableSubscription(
        long id,
        long subscriberId,
        String reference,
        List<String> cpvCodes,
        List<String> keywords,
        List<String> excludedKeywords,
        List<String> buyingUnits,
        BigDecimal minValueDkk,
        BigDecimal maxValueDkk,
        boolean smeSuitableOnly,
        List<String> notifyOn,
        String frequency) {

    MatchableSubscription {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        excludedKeywords = excludedKeywords == null ? List.of() : List.copyOf(excludedKeywords);
        buyingUnits = buyingUnits == null ? List.of() : List.copyOf(buyingUnits);
        notifyOn = notifyOn == null ? List.of() : List.copyOf(notifyOn);
    }

    boolean follow() {
        return reference != null;
    }
}
