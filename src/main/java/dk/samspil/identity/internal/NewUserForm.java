package dk.samspil.identity.internal;

import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An administrator invites a staff user: no password, the user chooses one from the invitation mail. */
record NewUserForm(
        @NotBlank(message = "{identity.user.name.required}")
        @Size(max = 200, message = "{identity.user.name.size}")
        @SingleLine
        String name,

        @NotBlank(message = "{identity.user.email.required}")
        @EmailAddresses.Valid(message = "{identity.user.email.invalid}")
        @Size(max = 254, message = "{identity.user.email.size}")
        String email,

        @NotEmpty(message = "{identity.user.roles.required}")
        List<String> roles) {

    static NewUserForm empty() {
        return new NewUserForm("", "", List.of());
    }
}
