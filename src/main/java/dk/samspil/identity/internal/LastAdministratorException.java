package dk.samspil.identity.internal;

/** The change would leave nobody who can administer users. */
class LastAdministratorException extends RuntimeException {

    LastAdministratorException() {
        super("At least one active administrator must remain");
    }
}
