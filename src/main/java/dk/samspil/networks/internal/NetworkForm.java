package dk.samspil.networks.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new network: name, purpose, public page or not, and this year's secretariat budget. */
record NetworkForm(
        @NotBlank(message = "{networks.name.required}") @Size(max = 200) @SingleLine
        String name,

        @NotBlank(message = "{networks.purpose.required}") @Size(max = 5000)
        String purpose,

        @Nullable Boolean publicPage,
        @Size(max = 40) @Nullable String budget) {

    static NetworkForm empty() {
        return new NetworkForm("", "", false, null);
    }

    boolean isPublic() {
        return Boolean.TRUE.equals(publicPage);
    }
}
