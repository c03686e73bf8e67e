package dk.samspil.identity.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An administrator changes a user's name and roles; the e-mail address stays. */
record EditUserForm(
        @NotBlank(message = "{identity.user.name.required}")
        @Size(max = 200, message = "{identity.user.name.size}")
        @SingleLine
        String name,

        @NotEmpty(message = "{identity.user.roles.required}")
        List<String> roles) {

    static EditUserForm of(StaffUser user) {
        return new EditUserForm(user.name(), user.roles());
    }
}
