package dev.spinetriage.cds.fhir;

import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.rules.code.AggravatingFactor;
import dev.spinetriage.rules.code.ConservativeCareModality;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.Laterality;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.triage.dto.PriorInjectionDto;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/**
 * Reads the answers of our intake QuestionnaireResponse into a {@link TriageDraft}. It is our own questionnaire, so
 * an unknown linkId, a code outside our vocabulary or an answer of the wrong type is the client's error (400), as
 * in the plain JSON API.
 */
final class IntakeAnswers {

    private final TriageDraft draft;
    private final List<Problem.FieldError> errors;
    private final String where;

    IntakeAnswers(TriageDraft draft, List<Problem.FieldError> errors, String where) {
        this.draft = draft;
        this.errors = errors;
        this.where = where;
    }

    void read(List<QuestionnaireResponseItemComponent> items) {
        for (QuestionnaireResponseItemComponent item : items) {
            if ("priorInjections".equals(item.getLinkId())) {
                priorInjection(item);
            } else {
                item.getAnswer().forEach(answer -> answer(item.getLinkId(), answer));
            }
        }
    }

    private void answer(String linkId, QuestionnaireResponseItemAnswerComponent a) {
        switch (linkId) {
            case "symptoms" -> code(linkId, a, Symptom.class, draft.symptoms::add);
            case "painLocations" -> code(linkId, a, PainLocation.class, draft.painLocations::add);
            case "laterality" -> code(linkId, a, Laterality.class, v -> draft.laterality = v);
            case "aggravatingFactors" -> code(linkId, a, AggravatingFactor.class, draft.aggravatingFactors::add);
            case "conservativeCare.modalities" -> code(linkId, a, ConservativeCareModality.class, draft.modalities::add);
            case "redFlags" -> code(linkId, a, RedFlag.class, draft.redFlags::add);
            case "contraindications" -> code(linkId, a, Contraindication.class, draft.contraindications::add);
            case "durationWeeks" -> integer(linkId, a, v -> draft.durationWeeks = v);
            case "painScore" -> integer(linkId, a, v -> draft.painScore = v);
            case "conservativeCare.weeks" -> integer(linkId, a, v -> draft.conservativeCareWeeks = v);
            case "clinicalFindings.sacroiliacProvocationPositive" ->
                    integer(linkId, a, v -> draft.sacroiliacProvocationPositive = v);
            case "relievedByFlexion" -> bool(linkId, a, v -> draft.relievedByFlexion = v);
            case "functionalImpairment" -> bool(linkId, a, v -> draft.functionalImpairment = v);
            case "prefersToAvoidSurgery" -> bool(linkId, a, v -> draft.prefersToAvoidSurgery = v);
            case "patient.pregnant" -> bool(linkId, a, v -> draft.pregnant = v);
            case "clinicalFindings.triggerPointsPalpable" -> bool(linkId, a, v -> draft.triggerPointsPalpable = v);
            case "clinicalFindings.straightLegRaisePositive" ->
                    bool(linkId, a, v -> draft.straightLegRaisePositive = v);
            case "clinicalFindings.imagingConcordant" -> bool(linkId, a, v -> draft.imagingConcordant = v);
            default -> error(linkId, "not an item of " + IntakeQuestionnaire.CANONICAL);
        }
    }

    /** A repeating group with priorInjections.therapy, .reliefPercent and .weeksAgo. */
    private void priorInjection(QuestionnaireResponseItemComponent group) {
        Therapy[] therapy = {null};
        Integer[] relief = {null};
        Integer[] weeksAgo = {null};
        for (QuestionnaireResponseItemComponent item : group.getItem()) {
            String linkId = item.getLinkId();
            for (QuestionnaireResponseItemAnswerComponent a : item.getAnswer()) {
                switch (linkId) {
                    case "priorInjections.therapy" -> code(linkId, a, Therapy.class, v -> therapy[0] = v);
                    case "priorInjections.reliefPercent" -> integer(linkId, a, v -> relief[0] = v);
                    case "priorInjections.weeksAgo" -> integer(linkId, a, v -> weeksAgo[0] = v);
                    default -> error(linkId, "not an item of the priorInjections group");
                }
            }
        }
        if (therapy[0] == null || relief[0] == null || weeksAgo[0] == null) {
            error("priorInjections", "each prior injection needs therapy, reliefPercent and weeksAgo");
            return;
        }
        draft.priorInjections.add(new PriorInjectionDto(therapy[0], relief[0], weeksAgo[0], null, null, null));
    }

    private <E extends Enum<E>> void code(String linkId, QuestionnaireResponseItemAnswerComponent a, Class<E> type,
            Consumer<E> into) {
        if (!a.hasValueCoding()) {
            error(linkId, "expects valueCoding");
            return;
        }
        Coding coding = a.getValueCoding();
        if (!IntakeQuestionnaire.CODE_SYSTEM.equals(coding.getSystem())) {
            error(linkId, "expects codes of " + IntakeQuestionnaire.CODE_SYSTEM);
            return;
        }
        try {
            into.accept(Enum.valueOf(type, coding.getCode()));
        } catch (IllegalArgumentException | NullPointerException e) {
            String code = String.valueOf(coding.getCode());
            error(linkId, "unknown code '" + (code.length() > 40 ? code.substring(0, 40) : code) + "'");
        }
    }

    private void integer(String linkId, QuestionnaireResponseItemAnswerComponent a, Consumer<Integer> into) {
        if (a.hasValueIntegerType()) {
            into.accept(a.getValueIntegerType().getValue());
        } else {
            error(linkId, "expects valueInteger");
        }
    }

    private void bool(String linkId, QuestionnaireResponseItemAnswerComponent a, Consumer<Boolean> into) {
        if (a.hasValueBooleanType()) {
            into.accept(a.getValueBooleanType().getValue());
        } else {
            error(linkId, "expects valueBoolean");
        }
    }

    private void error(String linkId, String message) {
        String shown = linkId == null ? "" : linkId.length() > 80 ? linkId.substring(0, 80) : linkId;
        errors.add(new Problem.FieldError(where + ".item[" + shown + "]", message));
    }
}
