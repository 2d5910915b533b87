package dev.spinetriage.rules;

import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that apply to one therapy, split by kind at compile time so evaluation never filters, and indexed by
 * code so it visits only those that can hold (prerequisites excepted: see {@link RuleIndex}).
 *
 * @param assessedCodes per code list that must be assessed (contraindications, implanted devices), the codes some
 *                      exclusion, prerequisite or caution of this therapy tests; a reported code outside that set is
 *                      still shown, as a caution the specialist must assess
 * @param evidence      what each indication and supporting finding contributes to the therapy's evidence
 * @param criteria      the policy's criteria for the therapy, shown as a checklist
 */
record TherapyRules(
        TherapyProfile profile,
        RuleIndex indications,
        RuleIndex supportingFindings,
        RuleIndex contraindications,
        List<Rule> prerequisites,
        RuleIndex cautions,
        Map<CodeListInput<?>, Set<Enum<?>>> assessedCodes,
        TherapyEvidence evidence,
        List<Rule> criteria) {

    /** The rules of one policy profile for this therapy. */
    static TherapyRules select(TherapyProfile profile, Ruleset ruleset, PolicyProfile policy) {
        List<Rule> mine = ruleset.rules().stream().filter(r -> r.kind() != RuleKind.RED_FLAG
                && r.appliesTo(profile.therapy()) && r.appliesTo(policy)).toList();
        List<Rule> contraindications = ofKind(mine, RuleKind.CONTRAINDICATION);
        List<Rule> prerequisites = ofKind(mine, RuleKind.PREREQUISITE);
        List<Rule> cautions = ofKind(mine, RuleKind.CAUTION);
        Map<CodeListInput<?>, Set<Enum<?>>> assessed = new LinkedHashMap<>();
        for (Input<?> input : InputCatalogue.all()) {
            if (input instanceof CodeListInput<?> list && list.mustBeAssessed()) {
                Set<Enum<?>> codes = new HashSet<>();
                for (List<Rule> rules : List.of(contraindications, prerequisites, cautions)) {
                    rules.forEach(r -> r.condition().collectCodes(list, codes));
                }
                assessed.put(list, Set.copyOf(codes));
            }
        }
        List<Rule> indications = ofKind(mine, RuleKind.INDICATION);
        List<Rule> supporting = ofKind(mine, RuleKind.SUPPORTING_FINDING);
        List<Rule> scoring = new ArrayList<>(indications);
        scoring.addAll(supporting);
        return new TherapyRules(profile, new RuleIndex(indications), new RuleIndex(supporting),
                new RuleIndex(contraindications), prerequisites, new RuleIndex(cautions),
                Collections.unmodifiableMap(assessed), new TherapyEvidence(profile, scoring, ruleset),
                ofKind(mine, RuleKind.CRITERION));
    }

    private static List<Rule> ofKind(List<Rule> rules, RuleKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }
}
