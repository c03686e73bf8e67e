package dk.samspil.identity.internal;

/** An administrator sets a new password for a user. */
record PasswordResetForm(String password) {

    static PasswordResetForm empty() {
        return new PasswordResetForm("");
    }
}
