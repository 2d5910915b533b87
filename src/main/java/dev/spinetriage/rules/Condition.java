package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import java.util.List;
import java.util.Set;

/**
 * A condition over a {@link PatientReport}, evaluated in three-valued logic. Built from a rule's JSON expression by
 * the ruleset loader; each record below is one operator of that language (see {@code ConditionJson} for the syntax).
 */
public sealed interface Condition {

    Truth evaluate(PatientReport report);

    /** Adds the inputs that made this condition {@link Truth#UNKNOWN} for this report: what to ask next. */
    void collectMissing(PatientReport report, Set<InputField> missing);

    /** Adds every code this condition tests in that field (used to say which reported red flags fired a rule). */
    default void collectCodes(CodeListField field, Set<Enum<?>> codes) {}

    /** True for every report. */
    record Always() implements Condition {
        @Override
        public Truth evaluate(PatientReport report) {
            return Truth.TRUE;
        }

        @Override
        public void collectMissing(PatientReport report, Set<InputField> missing) {}
    }

    record AllOf(List<Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Truth evaluate(PatientReport report) {
            Truth result = Truth.TRUE;
            for (Condition condition : conditions) {
                result = result.and(condition.evaluate(report));
                if (result == Truth.FALSE) {
                    return result;
                }
            }
            return result;
        }

        @Override
        public void collectMissing(PatientReport report, Set<InputField> missing) {
            conditions.forEach(c -> c.collectMissing(report, missing));
        }

        @Override
        public void collectCodes(CodeListField field, Set<Enum<?>> codes) {
            conditions.forEach(c -> c.collectCodes(field, codes));
        }
    }

    record AnyOf(List<Condition> conditions) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Truth evaluate(PatientReport report) {
            Truth result = Truth.FALSE;
            for (Condition condition : conditions) {
                result = result.or(condition.evaluate(report));
                if (result == Truth.TRUE) {
                    return result;
                }
            }
            return result;
        }

        @Override
        public void collectMissing(PatientReport report, Set<InputField> missing) {
            conditions.forEach(c -> c.collectMissing(report, missing));
        }

        @Override
        public void collectCodes(CodeListField field, Set<Enum<?>> codes) {
            conditions.forEach(c -> c.collectCodes(field, codes));
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public Truth evaluate(PatientReport report) {
            return condition.evaluate(report).not();
        }

        @Override
        public void collectMissing(PatientReport report, Set<InputField> missing) {
            condition.collectMissing(report, missing);
        }

        @Override
        public void collectCodes(CodeListField field, Set<Enum<?>> codes) {
            condition.collectCodes(field, codes);
        }
    }

    /** The field holds at least one of the codes ({@code all == false}) or every one of them. */
    record Includes(CodeListField field, Set<? extends Enum<?>> codes, boolean all) implements Condition {
        public Includes {
            codes = Set.copyOf(codes);
        }

        @Override
        public Truth evaluate(PatientReport report) {
            Set<? extends Enum<?>> values = field.valuesOf(report);
            if (all) {
                return Truth.of(values.containsAll(codes));
            }
            for (Enum<?> code : codes) {
                if (values.contains(code)) {
                    return Truth.TRUE;
                }
            }
            return Truth.FALSE;
        }

        @Override
        public void collectMissing(PatientReport report, Set<InputField> missing) {}

        @Override
        public void collectCodes(CodeListField field, Set<Enum<?>> found) {
            if (field == this.field) {
                found.addAll(codes);
            }
        }
    }

    /** A number compared with a bound: {@code value >= atLeast} and/or {@code value < below}. */
    record NumberInRange(NumberField field, Integer atLeast, Integer below) implements Condition {
        @Override
        public Truth evaluate(PatientReport report) {
            Integer value = field.valueOf(report);
            if (value == null) {
                return Truth.UNKNOWN;
            }
            return Truth.of((atLeast == null || value >= atLeast) && (below == null || value < below));
        }

        @Override
        public void collectMissing(PatientReport report, Set<InputField> missing) {
            if (field.valueOf(report) == null) {
                missing.add(field);
            }
        }
    }

    record FlagIs(FlagField field, boolean expected) implements Condition {
        @Override
        public Truth evaluate(PatientReport report) {
            Boolean value = field.valueOf(report);
            return value == null ? Truth.UNKNOWN : Truth.of(value == expected);
        }

        @Override
        public void collectMissing(PatientReport report, Set<InputField> missing) {
            if (field.valueOf(report) == null) {
                missing.add(field);
            }
        }
    }

    /**
     * Counts prior injections of one therapy that pass the filters (relief at least / below a percentage, given
     * fewer than {@code weeksAgoBelow} weeks ago) and compares the count with {@code countAtLeast}/{@code countAtMost}.
     */
    record PriorInjectionCount(Therapy therapy, Integer reliefPercentAtLeast, Integer reliefPercentBelow,
            Integer weeksAgoBelow, Integer countAtLeast, Integer countAtMost) implements Condition {

        @Override
        public Truth evaluate(PatientReport report) {
            int count = 0;
            for (PatientReport.PriorInjection prior : report.priorInjections()) {
                if (matches(prior)) {
                    count++;
                }
            }
            return Truth.of((countAtLeast == null || count >= countAtLeast)
                    && (countAtMost == null || count <= countAtMost));
        }

        private boolean matches(PatientReport.PriorInjection prior) {
            return prior.therapy() == therapy
                    && (reliefPercentAtLeast == null || prior.reliefPercent() >= reliefPercentAtLeast)
                    && (reliefPercentBelow == null || prior.reliefPercent() < reliefPercentBelow)
                    && (weeksAgoBelow == null || prior.weeksAgo() < weeksAgoBelow);
        }

        @Override
        public void collectMissing(PatientReport report, Set<InputField> missing) {}
    }
}
