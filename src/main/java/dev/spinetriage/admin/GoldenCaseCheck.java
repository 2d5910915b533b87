package dev.spinetriage.admin;

import dev.spinetriage.admin.dto.GoldenCaseDto.Expected;
import dev.spinetriage.rules.Finding;
import dev.spinetriage.rules.FollowUpQuestion;
import dev.spinetriage.rules.RedFlagFinding;
import dev.spinetriage.rules.TherapyAssessment;
import dev.spinetriage.rules.TriageEngine;
import dev.spinetriage.rules.TriageOutcome;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs one golden case on an engine and says, in words a rule editor can act on, what did not come out as expected. */
final class GoldenCaseCheck {

    private GoldenCaseCheck() {}

    static List<String> failures(TriageEngine engine, PatientReport report, PolicyProfile profile, Expected expected) {
        TriageOutcome outcome = engine.evaluate(report, profile);
        List<String> failures = new ArrayList<>();
        if (expected.disposition() != null && expected.disposition() != outcome.disposition()) {
            failures.add("disposition is " + outcome.disposition() + ", expected " + expected.disposition());
        }
        List<Therapy> candidates = outcome.candidates().stream().map(TherapyAssessment::therapy).toList();
        for (Therapy therapy : orEmpty(expected.mustInclude())) {
            if (!candidates.contains(therapy)) {
                failures.add(therapy + " must be a candidate but is " + where(outcome, therapy));
            }
        }
        for (Therapy therapy : orEmpty(expected.mustExclude())) {
            if (candidates.contains(therapy)) {
                failures.add(therapy + " must not be a candidate but is one");
            }
        }
        Map<Therapy, String> cautions = expected.mustCaution() == null ? Map.of() : expected.mustCaution();
        cautions.forEach((therapy, code) -> {
            boolean found = outcome.candidates().stream().filter(c -> c.therapy() == therapy)
                    .flatMap(c -> c.cautions().stream()).map(Finding::code).anyMatch(code::equals);
            if (!found) {
                failures.add(therapy + " must be a candidate with caution " + code);
            }
        });
        for (Therapy therapy : orEmpty(expected.mustDefer())) {
            if (outcome.deferred().stream().noneMatch(d -> d.therapy() == therapy)) {
                failures.add(therapy + " must be deferred but is " + where(outcome, therapy));
            }
        }
        Map<Therapy, String> exclusions = expected.mustExcludeWith() == null ? Map.of() : expected.mustExcludeWith();
        exclusions.forEach((therapy, code) -> {
            boolean found = outcome.excluded().stream().filter(e -> e.therapy() == therapy)
                    .flatMap(e -> e.exclusions().stream()).map(Finding::code).anyMatch(code::equals);
            if (!found) {
                failures.add(therapy + " must be excluded for " + code);
            }
        });
        List<String> redFlags = outcome.redFlags().stream().map(RedFlagFinding::code).toList();
        orEmpty(expected.mustRedFlag()).stream().filter(code -> !redFlags.contains(code))
                .forEach(code -> failures.add("red flag " + code + " must fire; fired: " + redFlags));
        List<String> asked = outcome.followUpQuestions().stream().map(FollowUpQuestion::field).toList();
        orEmpty(expected.mustAsk()).stream().filter(field -> !asked.contains(field))
                .forEach(field -> failures.add(field + " must be asked; asked: " + asked));
        return failures;
    }

    private static String where(TriageOutcome outcome, Therapy therapy) {
        if (outcome.candidates().stream().anyMatch(d -> d.therapy() == therapy)) {
            return "a candidate";
        }
        if (outcome.deferred().stream().anyMatch(d -> d.therapy() == therapy)) {
            return "deferred";
        }
        return outcome.excluded().stream().anyMatch(d -> d.therapy() == therapy) ? "excluded" : "not matched";
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
