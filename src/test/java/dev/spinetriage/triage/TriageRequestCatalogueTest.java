package dev.spinetriage.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.rules.input.Coded;
import dev.spinetriage.rules.input.FlagInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.NumberInput;
import dev.spinetriage.rules.input.RecordListInput;
import dev.spinetriage.triage.dto.TriageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The request DTO and the input catalogue declare the same inputs: every leaf field of TriageRequest is a catalogue
 * input, a field of one of its lists of records, or an older alias, and the other way round; and the DTO's types,
 * ranges (@Min/@Max) and required fields (@NotNull/@NotEmpty, on the field and every object around it) are the
 * catalogue's.
 */
class TriageRequestCatalogueTest {

    /** A leaf of the request: its JSON path, the accessors from the request down to it. */
    private record Leaf(String path, List<Method> accessors) {

        Method accessor() {
            return accessors.get(accessors.size() - 1);
        }
    }

    private static final Map<String, Leaf> LEAVES = new LinkedHashMap<>();
    /** How to answer rather than facts about the patient: no catalogue input, no questionnaire item. */
    private static final List<String> ANSWER_PARAMETERS = List.of("policyProfile");

    static {
        walk(TriageRequest.class, "", List.of());
    }

    @Test
    void everyLeafOfTheRequestIsACatalogueInputARecordFieldOrAnAlias() {
        assertEquals(new TreeSet<>(catalogued()), new TreeSet<>(LEAVES.keySet()));
    }

    @Test
    void theRequestTypesEachInputAsTheCatalogueDoes() {
        for (Input<?> input : inputsAndFields()) {
            Method accessor = LEAVES.get(input.path()).accessor();
            Class<?> type = input.repeats() ? element(accessor) : accessor.getReturnType();
            assertEquals(input.repeats(), List.class.equals(accessor.getReturnType()), input.path());
            if (input instanceof Coded<?> coded) {
                assertEquals(coded.codeType(), type, input.path());
            } else if (input instanceof NumberInput) {
                assertEquals(Integer.class, type, input.path());
            } else if (input instanceof FlagInput) {
                assertEquals(Boolean.class, type, input.path());
            } else {
                assertEquals(((RecordListInput<?>) input).fields().size(), type.getRecordComponents().length,
                        input.path());
            }
        }
    }

    @Test
    void theRequestsRangesAreTheCataloguesRanges() {
        for (Input<?> input : inputsAndFields()) {
            if (input instanceof NumberInput number) {
                Method accessor = LEAVES.get(input.path()).accessor();
                Min min = accessor.getAnnotation(Min.class);
                Max max = accessor.getAnnotation(Max.class);
                assertNotNull(min, input.path() + " has no @Min");
                assertNotNull(max, input.path() + " has no @Max");
                assertEquals(number.min(), min.value(), input.path());
                assertEquals(number.max(), max.value(), input.path());
            }
        }
    }

    @Test
    void theRequestRequiresWhatTheCatalogueRequires() {
        for (Input<?> input : inputsAndFields()) {
            List<Method> accessors = LEAVES.get(input.path()).accessors();
            // A field of a list of records is required in each record: only its own accessor counts.
            List<Method> chain = recordList(input) ? accessors.subList(
                    accessors.size() - 1, accessors.size()) : accessors;
            boolean required = chain.stream().allMatch(TriageRequestCatalogueTest::required);
            assertEquals(input.required(), required, input.path());
        }
    }

    private static boolean required(Method accessor) {
        return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotEmpty.class);
    }

    private static boolean recordList(Input<?> field) {
        return InputCatalogue.all().stream().filter(RecordListInput.class::isInstance)
                .anyMatch(list -> ((RecordListInput<?>) list).fields().contains(field));
    }

    private static List<Input<?>> inputsAndFields() {
        List<Input<?>> all = new ArrayList<>(InputCatalogue.all());
        InputCatalogue.all().stream().filter(RecordListInput.class::isInstance)
                .forEach(list -> all.addAll(((RecordListInput<?>) list).fields()));
        return all;
    }

    private static List<String> catalogued() {
        List<String> paths = new ArrayList<>(inputsAndFields().stream().map(Input::path).toList());
        paths.addAll(InputCatalogue.aliases().keySet());
        paths.addAll(ANSWER_PARAMETERS);
        return paths;
    }

    /** Objects are walked into; a list is a leaf, and so are the fields of its records. */
    private static void walk(Class<?> type, String prefix, List<Method> above) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            List<Method> accessors = new ArrayList<>(above);
            accessors.add(component.getAccessor());
            if (component.getType().isRecord()) {
                walk(component.getType(), path + ".", accessors);
                continue;
            }
            LEAVES.put(path, new Leaf(path, accessors));
            Class<?> element = List.class.equals(component.getType()) ? element(component.getAccessor()) : null;
            if (element != null && element.isRecord()) {
                walk(element, path + ".", accessors);
            }
        }
    }

    private static Class<?> element(Method listAccessor) {
        var argument = ((ParameterizedType) listAccessor.getGenericReturnType()).getActualTypeArguments()[0];
        assertTrue(argument instanceof Class<?>, listAccessor + " is a list of " + argument);
        return (Class<?>) argument;
    }
}
