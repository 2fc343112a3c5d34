package org.maizuru.claims.api.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * A Bean Validation message in the caller's language. The container interpolates a violation's message once,
 * in the server's language; the template is kept, so it is read again here in the language the caller asked
 * for (the provider's own bundles hold Japanese for the standard constraints; ours are in ValidationMessages).
 */
final class ViolationText {

    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    private ViolationText() {}

    static String of(ConstraintViolation<?> violation, Locale language) {
        return INTERPOLATOR.interpolate(
                violation.getMessageTemplate(),
                new MessageInterpolator.Context() {
                    @Override
                    public ConstraintDescriptor<?> getConstraintDescriptor() {
                        return violation.getConstraintDescriptor();
                    }

                    @Override
                    public Object getValidatedValue() {
                        return violation.getInvalidValue();
                    }

                    @Override
                    public <T> T unwrap(Class<T> type) {
                        throw new ValidationException("Nothing to unwrap to " + type.getName());
                    }
                },
                language);
    }
}
