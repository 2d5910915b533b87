package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One changed answer of a triage request: a code added to or removed from a list, a flag or a number set, a prior
 * injection added or removed.
 *
 * @param field the request's JSON path, so a client can make the same change ({@code priorInjections[i]} names a
 *              reported injection)
 * @param value the code, flag or number (as text) added, removed or set; a prior injection reads
 *              "THERAPY, relief N%, W weeks ago"
 */
public record InputChange(String field, Kind kind, String value, UnaryOperator<PatientReport> change) {

    /** The kind of change, as the API names it. */
    public enum Kind { ADD, REMOVE, SET }

    public PatientReport applyTo(PatientReport report) {
        return change.apply(report);
    }

    static InputChange addCode(CodeListField list, Enum<?> code) {
        return edit(list.path(), Kind.ADD, code.name(), copy -> copy.codes(list).add(code));
    }

    static InputChange removeCode(CodeListField list, Enum<?> code) {
        return edit(list.path(), Kind.REMOVE, code.name(), copy -> copy.codes(list).remove(code));
    }

    static InputChange setFlag(FlagField flag, boolean to) {
        return edit(flag.path(), Kind.SET, Boolean.toString(to), copy -> copy.set(flag, to));
    }

    static InputChange setNumber(NumberField number, int to) {
        return edit(number.path(), Kind.SET, Integer.toString(to), copy -> copy.set(number, to));
    }

    static InputChange addPriorInjection(Therapy therapy, int reliefPercent, int weeksAgo) {
        PatientReport.PriorInjection added = new PatientReport.PriorInjection(therapy, reliefPercent, weeksAgo);
        return edit("priorInjections", Kind.ADD, text(added), copy -> copy.priorInjections.add(added));
    }

    static InputChange removePriorInjection(int index, PatientReport.PriorInjection injection) {
        return edit("priorInjections[" + index + "]", Kind.REMOVE, text(injection),
                copy -> copy.priorInjections.remove(index));
    }

    private static String text(PatientReport.PriorInjection injection) {
        return injection.therapy().name() + ", relief " + injection.reliefPercent() + "%, " + injection.weeksAgo()
                + " weeks ago";
    }

    private static InputChange edit(String field, Kind kind, String value, Consumer<ReportCopy> edit) {
        return new InputChange(field, kind, value, report -> {
            ReportCopy copy = new ReportCopy(report);
            edit.accept(copy);
            return copy.build();
        });
    }
}
