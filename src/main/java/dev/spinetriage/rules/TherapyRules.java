package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Contraindication;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules that apply to one therapy, split by kind at compile time so evaluation never filters, and indexed by
 * code so it visits only those that can hold (prerequisites excepted: see {@link RuleIndex}).
 *
 * @param assessedContraindications contraindication codes some exclusion or caution rule of this therapy tests;
 *                                  a reported code outside this set still gets shown, as an unassessed caution
 */
record TherapyRules(
        TherapyProfile profile,
        RuleIndex indications,
        RuleIndex supportingFindings,
        RuleIndex contraindications,
        List<Rule> prerequisites,
        RuleIndex cautions,
        Set<Contraindication> assessedContraindications) {

    static TherapyRules select(TherapyProfile profile, List<Rule> all) {
        List<Rule> mine = all.stream().filter(r -> r.kind() != RuleKind.RED_FLAG && r.appliesTo(profile.therapy()))
                .toList();
        List<Rule> contraindications = ofKind(mine, RuleKind.CONTRAINDICATION);
        List<Rule> cautions = ofKind(mine, RuleKind.CAUTION);
        return new TherapyRules(profile, new RuleIndex(ofKind(mine, RuleKind.INDICATION)),
                new RuleIndex(ofKind(mine, RuleKind.SUPPORTING_FINDING)), new RuleIndex(contraindications),
                ofKind(mine, RuleKind.PREREQUISITE), new RuleIndex(cautions),
                testedContraindications(contraindications, cautions));
    }

    private static List<Rule> ofKind(List<Rule> rules, RuleKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }

    private static Set<Contraindication> testedContraindications(List<Rule> exclusions, List<Rule> cautions) {
        Set<Enum<?>> codes = new HashSet<>();
        exclusions.forEach(r -> r.condition().collectCodes(CodeListField.CONTRAINDICATIONS, codes));
        cautions.forEach(r -> r.condition().collectCodes(CodeListField.CONTRAINDICATIONS, codes));
        Set<Contraindication> tested = EnumSet.noneOf(Contraindication.class);
        codes.forEach(code -> tested.add((Contraindication) code));
        return tested;
    }
}
