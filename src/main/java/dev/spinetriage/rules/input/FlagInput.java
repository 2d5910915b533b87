package dev.spinetriage.rules.input;

import java.util.List;

/** A yes/no input; {@code null} means not reported. */
public final class FlagInput extends Input<Boolean> {

    FlagInput(String path, String question, List<EnableWhen> enableWhen) {
        super(path, question, false, enableWhen);
    }

    @Override
    public QuestionType questionType() {
        return QuestionType.BOOLEAN;
    }

    @Override
    Boolean normalise(Object raw) {
        return (Boolean) raw;
    }
}
