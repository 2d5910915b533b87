package dev.spinetriage.rules;

import dev.spinetriage.rules.input.CodeInput;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.FlagInput;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.NumberInput;
import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.rules.input.PriorInjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One changed answer of a triage request: a code added to or removed from a list, a flag, code or number set, a
 * prior injection added or removed.
 *
 * @param field      the request's JSON path, so a client can make the same change ({@code priorInjections[i]} names a
 *                   reported injection)
 * @param value      the code, flag or number (as text) added, removed or set; a prior injection reads
 *                   "THERAPY, relief N%, W weeks ago"
 * @param actionable the clinic can act on it: it answers an unreported input, or records care or an injection given
 * @param hazard     it adds a red flag, contraindication, implanted device or pregnancy: a finding nobody would
 *                   wish for, shown in explanations only on request
 */
public record InputChange(String field, Kind kind, String value, boolean actionable, boolean hazard,
        UnaryOperator<PatientReport> change) {

    /** The kind of change, as the API names it. */
    public enum Kind { ADD, REMOVE, SET }

    private static final Set<CodeListInput<?>> HAZARD_LISTS = Set.of(InputCatalogue.RED_FLAGS,
            InputCatalogue.CONTRAINDICATIONS, InputCatalogue.IMPLANTED_DEVICES);

    public PatientReport applyTo(PatientReport report) {
        return change.apply(report);
    }

    static InputChange addCode(CodeListInput<?> list, Enum<?> code, PatientReport report) {
        return new InputChange(list.path(), Kind.ADD, code.name(), !report.isReported(list),
                HAZARD_LISTS.contains(list), r -> r.withCode(list, code, true));
    }

    static InputChange removeCode(CodeListInput<?> list, Enum<?> code) {
        return new InputChange(list.path(), Kind.REMOVE, code.name(), false, false, r -> r.withCode(list, code, false));
    }

    static InputChange setFlag(FlagInput flag, boolean to, PatientReport report) {
        return new InputChange(flag.path(), Kind.SET, Boolean.toString(to), report.get(flag) == null,
                to && flag == InputCatalogue.PREGNANT, r -> r.with(flag, to));
    }

    static InputChange setNumber(NumberInput number, int to, PatientReport report) {
        // A number is a fact the clinic records as time passes or care goes on; setting one is always actionable.
        return new InputChange(number.path(), Kind.SET, Integer.toString(to), true, false, r -> r.with(number, to));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static InputChange setCode(CodeInput input, Enum<?> code, PatientReport report) {
        return new InputChange(input.path(), Kind.SET, code.name(), report.get(input) == null, false,
                r -> r.with(input, code));
    }

    static InputChange addPriorInjection(PriorInjection added) {
        return new InputChange("priorInjections", Kind.ADD, text(added), true, false, r -> {
            List<PriorInjection> injections = new ArrayList<>(r.get(InputCatalogue.PRIOR_INJECTIONS));
            injections.add(added);
            return r.with(InputCatalogue.PRIOR_INJECTIONS, injections);
        });
    }

    static InputChange removePriorInjection(int index, PriorInjection injection) {
        return new InputChange("priorInjections[" + index + "]", Kind.REMOVE, text(injection), false, false, r -> {
            List<PriorInjection> injections = new ArrayList<>(r.get(InputCatalogue.PRIOR_INJECTIONS));
            injections.remove(index);
            return r.with(InputCatalogue.PRIOR_INJECTIONS, injections);
        });
    }

    private static String text(PriorInjection injection) {
        StringBuilder text = new StringBuilder(injection.therapy().name()).append(", relief ")
                .append(injection.reliefPercent()).append("%, ").append(injection.weeksAgo()).append(" weeks ago");
        if (injection.region() != null) {
            text.append(", ").append(injection.region().name());
        }
        if (injection.reliefDurationHours() != null) {
            text.append(", relief lasted ").append(injection.reliefDurationHours()).append(" h");
        }
        return text.toString();
    }
}
