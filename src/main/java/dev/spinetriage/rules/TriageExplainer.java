package dev.spinetriage.rules;

import dev.spinetriage.rules.TriageExplanation.MissingInput;
import dev.spinetriage.rules.TriageExplanation.RuleReason;
import dev.spinetriage.rules.TriageExplanation.TherapyExplanation;
import dev.spinetriage.rules.TriageExplanation.WhatIf;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains a triage: per therapy, the rules that support it, those that conflict with it, the unreported inputs
 * that matter, and each single changed answer that would move it to another status (found by triaging the changed
 * report with the same engine, so a what-if is exactly what a triage of the changed request answers).
 *
 * <p>Cost: one evaluation of the report, plus one per change {@link WhatIfChanges} derives from the ruleset (codes,
 * flags and number boundaries the rules test), at most {@link #MAX_REEVALUATIONS}. Actionable changes are tried
 * first; changes that add a hazard (a red flag, contraindication, implanted device or pregnancy) only on request.
 */
public final class TriageExplainer {

    /** Bounds the work of one explanation whatever the ruleset's size; the shipped ruleset needs far fewer. */
    public static final int MAX_REEVALUATIONS = 256;

    private final TriageEngine engine;

    public TriageExplainer(TriageEngine engine) {
        this.engine = engine;
    }

    public TriageExplanation explain(PatientReport report, PolicyProfile profile, boolean includeHazards) {
        TriageOutcome outcome = engine.evaluate(report, profile);
        Ruleset ruleset = engine.ruleset();
        List<Rule> rules = engine.rules(profile).stream().filter(r -> r.kind() != RuleKind.CRITERION).toList();
        List<Therapy> therapies = new ArrayList<>();
        Map<Therapy, TherapyStatus> before = new EnumMap<>(Therapy.class);
        Map<Therapy, List<WhatIf>> whatIfs = new EnumMap<>(Therapy.class);
        Map<Therapy, TherapyStatus> statuses = TherapyStatus.of(outcome);
        for (Therapy therapy : Therapy.values()) {
            if (ruleset.therapies().containsKey(therapy)) {
                therapies.add(therapy);
                before.put(therapy, statuses.get(therapy));
                whatIfs.put(therapy, new ArrayList<>());
            }
        }
        List<InputChange> changes = WhatIfChanges.of(rules, report).stream()
                .filter(change -> includeHazards || !change.hazard()).toList();
        int tried = Math.min(changes.size(), MAX_REEVALUATIONS);
        for (InputChange change : changes.subList(0, tried)) {
            Map<Therapy, TherapyStatus> changed =
                    TherapyStatus.of(engine.evaluateOnly(change.applyTo(report), profile));
            for (Therapy therapy : therapies) {
                TherapyStatus after = changed.get(therapy);
                if (after != before.get(therapy)) {
                    whatIfs.get(therapy).add(new WhatIf(change, before.get(therapy), after));
                }
            }
        }
        List<TherapyExplanation> explained = new ArrayList<>();
        for (Therapy therapy : therapies) {
            explained.add(explain(therapy, before.get(therapy), whatIfs.get(therapy), ruleset, rules, report));
        }
        return new TriageExplanation(outcome, explained, tried, changes.size() > tried);
    }

    private static TherapyExplanation explain(Therapy therapy, TherapyStatus status, List<WhatIf> whatIfs,
            Ruleset ruleset, List<Rule> rules, PatientReport report) {
        List<RuleReason> supporting = new ArrayList<>();
        List<RuleReason> conflicting = new ArrayList<>();
        Map<String, Missing> missing = new LinkedHashMap<>();
        boolean indicated = false;
        for (Rule rule : rules) {
            if (!decides(rule, therapy)) {
                continue;
            }
            Truth truth = rule.condition().evaluate(report);
            indicated |= rule.kind() == RuleKind.INDICATION && truth == Truth.TRUE;
            if (truth == (rule.kind() == RuleKind.PREREQUISITE ? Truth.FALSE : Truth.TRUE)) {
                boolean supports = rule.kind() == RuleKind.INDICATION || rule.kind() == RuleKind.SUPPORTING_FINDING;
                (supports ? supporting : conflicting).add(reason(rule, report));
            }
        }
        for (Rule rule : rules) {
            boolean canChangeStatus = decides(rule, therapy) && rule.kind() != RuleKind.SUPPORTING_FINDING
                    && !(indicated && rule.kind() == RuleKind.INDICATION);
            if (canChangeStatus && rule.condition().evaluate(report) == Truth.UNKNOWN) {
                Set<Input<?>> fields = new LinkedHashSet<>();
                rule.condition().collectMissing(report, fields);
                fields.forEach(f -> missing.computeIfAbsent(f.path(), p -> new Missing(f)).ruleIds.add(rule.id()));
            }
        }
        String name = ruleset.therapies().get(therapy).name();
        return new TherapyExplanation(therapy, name, status, supporting, conflicting,
                missing.values().stream().map(Missing::toInput).toList(), whatIfs);
    }

    /** Rules that bear on this therapy's status or score: its own, the general ones, and blocking red flags. */
    private static boolean decides(Rule rule, Therapy therapy) {
        if (rule.kind() == RuleKind.RED_FLAG) {
            return rule.urgency() != Urgency.ADVISORY;
        }
        return rule.kind() != RuleKind.CAUTION && rule.appliesTo(therapy);
    }

    private static RuleReason reason(Rule rule, PatientReport report) {
        return new RuleReason(rule.id(), rule.kind(), rule.code(), rule.message(), rule.citation(),
                RuleInputs.of(rule, report));
    }

    private static final class Missing {
        final Input<?> field;
        final List<String> ruleIds = new ArrayList<>();

        Missing(Input<?> field) {
            this.field = field;
        }

        MissingInput toInput() {
            return new MissingInput(field.path(), field.question(), ruleIds);
        }
    }
}
