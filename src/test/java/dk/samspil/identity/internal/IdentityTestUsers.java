package dk.samspil.identity.internal;

import java.util.List;
import java.util.UUID;

/** Unique staff users for tests on the shared database. */
final class IdentityTestUsers {

    static final String PASSWORD = "korrekt-hest-batteri";

    private IdentityTestUsers() {}

    static String uniqueEmail() {
        return "test-" + UUID.randomUUID() + "@example.dk";
    }

    static StaffUser create(StaffUserService users, String... roles) {
        return users.create("Test Testesen", uniqueEmail(), List.of(roles), PASSWORD);
    }
}
