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
import dev.spinetriage.triage.idempotency.FirstAnswer;
import dev.spinetriage.triage.idempotency.IdempotencyClaim;
import dev.spinetriage.triage.idempotency.IdempotencyKey;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Triage a patient: evaluate against the active ruleset, record the result, return it. */
@ApplicationScoped
public class TriageService {

    private final ActiveRuleset activeRuleset;
    private final RulesetEngines engines;
    private final Json json;
    private final TriageStore store;
    private final TriageMetrics metrics;
    private final Clock clock;
    private final PolicyProfiles profiles;

    TriageService(ActiveRuleset activeRuleset, RulesetEngines engines, Json json, TriageStore store,
            TriageMetrics metrics, Clock clock, PolicyProfiles profiles) {
        this.activeRuleset = activeRuleset;
        this.engines = engines;
        this.json = json;
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
        this.profiles = profiles;
    }

    /**
     * An answer; {@code json}, the answer as sent (serialised once, for the record and the wire alike); and whether
     * it is the stored answer to an earlier request with the same Idempotency-Key.
     */
    public record Triaged(TriageResponse response, String json, boolean replayed) {}

    /**
     * Evaluates, records, answers. The stage completes once the record is committed, so an answer the client sees is
     * never lost, and fails if it could not be recorded. Without an idempotency key (null) nothing here blocks:
     * evaluating is pure CPU on the calling thread, and only the insert waits, on the store's thread. With a key,
     * the key's earlier answer is looked up first, a query on the calling thread: call it where blocking is allowed.
     * A request the client already sent under that key within 24 h gets the stored answer back and nothing new is
     * stored; another request under that key is refused (422).
     */
    public CompletionStage<Triaged> triage(TriageRequest request, Caller client, IdempotencyKey key) {
        Timer.Sample started = metrics.start();
        try {
            OffsetDateTime now = OffsetDateTime.now(clock);
            String storedRequest = json.write(request);
            IdempotencyClaim claim = null;
            if (key != null) {
                // The request as parsed and serialised again: whitespace and member order do not make it another one.
                claim = new IdempotencyClaim(client.keyId(), key, IdempotencyClaim.hashOf(storedRequest));
                Optional<FirstAnswer> first = store.findByKey(client.keyId(), key, now);
                if (first.isPresent()) {
                    Triaged again = answerAgain(first.get(), claim);
                    metrics.stop(started);
                    return CompletableFuture.completedFuture(again);
                }
            }
            return evaluateAndSave(request, storedRequest, client, claim, now, started);
        } catch (RuntimeException e) {
            metrics.stop(started); // a failed triage is timed too
            throw e;
        }
    }

    private CompletionStage<Triaged> evaluateAndSave(TriageRequest request, String storedRequest, Caller client,
            IdempotencyClaim claim, OffsetDateTime now, Timer.Sample started) {
        TriageOutcome outcome = activeRuleset.engine().evaluate(TriageMapper.toReport(request),
                profiles.resolve(request.policyProfile(), client));
        TriageResponse response = TriageMapper.toResponse(TriageIds.newId(now.toInstant()), now, outcome);
        String answer = json.write(response);
        TriageRecord record = new TriageRecord(response.triageId(), now, outcome.rulesetVersion(),
                outcome.disposition().name(), storedRequest, answer, client.keyId());
        return store.save(record, claim).handle((answeredBefore, failure) -> {
            try {
                if (failure != null) {
                    throw notRecorded(record.triageId(), failure);
                }
                if (answeredBefore.isPresent()) {
                    // A request with the same key got there first (a concurrent retry); its answer is committed.
                    return answerAgain(answeredBefore.get(), claim);
                }
                metrics.count(outcome);
                return new Triaged(response, answer, false);
            } finally {
                metrics.stop(started);
            }
        });
    }

    /** A problem the store raised reaches the client as it is; any other failure means the triage is not recorded. */
    private static RuntimeException notRecorded(UUID triageId, Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        return cause instanceof ProblemException problem ? problem
                : new IllegalStateException("Could not record triage " + triageId, cause);
    }

    private Triaged answerAgain(FirstAnswer first, IdempotencyClaim claim) {
        if (!first.requestHash().equals(claim.requestHash())) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, IdempotencyKey.HEADER + " '"
                    + claim.key().value() + "' was already used with a different request in the last "
                    + IdempotencyKey.LIFETIME_HOURS + " hours. Send a new request with a new key.",
                    List.of(new Problem.FieldError(IdempotencyKey.HEADER, "already used for another request")));
        }
        // Parsed and written again rather than the stored text: records stored before V12 were jsonb, whose text has
        // its members reordered; written again from the record type, a replay is byte-identical to the first answer.
        TriageResponse again = json.read(first.response(), TriageResponse.class);
        return new Triaged(again, json.write(again), true);
    }

    /** Empty also when another client made the triage (see {@link TriageStore#find}); a rules-admin reads all. */
    public Optional<TriageResponse> find(UUID triageId, Caller client) {
        return store.find(triageId, client).map(record -> json.read(record.response(), TriageResponse.class));
    }

    /**
     * Re-runs a stored request on another ruleset (what-if), under the policy profile the original was answered
     * under; stores nothing.
     */
    @Transactional
    public Optional<ReplayResponse> replay(UUID triageId, String rulesetVersion, Caller caller) {
        return store.find(triageId, caller).map(record -> {
            TriageResponse original = json.read(record.response(), TriageResponse.class);
            TriageRequest request = json.read(record.request(), TriageRequest.class);
            TriageOutcome outcome = engines.forVersion(rulesetVersion).evaluate(TriageMapper.toReport(request),
                    profiles.orDefault(original.policyProfile()));
            TriageResponse replayed = TriageMapper.toResponse(triageId, OffsetDateTime.now(clock), outcome);
            return new ReplayResponse(original, replayed, ReplayComparison.between(original, replayed));
        });
    }
}
