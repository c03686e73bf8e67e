package dk.samspil.platform;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * The one e-mail address rule of every form, API and import: a plain address ({@code anne@firma.dk}, no display
 * name), valid by RFC 822 as the mail outbox reads it, at most 254 characters, with a dot in the domain (so
 * {@code a@b} is refused everywhere). Danish letters are allowed; the sender delivers them (SMTPUTF8, IDNA).
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {}

    /** Whether the text (already stripped) is an address the outbox accepts. */
    public static boolean isValid(@Nullable String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > MAX_LENGTH
                || !TextInput.isSingleLine(text)
                || TextInput.hasControlCharacters(text)) {
            return false;
        }
        int at = text.lastIndexOf('@');
        if (at < 1 || text.indexOf('.', at) < 0 || text.endsWith(".")) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            return address.getPersonal() == null && address.getAddress().equals(text);
        } catch (AddressException e) {
            return false;
        }
    }

    /**
     * Bean Validation for {@link EmailAddresses#isValid}: {@code null} and blank pass (add {@code @NotBlank} where
     * an address is required); the value is stripped before the check.
     */
    @Documented
    @Target({
        ElementType.FIELD,
        ElementType.METHOD,
        ElementType.PARAMETER,
        ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE
    })
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Valid.Validator.class)
    public @interface Valid {

        String message() default "{validation.email}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Valid, CharSequence> {

            @Override
            public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
                return value == null
                        || value.toString().isBlank()
                        || EmailAddresses.isValid(value.toString().strip());
            }
        }
    }
}
