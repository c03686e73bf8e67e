package dk.samspil.companies.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A company as the list and its exports show it. */
record CompanyRow(
        String cvr,
        String name,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String municipalityCode,
        @Nullable String industryCode,
        @Nullable String industryText,
        @Nullable String employeeBand,
        @Nullable String website,
        @Nullable String email,
        @Nullable String phone,
        boolean advertisingProtected,
        List<String> tags) {

    CompanyRow {
        tags = List.copyOf(tags);
    }

    /** The employee band as people write it: {@code ANTAL_10_19} is 10–19. */
    public @Nullable String employees() {
        return CompanySearch.band(employeeBand);
    }
}
