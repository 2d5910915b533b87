package dev.spinetriage.triage;

import dev.spinetriage.platform.json.Json;
import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.rules.TriageOutcome;
import dev.spinetriage.ruleset.ActiveRuleset;
import dev.spinetriage.ruleset.RulesetEngines;
import dev.spinetriage.triage.dto.ReplayResponse;
import dev.spinetriage.triage.dto.TriageRequest;
import dev.spinetriage.triage.dto.TriageResponse;
import dev.spinetriage.triage.idempotency.IdempotencyClaim;
import dev.spinetriage.triage.idempotency.IdempotencyKey;
import dev.spinetriage.triage.store.FirstAnswers;
import dev.spinetriage.triage.store.TriageRecordEntity;
import dev.spinetriage.triage.store.TriageRecorder;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Triage a patient: evaluate against the active ruleset, record the result, return it. */
@ApplicationScoped
public class TriageService {

    private final ActiveRuleset activeRuleset;
    private final RulesetEngines engines;
    private final Json json;
    private final TriageRecorder recorder;
    private final TriageMetrics metrics;
    private final FirstAnswers firstAnswers;
    private final Clock clock;

    TriageService(ActiveRuleset activeRuleset, RulesetEngines engines, Json json, TriageRecorder recorder,
            TriageMetrics metrics, FirstAnswers firstAnswers, Clock clock) {
        this.activeRuleset = activeRuleset;
        this.engines = engines;
        this.json = json;
        this.recorder = recorder;
        this.metrics = metrics;
        this.firstAnswers = firstAnswers;
        this.clock = clock;
    }

    /**
     * An answer; {@code json}, the answer as sent (serialised once, for the record and the wire alike); and whether
     * it is the stored answer to an earlier request with the same Idempotency-Key.
     */
    public record Triaged(TriageResponse response, String json, boolean replayed) {}

    /**
     * The record is committed before this returns: an answer the client sees is never lost. With an idempotency key
     * (null: none), a request the client already sent under that key within 24 h gets the stored answer back and
     * nothing new is stored; another request under that key is refused (422).
     */
    public Triaged triage(TriageRequest request, Caller client, IdempotencyKey key) {
        return metrics.timed(() -> evaluateAndRecord(request, client, key));
    }

    /**
     * A triage without an Idempotency-Key, for a caller that must not block (the HTTP event loop): evaluating is
     * pure CPU and runs on the calling thread; only the insert waits, on the recorder's thread, and the returned
     * stage completes once the record is committed (or fails with its batch). With a key, the stored-answer lookup
     * queries the database: use {@link #triage} on a worker thread.
     */
    public CompletionStage<Triaged> triageWithoutKey(TriageRequest request, Caller client) {
        Timer.Sample started = metrics.start();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Evaluated evaluated;
        try {
            evaluated = evaluate(request, now);
        } catch (RuntimeException e) {
            metrics.stop(started); // a failed triage is timed too, as on the blocking path (metrics.timed)
            throw e;
        }
        return recorder.enqueue(evaluated.response.triageId(), now, evaluated.outcome.rulesetVersion(),
                evaluated.outcome.disposition().name(), json.write(request), evaluated.json, client.keyId(), null)
                .handle((committed, failure) -> {
                    metrics.stop(started);
                    if (failure != null) {
                        throw new IllegalStateException("Could not record triage " + evaluated.response.triageId(),
                                failure instanceof CompletionException ? failure.getCause() : failure);
                    }
                    metrics.count(evaluated.outcome);
                    return new Triaged(evaluated.response, evaluated.json, false);
                });
    }

    /** An outcome, the answer made of it, and that answer as JSON text (written once, for the record and the wire). */
    private record Evaluated(TriageOutcome outcome, TriageResponse response, String json) {}

    private Evaluated evaluate(TriageRequest request, OffsetDateTime now) {
        TriageOutcome outcome = activeRuleset.engine().evaluate(TriageMapper.toReport(request));
        TriageResponse response = TriageMapper.toResponse(UUID.randomUUID(), now, outcome);
        return new Evaluated(outcome, response, json.write(response));
    }

    private Triaged evaluateAndRecord(TriageRequest request, Caller client, IdempotencyKey key) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String storedRequest = json.write(request);
        IdempotencyClaim claim = null;
        if (key != null) {
            // The request as parsed and serialised again: whitespace and member order do not make it another one.
            claim = new IdempotencyClaim(client.keyId(), key, IdempotencyClaim.hashOf(storedRequest));
            Optional<FirstAnswers.Original> original = firstAnswers.find(client.keyId(), key, now);
            if (original.isPresent()) {
                return answerAgain(original.get(), claim);
            }
        }
        Evaluated evaluated = evaluate(request, now);
        TriageOutcome outcome = evaluated.outcome;
        boolean stored = recorder.record(evaluated.response.triageId(), now, outcome.rulesetVersion(),
                outcome.disposition().name(), storedRequest, evaluated.json, client.keyId(), claim);
        if (!stored) {
            // A request with the same key got there first (a concurrent retry); its answer is committed by now.
            return answerAgain(firstAnswers.find(client.keyId(), key, now).orElseThrow(() -> new ProblemException(
                    ProblemType.CONFLICT, "A request with the same Idempotency-Key was being recorded; retry.")),
                    claim);
        }
        metrics.count(outcome);
        return new Triaged(evaluated.response, evaluated.json, false);
    }

    private Triaged answerAgain(FirstAnswers.Original original, IdempotencyClaim claim) {
        if (!original.requestHash().equals(claim.requestHash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, IdempotencyKey.HEADER + " '"
                    + claim.key.value() + "' was already used with a different request in the last "
                    + FirstAnswers.LIFETIME_HOURS + " hours. Send a new request with a new key.",
                    List.of(new Problem.FieldError(IdempotencyKey.HEADER, "already used for another request")));
        }
        // Parsed and written again rather than the stored text: records stored before V12 were jsonb, whose text has
        // its members reordered; written again from the record type, a replay is byte-identical to the first answer.
        TriageResponse again = json.read(original.response(), TriageResponse.class);
        return new Triaged(again, json.write(again), true);
    }

    /**
     * Empty also when another client made the triage: to a client, another's triage does not exist, which says
     * nothing about which ids are in use. A rules-admin reads every triage.
     */
    @Transactional
    public Optional<TriageResponse> find(UUID triageId, Caller client) {
        return TriageRecordEntity.<TriageRecordEntity>findByIdOptional(triageId)
                .filter(r -> client.rulesAdmin() || client.keyId().equals(r.clientKeyId))
                .map(r -> json.read(r.response, TriageResponse.class));
    }

    /** Re-runs a stored request on another ruleset (what-if); stores nothing. */
    @Transactional
    public Optional<ReplayResponse> replay(UUID triageId, String rulesetVersion) {
        return TriageRecordEntity.<TriageRecordEntity>findByIdOptional(triageId).map(record -> {
            TriageResponse original = json.read(record.response, TriageResponse.class);
            TriageRequest request = json.read(record.request, TriageRequest.class);
            TriageOutcome outcome = engines.forVersion(rulesetVersion).evaluate(TriageMapper.toReport(request));
            OffsetDateTime now = OffsetDateTime.now(clock);
            TriageResponse replayed = TriageMapper.toResponse(triageId, now, outcome);
            return new ReplayResponse(original, replayed, ReplayComparison.between(original, replayed));
        });
    }
}
