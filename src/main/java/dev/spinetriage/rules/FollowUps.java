package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the follow-up questions of a triage: among the unreported inputs rules needed, only those some answer to
 * which would change this answer (found by triaging the report with that answer, as a what-if), in order of
 * clinical priority (the inputs red flags test first, screenings for a red flag that fired first among them; then
 * exclusions, cautions, prerequisites, indications), at most
 * {@link #MAX_QUESTIONS}. Bounded work: at most {@link #MAX_PROBES} re-evaluations per triage.
 */
final class FollowUps {

    static final int MAX_QUESTIONS = 5;
    static final int MAX_PROBES = 40;

    private FollowUps() {}

    static List<FollowUpQuestion> choose(TriageEngine engine, PatientReport report, TriageOutcome outcome,
            Collection<FollowUpCandidate> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Signature before = Signature.of(outcome);
        List<FollowUpCandidate> ordered = merge(found);
        ordered.sort(Comparator.comparingInt((FollowUpCandidate c) -> engine.probes().priority(c.input()))
                .thenComparing(c -> c.screenCodes().isEmpty())
                .thenComparingInt(c -> InputCatalogue.all().indexOf(c.input())));
        List<FollowUpQuestion> questions = new ArrayList<>();
        int probes = 0;
        for (FollowUpCandidate candidate : ordered) {
            if (questions.size() == MAX_QUESTIONS) {
                break;
            }
            for (PatientReport answered : answers(engine, report, candidate)) {
                if (probes++ == MAX_PROBES) {
                    return questions;
                }
                if (!Signature.of(engine.evaluateOnly(answered)).equals(before)) {
                    questions.add(question(engine.ruleset(), candidate));
                    break;
                }
            }
        }
        return questions;
    }

    /** One candidate per input, the first reason kept; screenings of one list are asked as one question. */
    private static List<FollowUpCandidate> merge(Collection<FollowUpCandidate> found) {
        Map<Input<?>, FollowUpCandidate> byInput = new LinkedHashMap<>();
        for (FollowUpCandidate candidate : found) {
            byInput.merge(candidate.input(), candidate, (first, next) -> {
                Set<Enum<?>> codes = new LinkedHashSet<>(first.screenCodes());
                codes.addAll(next.screenCodes());
                String why = first.why().equals(next.why()) || next.screenCodes().isEmpty() ? first.why()
                        : first.why() + "; " + next.why();
                return new FollowUpCandidate(first.input(), why, codes);
            });
        }
        return new ArrayList<>(byInput.values());
    }

    private static List<PatientReport> answers(TriageEngine engine, PatientReport report, FollowUpCandidate candidate) {
        if (!candidate.screenCodes().isEmpty()) {
            CodeListInput<?> list = (CodeListInput<?>) candidate.input();
            return candidate.screenCodes().stream().filter(code -> !report.get(list).contains(code))
                    .map(code -> report.withCode(list, code, true)).toList();
        }
        return engine.probes().answers(report, candidate.input());
    }

    private static FollowUpQuestion question(Ruleset ruleset, FollowUpCandidate candidate) {
        if (candidate.screenCodes().isEmpty()) {
            return new FollowUpQuestion(candidate.input().path(), candidate.input().question(), candidate.why());
        }
        String asked = candidate.screenCodes().stream().map(ruleset::label).collect(Collectors.joining(", "));
        return new FollowUpQuestion(candidate.input().path(), "Does the patient have any of these: " + asked + "?",
                candidate.why());
    }

    /** What a follow-up answer could change: the disposition, a red flag, or where any therapy lands. */
    private record Signature(Disposition disposition, Set<String> redFlags, Map<Therapy, TherapyStatus> statuses) {

        static Signature of(TriageOutcome outcome) {
            Map<Therapy, TherapyStatus> statuses = new EnumMap<>(Therapy.class);
            for (Therapy therapy : EnumSet.allOf(Therapy.class)) {
                TherapyStatus status = TherapyStatus.of(therapy, outcome);
                if (status != TherapyStatus.NOT_INDICATED) {
                    statuses.put(therapy, status);
                }
            }
            Set<String> redFlags = outcome.redFlags().stream().map(RedFlagFinding::code).collect(Collectors.toSet());
            return new Signature(Objects.requireNonNull(outcome.disposition()), redFlags, statuses);
        }
    }
}
