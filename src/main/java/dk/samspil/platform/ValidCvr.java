package dk.samspil.platform;

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
 * The annotated text is a valid {@link Cvr} number, written in any way {@link Cvr#normalize} accepts ("29 18 85 48",
 * "DK29188548"); a wrong check digit gets its own message ({@link Cvr#CHECK_DIGIT_MESSAGE}). {@code null} and blank
 * pass, so that the field may be optional; add {@code @NotBlank} where a CVR number is required. Store
 * {@link Cvr#normalize} of the value.
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
@Constraint(validatedBy = ValidCvr.Validator.class)
public @interface ValidCvr {

    String message() default "{validation.cvr}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCvr, CharSequence> {

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            Cvr.Check check = Cvr.check(value.toString());
            if (check == Cvr.Check.CHECK_DIGIT) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + Cvr.CHECK_DIGIT_MESSAGE + "}")
                        .addConstraintViolation();
            }
            return check == Cvr.Check.VALID;
        }
    }
}
