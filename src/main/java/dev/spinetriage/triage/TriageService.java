package dev.spinetriage.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.rules.TriageEngine;
import dev.spinetriage.rules.TriageOutcome;
import dev.spinetriage.ruleset.ActiveRuleset;
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
    private final ObjectMapper json;
    private final TriageRecorder recorder;

    TriageService(ActiveRuleset activeRuleset, ObjectMapper json, TriageRecorder recorder) {
        this.activeRuleset = activeRuleset;
        this.json = json;
        this.recorder = recorder;
    }

    /** The record is committed before this returns: an answer the client sees is never lost. */
    public TriageResponse triage(TriageRequest request) {
        TriageEngine engine = activeRuleset.engine();
        TriageOutcome outcome = engine.evaluate(TriageMapper.toReport(request));
        // Microseconds: PostgreSQL's precision, so the stored and the returned timestamps are equal.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        TriageResponse response = TriageMapper.toResponse(UUID.randomUUID(), now, outcome);
        recorder.record(response.triageId(), now, outcome.rulesetVersion(), outcome.disposition().name(),
                write(request), write(response));
        return response;
    }

    @Transactional
    public Optional<TriageResponse> find(UUID triageId) {
        return TriageRecordEntity.<TriageRecordEntity>findByIdOptional(triageId).map(r -> read(r.response));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise a triage record", e);
        }
    }

    private TriageResponse read(String stored) {
        try {
            return json.readValue(stored, TriageResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored triage record is unreadable", e);
        }
    }
}
