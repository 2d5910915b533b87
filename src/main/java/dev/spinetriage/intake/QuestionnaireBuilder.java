package dev.spinetriage.intake;

import dev.spinetriage.rules.input.Coded;
import dev.spinetriage.rules.input.EnableWhen;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.NumberInput;
import dev.spinetriage.rules.input.RecordListInput;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.Type;

/**
 * Generates the intake Questionnaire from the input catalogue: one item per input in catalogue order, its linkId the
 * input's JSON path, its type, repeats, required and enableWhen from the catalogue, coded answers as answerOptions
 * with the vocabulary's labels, number ranges as the minValue/maxValue extensions, lists of records as repeating
 * groups of their fields. Pure: the labels are handed in.
 */
final class QuestionnaireBuilder {

    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    /** Vocabulary labels: category, then code, to label. */
    private final Map<String, Map<String, String>> labels;

    QuestionnaireBuilder(Map<String, Map<String, String>> labels) {
        this.labels = labels;
    }

    /** The questionnaire without a version (the version is derived from what this holds). */
    Questionnaire build() {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(IntakeQuestionnaire.ID);
        questionnaire.setUrl(IntakeQuestionnaire.CANONICAL);
        questionnaire.setName("BackPainIntake");
        questionnaire.setTitle("Spine Triage back-pain intake");
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.setDescription("The questions of the Spine Triage API, generated from its input catalogue. "
                + "Each linkId is the JSON path of the TriageRequest field it fills; coded answers are codes of "
                + IntakeQuestionnaire.CODE_SYSTEM + " (GET /api/v1/vocabulary). A completed response can be "
                + "POSTed to /api/v1/triage as application/fhir+json.");
        InputCatalogue.all().forEach(input -> questionnaire.addItem(item(input)));
        return questionnaire;
    }

    private QuestionnaireItemComponent item(Input<?> input) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(input.path())
                .setText(input.question()).setType(type(input)).setRepeats(input.repeats());
        if (input.required()) {
            item.setRequired(true);
        }
        if (input instanceof Coded<?> coded) {
            coded.codes().forEach(code -> item.addAnswerOption().setValue(new Coding(IntakeQuestionnaire.CODE_SYSTEM,
                    code.name(), label(coded, code))));
        }
        if (input instanceof NumberInput number) {
            item.addExtension(MIN_VALUE, new IntegerType(number.min()));
            item.addExtension(MAX_VALUE, new IntegerType(number.max()));
        }
        if (input instanceof RecordListInput<?> list) {
            list.fields().forEach(field -> item.addItem(item(field)));
        }
        input.enableWhen().forEach(condition -> item.addEnableWhen(enableWhen(condition)));
        if (input.enableWhen().size() > 1) {
            item.setEnableBehavior(EnableWhenBehavior.ANY);
        }
        return item;
    }

    private static QuestionnaireItemType type(Input<?> input) {
        return switch (input.questionType()) {
            case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
            case INTEGER -> QuestionnaireItemType.INTEGER;
            case CHOICE -> QuestionnaireItemType.CHOICE;
            case GROUP -> QuestionnaireItemType.GROUP;
        };
    }

    private static QuestionnaireItemEnableWhenComponent enableWhen(EnableWhen condition) {
        Input<?> question = InputCatalogue.byPath(condition.question()).orElseThrow(() -> new IllegalStateException(
                "enableWhen names " + condition.question() + ", which is not in the input catalogue"));
        return new QuestionnaireItemEnableWhenComponent().setQuestion(question.path())
                .setOperator(QuestionnaireItemOperator.fromCode(condition.operator().fhir()))
                .setAnswer(answer(question, condition));
    }

    /** FHIR types the answer as the question is typed; "exists" takes true (the question must be answered). */
    private static Type answer(Input<?> question, EnableWhen condition) {
        if (condition.operator() == EnableWhen.Operator.EXISTS) {
            return new BooleanType(true);
        }
        return switch (question.questionType()) {
            case BOOLEAN -> new BooleanType(Boolean.parseBoolean(condition.answer()));
            case INTEGER -> new IntegerType(Integer.parseInt(condition.answer()));
            case CHOICE -> new Coding(IntakeQuestionnaire.CODE_SYSTEM, condition.answer(), null);
            case GROUP -> throw new IllegalStateException("enableWhen cannot test the group " + question.path());
        };
    }

    private String label(Coded<?> input, Enum<?> code) {
        String label = labels.getOrDefault(input.category(), Map.of()).get(code.name());
        if (label == null) {
            throw new IllegalStateException("The vocabulary has no label for " + input.category() + " " + code.name()
                    + ", a code of " + input.path());
        }
        return label;
    }
}
