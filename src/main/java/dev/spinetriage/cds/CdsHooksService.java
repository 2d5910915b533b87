package dev.spinetriage.cds;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spinetriage.cds.auth.CdsClient;
import dev.spinetriage.cds.dto.CdsServiceRequest;
import dev.spinetriage.cds.dto.CdsServiceResponse;
import dev.spinetriage.cds.fhir.FhirMapping;
import dev.spinetriage.cds.fhir.FhirPrefetch;
import dev.spinetriage.cds.fhir.FhirToTriageRequest;
import dev.spinetriage.cds.fhir.PatientData;
import dev.spinetriage.intake.RequestTreeBinder;
import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.triage.TriageService;
import dev.spinetriage.triage.dto.TriageRequest;
import dev.spinetriage.triage.dto.TriageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * A CDS Hooks call: read the prefetched FHIR data, map it to a triage request, triage it with the same engine and
 * record as the plain API, and answer with cards whose uuids are stored for feedback.
 */
@ApplicationScoped
public class CdsHooksService {

    private final FhirPrefetch prefetch;
    private final CdsVocabulary vocabulary;
    private final TriageService triage;
    private final CdsCardStore cards;
    private final RequestTreeBinder binder;
    private final CardsBuilder builder;
    private final Clock clock;
    private final CdsConfig config;

    CdsHooksService(FhirPrefetch prefetch, CdsVocabulary vocabulary, TriageService triage, CdsCardStore cards,
            RequestTreeBinder binder, CdsConfig config, Clock clock) {
        this.prefetch = prefetch;
        this.vocabulary = vocabulary;
        this.triage = triage;
        this.cards = cards;
        this.binder = binder;
        this.builder = new CardsBuilder(config.publicBaseUrl().replaceAll("/+$", ""));
        this.clock = clock;
        this.config = config;
    }

    public CdsServiceResponse call(String serviceId, CdsServiceRequest request, CdsClient client) {
        if (!CdsServiceCatalog.PATIENT_VIEW.equals(request.hook())) {
            throw invalid("hook", "this service answers the patient-view hook only");
        }
        String patientId = text(request.context().get("patientId"));
        if (patientId == null) {
            throw invalid("context.patientId", "required for patient-view");
        }
        PatientData data = prefetch.parse(request.prefetch());
        FhirMapping mapping = new FhirToTriageRequest(vocabulary.snomed(), LocalDate.now(clock))
                .map(data, patientId);
        if (!mapping.complete()) {
            return new CdsServiceResponse(List.of(CardsBuilder.incomplete(mapping.missing(), mapping.notUsed())));
        }
        // The same limits as the JSON API (pain score 0-10, weeks >= 0 …), named by the intake item they came from.
        TriageRequest triageRequest = binder.bind(mapping.request(), "prefetch.intake.");
        Caller caller = new Caller(null, "cds:" + client.issuer(), false,
                config.policyProfileOf(client.issuer()).map(Enum::name).orElse(null));
        TriageResponse answer = recorded(triage.triage(triageRequest, caller, null)).response();
        List<PlannedCard> planned = builder.build(answer, mapping.notUsed());
        cards.save(answer.triageId(), new CdsCardStore.CallOrigin(serviceId, request.hook(), request.hookInstance(),
                client), planned);
        return new CdsServiceResponse(planned.stream().map(PlannedCard::card).toList());
    }

    /**
     * Waits until the triage is recorded: the cards are stored against it. This call is blocking anyway (its
     * resource method runs on a worker thread), and the triage's own work runs on this thread or the store's.
     */
    private static TriageService.Triaged recorded(CompletionStage<TriageService.Triaged> triaged) {
        try {
            return triaged.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_ERROR, "The CDS Hooks request is invalid.",
                List.of(new Problem.FieldError(field, message)));
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
