package dk.samspil.engagement.internal.interest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** An expression of interest as stored, with its proof of consent. */
record Interest(
        long id,
        String procurementReference,
        String companyName,
        String companyCvr,
        String contactName,
        String email,
        String phone,
        List<Integer> lots,
        String note,
        boolean partnerSought,
        boolean partnerVisible,
        String capabilities,
        String seeking,
        String language,
        Status status,
        Instant createdAt,
        Instant confirmedAt,
        String consentTextVersion,
        Instant consentAt,
        String consentClientAddress,
        String consentSource,
        String confirmClientAddress) {

    enum Status {
        PENDING,
        CONFIRMED
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }
}
