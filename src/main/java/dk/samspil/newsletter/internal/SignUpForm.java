package dk.samspil.newsletter.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The public sign-up: an address, optionally a name and the company's CVR number, and the lists wanted. */
record SignUpForm(
        @Nullable String email,
        @Nullable String name,
        @Nullable String cvr,
        @Nullable List<Long> listIds) {

    static SignUpForm empty() {
        return new SignUpForm(null, null, null, List.of());
    }

    List<Long> lists() {
        return listIds == null ? List.of() : listIds;
    }
}
