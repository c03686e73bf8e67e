package dk.samspil.platform.internal.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Wrong value types on web forms ({@code consent=maybe}, {@code lots=x}) become a Danish field message
 * ({@code typeMismatch.*} in the message bundles) for every form, instead of a 500.
 * <p>
 * Why: when a form record's constructor argument cannot be converted, Spring builds the record with {@code null}
 * there but keeps the binding result it started with, whose target is {@code null}; the first {@code rejectValue}
 * or {@code th:field} on it then fails. Here the conversion errors of that phase are held back, so the binding result
 * is made for the record, and are added again when the form is validated ({@code @Valid}), with the value as sent.
 * Errors of setter binding (JavaBean forms) go straight to their binding result as before.
 */
@ControllerAdvice
class TypeMismatchBinding {

    @InitBinder
    void holdBackConstructorMismatches(WebDataBinder binder) {
        HeldBack heldBack = new HeldBack();
        binder.setBindingErrorProcessor(heldBack);
        binder.addValidators(heldBack);
    }

    private static final class HeldBack extends DefaultBindingErrorProcessor implements Validator {

        private static final MessageCodesResolver CODES = new DefaultMessageCodesResolver();

        private final List<FieldError> errors = new ArrayList<>();

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            if (result.getTarget() != null) {
                super.processPropertyAccessException(ex, result);
                return;
            }
            BeanPropertyBindingResult scratch = new BeanPropertyBindingResult(null, result.getObjectName());
            super.processPropertyAccessException(ex, scratch);
            scratch.getFieldErrors().forEach(error -> errors.add(withTypeCodes(error, ex)));
        }

        /**
         * Without a target the scratch result cannot know the field's type, so its codes lack
         * {@code typeMismatch.java.lang.Boolean} and the like; the exception knows it.
         */
        private static FieldError withTypeCodes(FieldError error, PropertyAccessException ex) {
            if (!(ex instanceof TypeMismatchException mismatch) || mismatch.getRequiredType() == null) {
                return error;
            }
            String[] codes = CODES.resolveMessageCodes(
                    ex.getErrorCode(), error.getObjectName(), error.getField(), mismatch.getRequiredType());
            return new FieldError(
                    error.getObjectName(),
                    error.getField(),
                    error.getRejectedValue(),
                    true,
                    codes,
                    error.getArguments(),
                    error.getDefaultMessage());
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors validated) {
            if (validated instanceof BindingResult result) {
                errors.forEach(result::addError);
            }
            errors.clear();
        }
    }
}
