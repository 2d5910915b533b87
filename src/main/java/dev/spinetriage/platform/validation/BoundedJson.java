package dev.spinetriage.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Free-form JSON (a rule's condition) must be a JSON object within the API's limits: nested at most
 * {@link BoundedJsonValidator#MAX_DEPTH} deep, arrays of at most 50 items, strings of at most 200 characters. The
 * typed DTOs get the same limits from {@code @Size}; this is the equivalent for a {@code JsonNode}.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = BoundedJsonValidator.class)
public @interface BoundedJson {

    String message() default "must be a JSON object nested at most 32 deep, with arrays of at most 50 items and "
            + "strings of at most 200 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
