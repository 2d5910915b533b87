package dev.spinetriage.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person reads later (a key's name in the admin list, a change note, a rule's message): no control
 * characters, which can forge lines in logs and terminals, and no bidirectional-text controls (U+202E and its
 * kin), which make a name display as something other than what it is. {@link #multiline()} texts may hold line
 * breaks and tabs. Null is valid (pair with @NotBlank where a value is required).
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    String message() default "must be plain text: no control characters and no bidirectional-text controls";

    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
