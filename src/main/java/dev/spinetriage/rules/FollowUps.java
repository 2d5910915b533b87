package dev.spinetriage.rules;

import dev.spinetriage.rules.FollowUpCandidate.Reason;
import dev.spinetriage.rules.Probes.Answer;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the follow-up questions of a triage: among the unreported inputs rules needed, only those some answer to
 * which would change this answer (found by triaging the report with that answer, as a what-if), in order of
 * clinical priority (the inputs red flags test first, screenings for a red flag that fired first among them; then
 * exclusions, cautions, prerequisites, indications), at most {@link #MAX_QUESTIONS}. Each says why: the rule that
 * needed it whose outcome the answer would change. Bounded work: at most {@link #MAX_PROBES} re-evaluations.
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
        ordered.sort(Comparator.comparingInt((FollowUpCandidate c) -> engine.probes(outcome.policyProfile()).priority(c.input()))
                .thenComparing(c -> c.screenCodes().isEmpty())
                .thenComparingInt(c -> InputCatalogue.all().indexOf(c.input())));
        List<FollowUpQuestion> questions = new ArrayList<>();
        int probes = 0;
        for (FollowUpCandidate candidate : ordered) {
            if (questions.size() == MAX_QUESTIONS) {
                break;
            }
            for (Answer answer : answers(engine.probes(outcome.policyProfile()), report, candidate)) {
                if (probes++ == MAX_PROBES) {
                    return questions;
                }
                Signature after = Signature.of(engine.evaluateOnly(answer.report(), outcome.policyProfile()));
                if (!after.equals(before)) {
                    questions.add(question(engine.ruleset(), candidate, why(candidate, answer, before, after)));
                    break;
                }
            }
        }
        return questions;
    }

    /** One candidate per input, every reason kept; screenings of one list are asked as one question. */
    private static List<FollowUpCandidate> merge(Collection<FollowUpCandidate> found) {
        Map<Input<?>, FollowUpCandidate> byInput = new LinkedHashMap<>();
        for (FollowUpCandidate candidate : found) {
            byInput.merge(candidate.input(), candidate, (first, next) -> {
                Set<Enum<?>> codes = new LinkedHashSet<>(first.screenCodes());
                codes.addAll(next.screenCodes());
                List<Reason> reasons = new ArrayList<>(first.reasons());
                next.reasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
                return new FollowUpCandidate(first.input(), reasons, codes);
            });
        }
        return new ArrayList<>(byInput.values());
    }

    private static List<Answer> answers(Probes probes, PatientReport report, FollowUpCandidate candidate) {
        if (candidate.screenCodes().isEmpty()) {
            return probes.answers(report, candidate.input());
        }
        CodeListInput<?> list = (CodeListInput<?>) candidate.input();
        return candidate.screenCodes().stream().sorted(Comparator.comparingInt(Enum::ordinal))
                .filter(code -> !report.get(list).contains(code))
                .map(code -> new Answer(code.name(), report.withCode(list, code, true))).toList();
    }

    /** The reason of a rule whose outcome the answer changes; else what the answer would change, in words. */
    private static String why(FollowUpCandidate candidate, Answer answer, Signature before, Signature after) {
        boolean redFlagsChange = before.disposition() != after.disposition() || !before.redFlags()
                .equals(after.redFlags());
        for (Reason reason : candidate.reasons()) {
            if (reason.redFlag() ? redFlagsChange : reason.therapy() == null
                    || before.statuses().get(reason.therapy()) != after.statuses().get(reason.therapy())) {
                return reason.why();
            }
        }
        List<String> changes = new ArrayList<>();
        if (before.disposition() != after.disposition()) {
            changes.add("disposition " + after.disposition());
        }
        after.statuses().forEach((therapy, status) -> {
            if (before.statuses().get(therapy) != status) {
                changes.add(therapy + " " + status);
            }
        });
        if (changes.isEmpty()) {
            changes.add("why a therapy is deferred or excluded");
        }
        return "Answering " + answer.value() + " would change the answer: " + String.join(", ", changes) + ".";
    }

    private static FollowUpQuestion question(Ruleset ruleset, FollowUpCandidate candidate, String why) {
        if (candidate.screenCodes().isEmpty()) {
            return new FollowUpQuestion(candidate.input().path(), candidate.input().question(), why);
        }
        String asked = candidate.screenCodes().stream().sorted(Comparator.comparingInt(Enum::ordinal))
                .map(ruleset::label).collect(Collectors.joining(", "));
        return new FollowUpQuestion(candidate.input().path(), "Does the patient have any of these: " + asked + "?",
                why);
    }

    /**
     * What a follow-up answer could change: the disposition, a red flag, where a therapy lands, or why it is deferred
     * or excluded (one answer rarely meets every unmet prerequisite at once, yet each met one is progress).
     */
    private record Signature(Disposition disposition, Set<String> redFlags, Map<Therapy, TherapyStatus> statuses,
            Set<Why> reasons) {

        /** Plain loops: this runs for every what-if, up to {@link #MAX_PROBES} a triage. */
        static Signature of(TriageOutcome outcome) {
            // Keys of records rather than strings joined per probe: the rule codes' hashes are cached, a new string's
            // are not, and building and hashing those strings was the largest single cost of a what-if (JFR).
            Set<Why> reasons = new HashSet<>();
            for (TherapyAssessment excluded : outcome.excluded()) {
                for (Finding exclusion : excluded.exclusions()) {
                    reasons.add(new Why(excluded.therapy(), true, exclusion.code(), false));
                }
            }
            for (TherapyAssessment deferred : outcome.deferred()) {
                for (UnmetPrerequisite unmet : deferred.unmetPrerequisites()) {
                    reasons.add(new Why(deferred.therapy(), false, unmet.code(), unmet.notReported()));
                }
            }
            Set<String> redFlags = new HashSet<>();
            for (RedFlagFinding redFlag : outcome.redFlags()) {
                redFlags.add(redFlag.code());
            }
            return new Signature(outcome.disposition(), redFlags, TherapyStatus.of(outcome), reasons);
        }
    }

    /** Why a therapy is deferred (an unmet prerequisite, checked or not) or excluded. */
    private record Why(Therapy therapy, boolean excluded, String code, boolean notReported) {}
}
