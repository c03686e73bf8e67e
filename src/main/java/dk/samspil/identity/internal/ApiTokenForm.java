package dk.samspil.identity.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A user creates a personal API token. */
record ApiTokenForm(
        @NotBlank(message = "{identity.token.name.required}")
        @Size(max = 100, message = "{identity.token.name.size}")
        @SingleLine
        String name,

        @NotNull(message = "{identity.token.expiry.range}")
        @Min(value = 1, message = "{identity.token.expiry.range}")
        @Max(value = 365, message = "{identity.token.expiry.range}")
        Integer expiryDays) {

    static final int DEFAULT_EXPIRY_DAYS = 90;

    static ApiTokenForm empty() {
        return new ApiTokenForm("", DEFAULT_EXPIRY_DAYS);
    }
}
