package dk.samspil.alerts.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a subscription matches on and what it wants to hear about. Keywords are single words or
 * {@code "quoted phrases"} (with the quotes), lower case.
 *
 * @param cpvCodes    eight-digit CPV codes; each covers every code below it
 * @param buyingUnits buying unit codes
 * @param notifyOn    names of {@link NotifyOn}
 * @param frequency   name of a {@link Frequency}
 */
record Criteria(
        List<String> cpvCodes,
        List<String> keywords,
        List<String> excludedKeywords,
        List<String> buyingUnits,
        BigDecimal minValueDkk,
        BigDecimal maxValueDkk,
        boolean smeSuitableOnly,
        List<String> notifyOn,
        String frequency) {

    Criteria {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        excludedKeywords = excludedKeywords == null ? List.of() : List.copyOf(excludedKeywords);
        buyingUnits = buyingUnits == null ? List.of() : List.copyOf(buyingUnits);
        notifyOn = notifyOn == null ? List.of() : List.copyOf(notifyOn);
    }

    /** A follower hears about everything that happens to the entry, as it happens. */
    static Criteria follow() {
        return new Criteria(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                false,
                NotifyOn.names(),
                Frequency.IMMEDIATE.name());
    }
}
