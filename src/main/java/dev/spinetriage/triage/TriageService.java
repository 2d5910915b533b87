package dev.spinetriage.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.rules.TriageEngine;
import dev.spinetriage.rules.TriageOutcome;
import dev.spinetriage.ruleset.ActiveRuleset;
import dev.spinetriage.ruleset.RulesetEngines;
import dev.spinetriage.triage.dto.ReplayResponse;
import dev.spinetriage.triage.dto.TriageRequest;
import dev.spinetriage.triage.dto.TriageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Triage a patient: evaluate against the active ruleset, record the result, return it. */
@ApplicationScoped
public class TriageService {

    private final ActiveRuleset activeRuleset;
    private final RulesetEngines engines;
    private final ObjectMapper json;
    private final TriageRecorder recorder;
    private final TriageMetrics metrics;

    TriageService(ActiveRuleset activeRuleset, RulesetEngines engines, ObjectMapper json, TriageRecorder recorder,
            TriageMetrics metrics) {
        this.activeRuleset = activeRuleset;
        this.engines = engines;
        this.json = json;
        this.recorder = recorder;
        this.metrics = metrics;
    }

    /** The record is committed before this returns: an answer the client sees is never lost. */
    public TriageResponse triage(TriageRequest request, Caller client) {
        return metrics.timed(() -> evaluateAndRecord(request, client));
    }

    private TriageResponse evaluateAndRecord(TriageRequest request, Caller client) {
        TriageEngine engine = activeRuleset.engine();
        TriageOutcome outcome = engine.evaluate(TriageMapper.toReport(request));
        // Microseconds: PostgreSQL's precision, so the stored and the returned timestamps are equal.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        TriageResponse response = TriageMapper.toResponse(UUID.randomUUID(), now, outcome);
        recorder.record(response.triageId(), now, outcome.rulesetVersion(), outcome.disposition().name(),
                write(request), write(response), client.keyId());
        metrics.count(outcome);
        return response;
    }

    /**
     * Empty also when another client made the triage: to a client, another's triage does not exist, which says
     * nothing about which ids are in use. A rules-admin reads every triage.
     */
    @Transactional
    public Optional<TriageResponse> find(UUID triageId, Caller client) {
        return TriageRecordEntity.<TriageRecordEntity>findByIdOptional(triageId)
                .filter(r -> client.rulesAdmin() || client.keyId().equals(r.clientKeyId))
                .map(r -> read(r.response));
    }

    /** Re-runs a stored request on another ruleset (what-if); stores nothing. */
    @Transactional
    public Optional<ReplayResponse> replay(UUID triageId, String rulesetVersion) {
        return TriageRecordEntity.<TriageRecordEntity>findByIdOptional(triageId).map(record -> {
            TriageResponse original = read(record.response);
            TriageRequest request = read(record.request, TriageRequest.class);
            TriageOutcome outcome = engines.forVersion(rulesetVersion).evaluate(TriageMapper.toReport(request));
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            TriageResponse replayed = TriageMapper.toResponse(triageId, now, outcome);
            return new ReplayResponse(original, replayed, ReplayComparison.between(original, replayed));
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise a triage record", e);
        }
    }

    private TriageResponse read(String stored) {
        return read(stored, TriageResponse.class);
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored triage record is unreadable as " + type.getSimpleName(), e);
        }
    }
}
