package dev.spinetriage.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.rules.Condition;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.input.InputCatalogue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    private Condition parse(String text) throws Exception {
        return ConditionJson.parse(json.readTree(text));
    }

    @Test
    void readsEveryOperatorOfTheLanguage() throws Exception {
        Condition condition = parse("""
                {"all": [
                  {"field": "symptoms", "includesAny": ["RADIATING_PAIN", "SHOOTING_PAIN"]},
                  {"any": [{"field": "durationWeeks", "atLeast": 4, "below": 52},
                           {"field": "clinicalFindings.imagingConcordant", "is": true}]},
                  {"not": {"field": "priorInjections", "therapy": "EPIDURAL_STEROID_INJECTION",
                           "reliefPercentBelow": 50, "countAtLeast": 1}},
                  {"always": true}]}""");

        Condition.AllOf all = assertInstanceOf(Condition.AllOf.class, condition);
        assertEquals(new Condition.Includes(InputCatalogue.SYMPTOMS,
                Set.of(Symptom.RADIATING_PAIN, Symptom.SHOOTING_PAIN), false), all.conditions().get(0));
        Condition.AnyOf any = assertInstanceOf(Condition.AnyOf.class, all.conditions().get(1));
        assertEquals(new Condition.NumberInRange(InputCatalogue.DURATION_WEEKS, 4, 52), any.conditions().get(0));
        assertInstanceOf(Condition.Not.class, all.conditions().get(2));
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        InvalidConditionException error = assertThrows(InvalidConditionException.class, () -> parse("""
                {"all": [{"field": "symptoms", "includesAny": ["HEADACHE"]},
                         {"field": "shoeSize", "atLeast": 40},
                         {"field": "durationWeeks", "atLeast": "four"}]}"""));

        List<String> problems = error.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("condition.all[0].includesAny[0]: unknown code 'HEADACHE'"));
        assertTrue(problems.get(1).startsWith("condition.all[1].field: unknown field 'shoeSize'"));
        assertTrue(problems.get(2).startsWith("condition.all[2].atLeast: must be an integer"));
    }

    @Test
    void rejectsKeysTheOperatorDoesNotTake() {
        InvalidConditionException error = assertThrows(InvalidConditionException.class,
                () -> parse("{\"field\": \"functionalImpairment\", \"is\": true, \"weight\": 3}"));

        assertTrue(error.problems().get(0).startsWith("condition.weight: unexpected key"), error.problems().toString());
    }

    @Test
    void rejectsEmptyCombinations() {
        assertThrows(InvalidConditionException.class, () -> parse("{\"any\": []}"));
        assertThrows(InvalidConditionException.class, () -> parse("{\"always\": false}"));
        assertThrows(InvalidConditionException.class, () -> parse("[]"));
    }
}
