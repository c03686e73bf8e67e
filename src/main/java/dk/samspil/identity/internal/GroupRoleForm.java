package dk.samspil.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator maps an identity provider's group (its id or name) to a Samspil role. */
record GroupRoleForm(
        @NotBlank(message = "{identity.groups.group.required}")
        @Size(max = 256, message = "{identity.groups.group.size}")
        String group,

        @NotBlank(message = "{identity.groups.role.required}")
        String role) {

    static GroupRoleForm empty() {
        return new GroupRoleForm("", "");
    }
}
