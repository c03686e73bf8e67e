package dk.samspil.identity.internal;

/** A set-up link that is unknown, expired or already used. */
class InvalidSetupTokenException extends RuntimeException {

    private final SetupService.TokenState state;

    InvalidSetupTokenException(SetupService.TokenState state) {
        super("Set-up link cannot be used: " + state);
        this.state = state;
    }

    SetupService.TokenState state() {
        return state;
    }
}
