package dev.spinetriage.platform.problem;

import java.util.List;

/**
 * A failure the client must hear about as a specific problem type (409, 412, 422, 428 ...). Services throw it with a
 * detail written for the client; {@link ProblemExceptionMappers} renders it.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
