package dev.spinetriage.cds.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.spinetriage.intake.RequestTree;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.Coded;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.RecordListInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A triage request being assembled from several FHIR resources, as the request's JSON tree: code lists are unions,
 * single answers the last word. Inputs are found through the input catalogue (a code by its vocabulary category, an
 * intake answer by its path), so an input added to the catalogue needs no change here.
 */
final class TriageDraft {

    /** The inputs the Patient resource gives, and where: that record is trusted over a self-reported answer. */
    static final Map<Input<?>, String> FROM_PATIENT = Map.of(InputCatalogue.AGE_YEARS, "Patient.birthDate",
            InputCatalogue.SEX, "Patient.gender");

    /** Conditions and Observations fill, by a code's category, every coded input but those of the Patient. */
    private static final Map<String, Coded<?>> CODED_BY_CATEGORY = new HashMap<>();

    static {
        for (Input<?> input : InputCatalogue.all()) {
            if (input instanceof Coded<?> coded && !FROM_PATIENT.containsKey(input)) {
                CODED_BY_CATEGORY.put(coded.category(), coded);
            }
        }
    }

    private final RequestTree tree = new RequestTree();

    void set(Input<?> input, JsonNode value) {
        tree.set(input.path(), value);
    }

    /** Adds a vocabulary code by its category; false for a category that no input of the request takes. */
    boolean addCode(String category, String code) {
        Coded<?> input = CODED_BY_CATEGORY.get(category);
        if (input == null || input.code(code).isEmpty()) {
            return false;
        }
        JsonNode value = JsonNodeFactory.instance.textNode(code);
        if (input instanceof CodeListInput<?>) {
            tree.addIfAbsent(input.path(), value);
        } else {
            tree.set(input.path(), value);
        }
        return true;
    }

    /**
     * Adds the answers of an intake questionnaire response, which come last: its code lists join the others, its
     * single answers replace theirs, except where the Patient resource already gave one (a different answer there
     * is listed in {@code notUsed}).
     */
    void addIntake(RequestTree intake, String label, List<String> notUsed) {
        Stream.concat(InputCatalogue.all().stream().map(Input::path), InputCatalogue.aliases().keySet().stream())
                .filter(intake::has).forEach(path -> {
                    Input<?> input = InputCatalogue.byPath(path).orElseThrow();
                    JsonNode answer = intake.get(path);
                    if (FROM_PATIENT.containsKey(input) && tree.has(path)) {
                        if (!answer.equals(tree.get(path))) {
                            notUsed.add(label + " item " + path + ": " + answer + " differs from "
                                    + FROM_PATIENT.get(input) + ", which is used");
                        }
                    } else if (input instanceof CodeListInput<?>) {
                        answer.forEach(code -> tree.addIfAbsent(path, code));
                    } else if (input instanceof RecordListInput<?>) {
                        answer.forEach(record -> tree.add(path, record));
                    } else {
                        tree.set(path, answer);
                    }
                });
    }

    /** The inputs the triage cannot run without, as the request names them; empty when there are none. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Input<?> input : tree.unansweredRequired()) {
            String element = FROM_PATIENT.get(input);
            missing.add(input.path() + (element == null ? "" : " (" + element + ")"));
        }
        return missing;
    }

    RequestTree tree() {
        return tree;
    }
}
