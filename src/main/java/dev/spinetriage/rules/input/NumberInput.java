package dev.spinetriage.rules.input;

import java.util.List;

/** A whole number within [min, max] (the request accepts nothing else); {@code null} means not reported. */
public final class NumberInput extends Input<Integer> {

    private final int min;
    private final int max;

    NumberInput(String path, String question, boolean required, int min, int max, List<EnableWhen> enableWhen) {
        super(path, question, required, enableWhen);
        this.min = min;
        this.max = max;
    }

    /** Smallest value the API accepts (the request DTO enforces the same range; a test checks they agree). */
    public int min() {
        return min;
    }

    /** Largest value the API accepts. */
    public int max() {
        return max;
    }

    @Override
    public QuestionType questionType() {
        return QuestionType.INTEGER;
    }

    @Override
    Integer normalise(Object raw) {
        return (Integer) raw;
    }
}
