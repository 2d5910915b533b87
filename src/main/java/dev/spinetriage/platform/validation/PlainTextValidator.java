package dev.spinetriage.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; the violation names the first offending character by its code point. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        this.multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String kind = kind(c);
            if (kind != null) {
                context.disableDefaultConstraintViolation();
                // Only our own words and a hex code point: nothing of the client's text reaches the message template.
                context.buildConstraintViolationWithTemplate(String.format("must not contain %s (U+%04X)", kind, (int) c))
                        .addConstraintViolation();
                return false;
            }
        }
        return true;
    }

    private String kind(char c) {
        if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
            return null;
        }
        if (Character.getType(c) == Character.CONTROL) {
            return "a control character";
        }
        if (isBidiControl(c)) {
            return "a bidirectional-text control";
        }
        return null;
    }

    /** LRM, RLM, ALM, the embeddings and overrides (U+202A-U+202E) and the isolates (U+2066-U+2069). */
    static boolean isBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
