package dev.spinetriage.triage.idempotency;

import dev.spinetriage.platform.problem.Problem.FieldError;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The client's {@code Idempotency-Key} header: 1 to 255 visible ASCII characters (no spaces, no control
 * characters), so it can be quoted in a problem's detail and stored as it is. A UUID per logical request is typical.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    /** How long a key holds: a retry within this gets the first answer; after it the key may be used afresh. */
    public static final int LIFETIME_HOURS = 24;

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1,255}");

    public IdempotencyKey {
        if (value == null || !VISIBLE_ASCII.matcher(value).matches()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "The " + HEADER + " header is invalid.",
                    List.of(new FieldError(HEADER, "must be sent once, 1 to 255 visible ASCII characters (no spaces)")));
        }
    }

    /** Null when the header was not sent: the request is then not idempotent. Sent twice, it is ambiguous. */
    public static IdempotencyKey ofHeader(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return new IdempotencyKey(values.size() == 1 ? values.get(0) : null);
    }
}
