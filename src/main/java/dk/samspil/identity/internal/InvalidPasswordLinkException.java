package dk.samspil.identity.internal;

/** A password link that cannot be used (forged, expired, already used, or for a deactivated user). */
class InvalidPasswordLinkException extends RuntimeException {

    private final PasswordLinks.Refusal refusal;

    InvalidPasswordLinkException(PasswordLinks.Refusal refusal) {
        super("Password link refused: " + refusal);
        this.refusal = refusal;
    }

    PasswordLinks.Refusal refusal() {
        return refusal;
    }
}
