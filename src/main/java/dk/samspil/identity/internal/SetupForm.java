package dk.samspil.identity.internal;

import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first administrator, created from a one-time set-up link. */
record SetupForm(
        String token,

        @NotBlank(message = "{identity.user.name.required}")
        @Size(max = 200, message = "{identity.user.name.size}")
        @SingleLine
        String name,

        @NotBlank(message = "{identity.user.email.required}")
        @EmailAddresses.Valid(message = "{identity.user.email.invalid}")
        @Size(max = 254, message = "{identity.user.email.size}")
        String email,

        String password,
        String passwordRepeat) {

    static SetupForm forToken(String token) {
        return new SetupForm(token, "", "", "", "");
    }
}
