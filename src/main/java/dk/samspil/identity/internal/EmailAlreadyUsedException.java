package dk.samspil.identity.internal;

/** Another staff user already has this e-mail address (compared without regard to case). */
class EmailAlreadyUsedException extends RuntimeException {

    EmailAlreadyUsedException() {
        super("E-mail address already in use");
    }
}
