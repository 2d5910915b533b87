package dev.spinetriage.rules;

import dev.spinetriage.rules.code.InjectionRegion;
import dev.spinetriage.rules.code.SpineRegion;
import dev.spinetriage.rules.code.SpineSurgeryProcedure;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.CodeInput;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.FlagInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.NumberInput;
import dev.spinetriage.rules.input.PatientReport;
import java.util.List;
import java.util.Set;

/**
 * A condition over a {@link PatientReport}, evaluated in three-valued logic. Built from a rule's JSON expression by
 * the ruleset loader; each record below is one operator of that language (see {@code ConditionJson} for the syntax).
 */
public sealed interface Condition {

    Truth evaluate(PatientReport report);

    /**
     * Adds the unreported inputs that make this condition UNKNOWN for this report (only from the parts that are
     * UNKNOWN: a branch that already decides is not worth asking about). What to ask next.
     */
    default void collectMissing(PatientReport report, Set<Input<?>> missing) {}

    private static void collectFromUnknown(List<Condition> parts, PatientReport report, Set<Input<?>> missing) {
        for (Condition part : parts) {
            if (part.evaluate(report) == Truth.UNKNOWN) {
                part.collectMissing(report, missing);
            }
        }
    }

    /** Adds every code this condition tests in that field (used to say which reported red flags fired a rule). */
    default void collectCodes(CodeListInput<?> field, Set<Enum<?>> codes) {}

    /** True for every report. */
    record Always() implements Condition {
        @Override
        public Truth evaluate(PatientReport report) {
            return Truth.TRUE;
        }
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
        public void collectMissing(PatientReport report, Set<Input<?>> missing) {
            collectFromUnknown(conditions, report, missing);
        }

