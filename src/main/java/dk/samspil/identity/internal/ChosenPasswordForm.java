package dk.samspil.identity.internal;

/** A user chooses a password from an e-mailed link (invitation or reset); the token is the link's. */
record ChosenPasswordForm(String token, String password, String passwordRepeat) {

    static ChosenPasswordForm forToken(String token) {
        return new ChosenPasswordForm(token, "", "");
    }
}
