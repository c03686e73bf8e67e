package dk.samspil.identity.internal;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API token belongs to: lets automation check its token and see its roles. */
@RestController
class MeController {

    record Me(String email, String name, List<String> roles) {}

    private final StaffUserService users;

    MeController(StaffUserService users) {
        this.users = users;
    }

    @GetMapping("/api/v1/me")
    Me me(Principal principal) {
        StaffUser user = users.getByEmail(principal.getName());
        return new Me(user.email(), user.name(), user.roles());
    }
}