        @Override
        public void collectCodes(CodeListInput<?> field, Set<Enum<?>> codes) {
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
        public void collectMissing(PatientReport report, Set<Input<?>> missing) {
            collectFromUnknown(conditions, report, missing);
        }

        @Override
        public void collectCodes(CodeListInput<?> field, Set<Enum<?>> codes) {
            conditions.forEach(c -> c.collectCodes(field, codes));
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public Truth evaluate(PatientReport report) {
            return condition.evaluate(report).not();
        }

        @Override
        public void collectMissing(PatientReport report, Set<Input<?>> missing) {
            collectFromUnknown(List.of(condition), report, missing);
        }

        @Override
        public void collectCodes(CodeListInput<?> field, Set<Enum<?>> codes) {
            condition.collectCodes(field, codes);
        }
    }

    /** The code list holds at least one of the codes ({@code all == false}) or every one of them. Never UNKNOWN. */
    record Includes(CodeListInput<?> field, Set<? extends Enum<?>> codes, boolean all) implements Condition {
        public Includes {
            codes = Set.copyOf(codes);
        }

        @Override
        public Truth evaluate(PatientReport report) {
            Set<? extends Enum<?>> values = report.get(field);
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
        public void collectCodes(CodeListInput<?> field, Set<Enum<?>> found) {
            if (field == this.field) {
                found.addAll(codes);
            }
        }
    }

    /** A single-code input holds one of the codes; UNKNOWN when it is not reported. */
    record CodeIn(CodeInput<?> field, Set<? extends Enum<?>> codes) implements Condition {
        public CodeIn {
            codes = Set.copyOf(codes);
        }

        @Override
        public Truth evaluate(PatientReport report) {
            Enum<?> value = report.get(field);
            return value == null ? Truth.UNKNOWN : Truth.of(codes.contains(value));
        }

        @Override
        public void collectMissing(PatientReport report, Set<Input<?>> missing) {
            if (report.get(field) == null) {
                missing.add(field);
            }
        }
    }

    /** A number compared with a bound: {@code value >= atLeast} and/or {@code value < below}. */
    record NumberInRange(NumberInput field, Integer atLeast, Integer below) implements Condition {
        @Override
        public Truth evaluate(PatientReport report) {
            Integer value = report.get(field);
            if (value == null) {
                return Truth.UNKNOWN;
            }
            return Truth.of((atLeast == null || value >= atLeast) && (below == null || value < below));
        }

        @Override
        public void collectMissing(PatientReport report, Set<Input<?>> missing) {
            if (report.get(field) == null) {
                missing.add(field);
            }
        }
    }

    record FlagIs(FlagInput field, boolean expected) implements Condition {
        @Override
        public Truth evaluate(PatientReport report) {
            Boolean value = report.get(field);
            return value == null ? Truth.UNKNOWN : Truth.of(value == expected);
        }

        @Override
        public void collectMissing(PatientReport report, Set<Input<?>> missing) {
            if (report.get(field) == null) {
                missing.add(field);
            }
        }
    }

    /**
     * Whether an input was reported at all (a list: with at least one element). Never UNKNOWN, so a rule can act on
     * a missing answer ("weakness reported but not graded"); a rule that fires for lack of an input asks for it.
     */
    record Reported(Input<?> field, boolean expected) implements Condition {
        @Override
        public Truth evaluate(PatientReport report) {
            return Truth.of(report.isReported(field) == expected);
        }
    }

    /**
     * Counts prior injections of one therapy that pass the filters and compares the count with {@code countAtLeast}
     * and {@code countAtMost}. Filters: relief at least / below a percentage; given fewer than {@code weeksAgoBelow}
     * weeks ago; given in {@code region}; relief that lasted fewer than {@code reliefDurationHoursBelow} hours (an
     * injection whose duration is not reported does not pass it); {@code concordantOnly} leaves out injections whose
     * relief was reported as not concordant with the anaesthetic. With {@code perRegion} the count is the largest
     * count of one region (injections without a region form a group of their own). Never UNKNOWN: an absent list
     * means no prior injection.
     */
    record PriorInjectionCount(Therapy therapy, Integer reliefPercentAtLeast, Integer reliefPercentBelow,
            Integer weeksAgoBelow, InjectionRegion region, Integer reliefDurationHoursBelow, boolean concordantOnly,
            boolean perRegion, Integer countAtLeast, Integer countAtMost) implements Condition {

        /** The filters of the first version of the condition language. */
        public PriorInjectionCount(Therapy therapy, Integer reliefPercentAtLeast, Integer reliefPercentBelow,
                Integer weeksAgoBelow, Integer countAtLeast, Integer countAtMost) {
            this(therapy, reliefPercentAtLeast, reliefPercentBelow, weeksAgoBelow, null, null, false, false,
                    countAtLeast, countAtMost);
        }

        @Override
        public Truth evaluate(PatientReport report) {
            int count = PriorInjectionCounter.count(this, report.get(InputCatalogue.PRIOR_INJECTIONS));
            return Truth.of((countAtLeast == null || count >= countAtLeast)
                    && (countAtMost == null || count <= countAtMost));
        }
    }

    /** Counts prior spine operations (of one procedure and/or region, fewer than weeksAgoBelow weeks ago). */
    record PriorSurgeryCount(SpineSurgeryProcedure procedure, SpineRegion region, Integer weeksAgoBelow,
            Integer countAtLeast, Integer countAtMost) implements Condition {

        @Override
        public Truth evaluate(PatientReport report) {
            long count = report.get(InputCatalogue.PRIOR_SPINE_SURGERY).stream()
                    .filter(s -> procedure == null || s.procedure() == procedure)
                    .filter(s -> region == null || s.region() == region)
                    .filter(s -> weeksAgoBelow == null || (s.weeksAgo() != null && s.weeksAgo() < weeksAgoBelow))
                    .count();
            return Truth.of((countAtLeast == null || count >= countAtLeast)
                    && (countAtMost == null || count <= countAtMost));
        }
    }
}
