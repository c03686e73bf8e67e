package dk.samspil.identity.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Glemt adgangskode?": the address to send a reset link to, if it belongs to a user. */
record ForgotPasswordForm(
        @NotBlank(message = "{identity.user.email.required}")
        @Email(message = "{identity.user.email.invalid}")
        @Size(max = 254, message = "{identity.user.email.size}")
        String email) {

    static ForgotPasswordForm empty() {
        return new ForgotPasswordForm("");
    }
}
