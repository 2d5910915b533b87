package dev.spinetriage.rules.input;

import java.util.List;

/**
 * A list of records (prior injections, prior spine surgery). Never unknown: an absent list means none was reported.
 * Its {@link #fields()} are declared like inputs (path {@code <list>.<component>}) so the questionnaire can ask them
 * as a repeating group; the engine reads the list as a whole.
 */
public final class RecordListInput<R extends Record> extends Input<List<R>> {

    private final Class<R> recordType;
    private final List<Input<?>> fields;

    RecordListInput(String path, String question, Class<R> recordType, List<Input<?>> fields,
            List<EnableWhen> enableWhen) {
        super(path, question, false, enableWhen);
        this.recordType = recordType;
        this.fields = List.copyOf(fields);
    }

    /** The engine's record for one element; its component names are the request's field names. */
    public Class<R> recordType() {
        return recordType;
    }

    public List<Input<?>> fields() {
        return fields;
    }

    @Override
    public QuestionType questionType() {
        return QuestionType.GROUP;
    }

    @Override
    public boolean repeats() {
        return true;
    }

    @Override
    public boolean isReported(List<R> value) {
        return !value.isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    List<R> normalise(Object raw) {
        return raw == null ? List.of() : List.copyOf((List<R>) raw);
    }

    @Override
    public String describe(List<R> value) {
        return value.isEmpty() ? "none reported" : value.size() + " reported";
    }
}
