package dev.spinetriage.admin;

import dev.spinetriage.admin.dto.GoldenCaseDto;
import dev.spinetriage.platform.http.ETags;
import dev.spinetriage.platform.json.Json;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.rules.TriageEngine;
import dev.spinetriage.triage.PolicyProfiles;
import dev.spinetriage.triage.TriageMapper;
import dev.spinetriage.triage.dto.TriageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Golden cases: their storage, with optimistic concurrency and audit, and running them against an engine. */
@ApplicationScoped
public class GoldenCaseService {

    static final String ENTITY = "GOLDEN_CASE";

    private final Json json;
    private final AuditLog audit;
    private final Clock clock;
    private final PolicyProfiles profiles;

    GoldenCaseService(Json json, AuditLog audit, Clock clock, PolicyProfiles profiles) {
        this.profiles = profiles;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<GoldenCaseDto> list() {
        return GoldenCaseEntity.<GoldenCaseEntity>listAll(Sort.by("caseId")).stream().map(this::toDto).toList();
    }

    @Transactional
    public Versioned<GoldenCaseDto> get(String id) {
        GoldenCaseEntity entity = find(id);
        return new Versioned<>(toDto(entity), entity.rowVersion);
    }

    @Transactional
    public Versioned<GoldenCaseDto> create(GoldenCaseDto input, String actor) {
        if (input.id() == null) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "A golden case needs an id.");
        }
        GoldenCaseEntity entity = new GoldenCaseEntity();
        entity.caseId = input.id();
        entity.createdAt = OffsetDateTime.now(clock);
        apply(entity, input);
        entity.persist();
        UniqueInsert.flush("Golden case " + input.id() + " already exists.");
        audit.record(actor, "CREATE_GOLDEN_CASE", ENTITY, entity.caseId, null, input);
        return new Versioned<>(toDto(entity), entity.rowVersion);
    }

    @Transactional
    public Versioned<GoldenCaseDto> update(String id, GoldenCaseDto input, int expectedVersion, String actor) {
        if (input.id() != null && !input.id().equals(id)) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "The body's id must equal the path's id.");
        }
        GoldenCaseEntity entity = find(id);
        ETags.check(expectedVersion, entity.rowVersion);
        GoldenCaseDto before = toDto(entity);
        apply(entity, input);
        Versions.flush();
        audit.record(actor, "UPDATE_GOLDEN_CASE", ENTITY, id, before, toDto(entity));
        return new Versioned<>(toDto(entity), entity.rowVersion);
    }

    @Transactional
    public void delete(String id, int expectedVersion, String actor) {
        GoldenCaseEntity entity = find(id);
        ETags.check(expectedVersion, entity.rowVersion);
        GoldenCaseDto before = toDto(entity);
        entity.delete();
        Versions.flush();
        audit.record(actor, "DELETE_GOLDEN_CASE", ENTITY, id, before, null);
    }

    /**
     * Every golden case run on the engine, each under the policy profile its request names (else the service's
     * default): case id to what failed (only failing cases are listed).
     */
    @Transactional
    public Map<String, List<String>> failuresOn(TriageEngine engine) {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (GoldenCaseDto golden : list()) {
            List<String> failed = GoldenCaseCheck.failures(engine, TriageMapper.toReport(golden.request()),
                    profiles.orDefault(golden.request().policyProfile()), golden.expected());
            if (!failed.isEmpty()) {
                failures.put(golden.id(), failed);
            }
        }
        return failures;
    }

    private GoldenCaseEntity find(String id) {
        GoldenCaseEntity entity = GoldenCaseEntity.findById(id);
        if (entity == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No golden case " + id);
        }
        return entity;
    }

    private void apply(GoldenCaseEntity entity, GoldenCaseDto input) {
        entity.description = input.description() == null ? "" : input.description();
        entity.request = json.write(input.request());
        entity.expected = json.write(input.expected());
        entity.updatedAt = OffsetDateTime.now(clock);
    }

    private GoldenCaseDto toDto(GoldenCaseEntity entity) {
        return new GoldenCaseDto(entity.caseId, entity.description, json.read(entity.request, TriageRequest.class),
                json.read(entity.expected, GoldenCaseDto.Expected.class));
    }
}
