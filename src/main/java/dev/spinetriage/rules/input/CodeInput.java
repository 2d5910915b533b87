package dev.spinetriage.rules.input;

import java.util.List;

/** One code of a closed list (laterality, motor deficit …); {@code null} means not reported. */
public final class CodeInput<E extends Enum<E>> extends Input<E> implements Coded<E> {

    private final Class<E> codeType;
    private final String category;

    CodeInput(String path, String question, boolean required, Class<E> codeType, String category,
            List<EnableWhen> enableWhen) {
        super(path, question, required, enableWhen);
        this.codeType = codeType;
        this.category = category;
    }

    @Override
    public Class<E> codeType() {
        return codeType;
    }

    @Override
    public String category() {
        return category;
    }

    @Override
    public QuestionType questionType() {
        return QuestionType.CHOICE;
    }

    @Override
    E normalise(Object raw) {
        return codeType.cast(raw);
    }
}
