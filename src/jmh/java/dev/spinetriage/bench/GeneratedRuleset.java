package dev.spinetriage.bench;

import dev.spinetriage.rules.Condition;
import dev.spinetriage.rules.Rule;
import dev.spinetriage.rules.RuleKind;
import dev.spinetriage.rules.Ruleset;
import dev.spinetriage.rules.Urgency;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.FlagInput;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.NumberInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A ruleset of any size, shaped like a grown-up version of the shipped one: the shipped therapy profiles, and rules
 * whose conditions mostly test one or two codes of one list (70%), a code and a number (20%), or only a number or a
 * flag (10%, which no code index can skip). Kinds: red flag 10%, indication 20%, supporting finding 20%,
 * contraindication 15%, caution 30%, prerequisite 5%. Seeded, so every run builds the same rules.
 */
final class GeneratedRuleset {

    private static final CodeListInput<?>[] THERAPY_FIELDS = {InputCatalogue.SYMPTOMS, InputCatalogue.PAIN_LOCATIONS,
        InputCatalogue.AGGRAVATING_FACTORS, InputCatalogue.CONSERVATIVE_CARE_MODALITIES};
    private static final List<FlagInput> FLAGS = InputCatalogue.all().stream().filter(FlagInput.class::isInstance)
            .map(FlagInput.class::cast).toList();
    private static final List<NumberInput> NUMBERS = InputCatalogue.all().stream()
            .filter(NumberInput.class::isInstance).map(NumberInput.class::cast).toList();

    private GeneratedRuleset() {}

    static Ruleset of(int size, Ruleset shipped) {
        Random random = new Random(42);
        List<Rule> rules = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int k = random.nextInt(100);
            RuleKind kind = k < 10 ? RuleKind.RED_FLAG : k < 30 ? RuleKind.INDICATION : k < 50
                    ? RuleKind.SUPPORTING_FINDING : k < 65 ? RuleKind.CONTRAINDICATION : k < 95 ? RuleKind.CAUTION
                    : RuleKind.PREREQUISITE;
            Therapy therapy = kind == RuleKind.RED_FLAG ? null
                    : Therapy.values()[random.nextInt(Therapy.values().length)];
            CodeListInput<?> field = switch (kind) {
                case RED_FLAG -> InputCatalogue.RED_FLAGS;
                case CONTRAINDICATION, CAUTION -> random.nextBoolean() ? InputCatalogue.CONTRAINDICATIONS
                        : THERAPY_FIELDS[random.nextInt(THERAPY_FIELDS.length)];
                default -> THERAPY_FIELDS[random.nextInt(THERAPY_FIELDS.length)];
            };
            Condition condition = kind == RuleKind.PREREQUISITE ? number(random) : condition(random, field);
            rules.add(new Rule("GEN-" + i, kind, therapy, condition, 1 + random.nextInt(3), "GEN_" + i,
                    "generated rule " + i, "benchmark", "BENCH", kind == RuleKind.RED_FLAG ? Urgency.URGENT : null,
                    kind == RuleKind.PREREQUISITE));
        }
        return new Ruleset("generated-" + size, rules, shipped.therapies());
    }

    private static Condition condition(Random random, CodeListInput<?> field) {
        int shape = random.nextInt(10);
        if (shape < 7) {
            return codes(random, field, 1 + random.nextInt(2));
        }
        if (shape < 9) {
            return new Condition.AllOf(List.of(codes(random, field, 1), number(random)));
        }
        return random.nextBoolean() ? number(random)
                : new Condition.FlagIs(FLAGS.get(random.nextInt(FLAGS.size())), true);
    }

    private static Condition codes(Random random, CodeListInput<?> field, int count) {
        Enum<?>[] all = field.codeType().getEnumConstants();
        Set<Enum<?>> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, all.length)) {
            picked.add(all[random.nextInt(all.length)]);
        }
        return new Condition.Includes(field, picked, false);
    }

    private static Condition number(Random random) {
        NumberInput field = NUMBERS.get(random.nextInt(NUMBERS.size()));
        return new Condition.NumberInRange(field, random.nextInt(8), null);
    }
}
