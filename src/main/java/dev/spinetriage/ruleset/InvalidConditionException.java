package dev.spinetriage.ruleset;

import java.util.List;

/** A rule condition that cannot be read; {@link #problems()} lists each one with its path. */
public class InvalidConditionException extends RuntimeException {

    private final List<String> problems;

    public InvalidConditionException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
