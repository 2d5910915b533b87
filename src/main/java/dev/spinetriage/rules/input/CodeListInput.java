package dev.spinetriage.rules.input;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A set of codes of a closed list. Never unknown: an absent list means none was reported.
 *
 * @param mustBeAssessed a reported code that no rule of a therapy assesses is shown on that therapy as a caution the
 *                       specialist must assess (contraindications, implanted devices): nothing reported is lost
 */
public final class CodeListInput<E extends Enum<E>> extends Input<Set<E>> implements Coded<E> {

    private final Class<E> codeType;
    private final String category;
    private final boolean mustBeAssessed;

    CodeListInput(String path, String question, boolean required, Class<E> codeType, String category,
            boolean mustBeAssessed, List<EnableWhen> enableWhen) {
        super(path, question, required, enableWhen);
        this.codeType = codeType;
        this.category = category;
        this.mustBeAssessed = mustBeAssessed;
    }

    @Override
    public Class<E> codeType() {
        return codeType;
    }

    @Override
    public String category() {
        return category;
    }

    public boolean mustBeAssessed() {
        return mustBeAssessed;
    }

    @Override
    public QuestionType questionType() {
        return QuestionType.CHOICE;
    }

    @Override
    public boolean repeats() {
        return true;
    }

    @Override
    public boolean isReported(Set<E> value) {
        return !value.isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    Set<E> normalise(Object raw) {
        Set<E> codes = EnumSet.noneOf(codeType);
        if (raw != null) {
            codes.addAll((Set<E>) raw);
        }
        return Collections.unmodifiableSet(codes);
    }

    @Override
    public String describe(Set<E> value) {
        return value.isEmpty() ? "none reported" : value.toString();
    }
}
