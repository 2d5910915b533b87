package dev.spinetriage.rules;

import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
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
 */
record TherapyRules(
        TherapyProfile profile,
        RuleIndex indications,
        RuleIndex supportingFindings,
        RuleIndex contraindications,
        List<Rule> prerequisites,
        RuleIndex cautions,
        Map<CodeListInput<?>, Set<Enum<?>>> assessedCodes) {

    static TherapyRules select(TherapyProfile profile, List<Rule> all) {
        List<Rule> mine = all.stream().filter(r -> r.kind() != RuleKind.RED_FLAG && r.appliesTo(profile.therapy()))
                .toList();
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
        return new TherapyRules(profile, new RuleIndex(ofKind(mine, RuleKind.INDICATION)),
                new RuleIndex(ofKind(mine, RuleKind.SUPPORTING_FINDING)), new RuleIndex(contraindications),
                prerequisites, new RuleIndex(cautions), Collections.unmodifiableMap(assessed));
    }

    private static List<Rule> ofKind(List<Rule> rules, RuleKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }
}
