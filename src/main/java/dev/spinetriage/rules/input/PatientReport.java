package dev.spinetriage.rules.input;

import dev.spinetriage.rules.code.Contraindication;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the patient reports, as the engine sees it: one value per input of the {@link InputCatalogue}. A {@code null}
 * number, flag or code means "not reported", which the engine treats as unknown (never as false or none): rules that
 * depend on it neither fire nor fail, and the missing input may become a follow-up question. Lists are never null:
 * an absent list means none was reported. Immutable; {@link #with} makes the report that differs by one answer.
 */
public final class PatientReport {

    private final Object[] values;

    private PatientReport(Object[] values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder(new Object[InputCatalogue.size()]);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Input<T> input) {
        return (T) values[input.index()];
    }

    public boolean isReported(Input<?> input) {
        return isReported(input, values[input.index()]);
    }

    @SuppressWarnings("unchecked")
    private static <T> boolean isReported(Input<T> input, Object value) {
        return input.isReported((T) value);
    }

    /** Age in whole years; the request always has it. */
    public int ageYears() {
        Integer age = get(InputCatalogue.AGE_YEARS);
        return age == null ? 0 : age;
    }

    /** This report with one answer changed (or removed, with {@code null}); the others are not copied again. */
    public <T> PatientReport with(Input<T> input, T value) {
        if (input == InputCatalogue.PREGNANT || input == InputCatalogue.CONTRAINDICATIONS) {
            Builder changed = new Builder(values.clone());
            changed.set(input, value);
            return changed.build();
        }
        Object[] changed = values.clone();
        changed[input.index()] = input.normalise(value);
        return new PatientReport(changed);
    }

    /** This report with one code added to a code list ({@code present}) or removed from it. */
    public PatientReport withCode(CodeListInput<?> list, Enum<?> code, boolean present) {
        return withTypedCode(list, code, present);
    }

    private <E extends Enum<E>> PatientReport withTypedCode(CodeListInput<E> list, Enum<?> code, boolean present) {
        Set<E> codes = EnumSet.noneOf(list.codeType());
        codes.addAll(get(list));
        E typed = list.codeType().cast(code);
        if (present) {
            codes.add(typed);
        } else {
            codes.remove(typed);
        }
        return with(list, codes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PatientReport report && Arrays.equals(values, report.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("PatientReport{");
        for (Input<?> input : InputCatalogue.all()) {
            if (isReported(input)) {
                text.append(input.path()).append('=').append(values[input.index()]).append(", ");
            }
        }
        return text.append('}').toString();
    }

    /** Collects answers; {@link #build} normalises them (lists never null, pregnancy stated once). */
    public static final class Builder {

        private final Object[] values;

        private Builder(Object[] values) {
            this.values = values;
        }

        public <T> Builder set(Input<T> input, T value) {
            if (input.index() < 0) {
                throw new IllegalArgumentException(input.path() + " is part of a list, not an input of its own");
            }
            values[input.index()] = value;
            return this;
        }

        public PatientReport build() {
            Object[] normalised = new Object[values.length];
            for (Input<?> input : InputCatalogue.all()) {
                normalised[input.index()] = input.normalise(values[input.index()]);
            }
            // patient.pregnant and the PREGNANCY code say the same thing; rules only need to test the code.
            if (Boolean.TRUE.equals(normalised[InputCatalogue.PREGNANT.index()])) {
                Set<Contraindication> codes = EnumSet.of(Contraindication.PREGNANCY);
                codes.addAll(InputCatalogue.CONTRAINDICATIONS.normalise(normalised[InputCatalogue.CONTRAINDICATIONS
                        .index()]));
                normalised[InputCatalogue.CONTRAINDICATIONS.index()] = InputCatalogue.CONTRAINDICATIONS.normalise(codes);
            }
            return new PatientReport(normalised);
        }
    }
}
