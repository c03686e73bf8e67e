package dk.samspil.companies.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the CVR distribution says about a company today: the current value of each of its histories. */
record CvrFacts(
        String cvr,
        String name,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String municipalityCode,
        @Nullable String industryCode,
        @Nullable String industryText,
        @Nullable String website,
        @Nullable String email,
        @Nullable String phone,
        List<String> secondaryNames,
        List<String> pNumbers,
        @Nullable String companyForm,
        @Nullable String employeeBand,
        @Nullable String status,
        boolean advertisingProtected,
        @Nullable LocalDate started,
        @Nullable LocalDate ended) {

    CvrFacts {
        secondaryNames = List.copyOf(secondaryNames);
        pNumbers = List.copyOf(pNumbers);
    }

    /** A digest of every fact: equal digests mean an import has nothing to change. */
    String fingerprint() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
