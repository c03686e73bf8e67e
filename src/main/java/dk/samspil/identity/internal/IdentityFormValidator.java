package dk.samspil.identity.internal;

import dk.samspil.platform.Roles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules Bean Validation cannot express: known roles, the password policy and repeated passwords.
 * Passwords need at least 12 characters and at most 72 bytes (what BCrypt can hash).
 */
@Component
class IdentityFormValidator implements Validator {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_BYTES = 72;

    @Override
    public boolean supports(Class<?> type) {
        return type == NewUserForm.class
                || type == EditUserForm.class
                || type == PasswordResetForm.class
                || type == PasswordChangeForm.class
                || type == SetupForm.class
                || type == ChosenPasswordForm.class;
    }

    @Override
    public void validate(Object target, Errors errors) {
        if (target instanceof NewUserForm form) {
            roles(form.roles(), errors);
        } else if (target instanceof EditUserForm form) {
            roles(form.roles(), errors);
        } else if (target instanceof PasswordResetForm form) {
            password(form.password(), "password", errors);
        } else if (target instanceof PasswordChangeForm form) {
            password(form.newPassword(), "newPassword", errors);
            repeated(form.newPassword(), form.newPasswordRepeat(), "newPasswordRepeat", errors);
        } else if (target instanceof ChosenPasswordForm form) {
            password(form.password(), "password", errors);
            repeated(form.password(), form.passwordRepeat(), "passwordRepeat", errors);
        } else if (target instanceof SetupForm form) {
            password(form.password(), "password", errors);
            repeated(form.password(), form.passwordRepeat(), "passwordRepeat", errors);
        }
    }

    /** Whether a password from outside a form (the start-up settings) meets the policy. */
    static boolean acceptable(String password) {
        return password != null
                && password.length() >= MIN_PASSWORD_LENGTH
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    private static void roles(List<String> roles, Errors errors) {
        if (roles != null && !Roles.STAFF.containsAll(roles)) {
            errors.rejectValue("roles", "identity.user.roles.unknown");
        }
    }

    private static void password(String password, String field, Errors errors) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.rejectValue(field, "identity.password.tooShort", new Object[] {MIN_PASSWORD_LENGTH}, null);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.rejectValue(field, "identity.password.tooLong", new Object[] {MAX_PASSWORD_BYTES}, null);
        }
    }

    private static void repeated(String password, String repeat, String field, Errors errors) {
        if (!Objects.equals(password, repeat)) {
            errors.rejectValue(field, "identity.password.mismatch");
        }
    }
}
