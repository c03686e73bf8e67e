package dk.samspil.identity.internal;

import jakarta.validation.constraints.NotBlank;

/** A user changes their own password: the current one, and the new one twice. */
record PasswordChangeForm(
        @NotBlank(message = "{identity.password.current.required}")
        String currentPassword,

        String newPassword,
        String newPasswordRepeat) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
