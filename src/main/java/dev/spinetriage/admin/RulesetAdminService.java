package dev.spinetriage.admin;

import dev.spinetriage.admin.dto.CreateRulesetRequest;
import dev.spinetriage.admin.dto.RuleInput;
import dev.spinetriage.admin.dto.ValidationReport;
import dev.spinetriage.platform.http.ETags;
import dev.spinetriage.platform.json.Json;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.rules.ReasonKind;
import dev.spinetriage.ruleset.RuleEntity;
import dev.spinetriage.ruleset.RuleMapper;
import dev.spinetriage.ruleset.RulesetEntity;
import dev.spinetriage.ruleset.dto.RulesetDto.RuleDto;
import dev.spinetriage.ruleset.dto.RulesetDto;
import dev.spinetriage.vocabulary.ClinicalSourceEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Drafts and their rules: creation, editing under optimistic concurrency, validation. Every change is audited. */
@ApplicationScoped
public class RulesetAdminService {

    static final String RULESET = "RULESET";
    static final String RULE = "RULE";

    private final RuleMapper mapper;
    private final AuditLog audit;
    private final Json json;
    private final Clock clock;

    RulesetAdminService(RuleMapper mapper, AuditLog audit, Json json, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public List<RulesetDto> list() {
        return RulesetEntity.<RulesetEntity>listAll(Sort.by("createdAt").and("version")).stream()
                .map(r -> mapper.toDto(r, false)).toList();
    }

    @Transactional
    public Versioned<RulesetDto> get(String version) {
        RulesetEntity ruleset = ruleset(version);
        return new Versioned<>(mapper.toDto(ruleset, true), ruleset.rowVersion);
    }

    @Transactional
    public Versioned<RulesetDto> createDraft(CreateRulesetRequest request, String actor) {
        if (request.copyFrom() != null && RulesetEntity.findById(request.copyFrom()) == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "copyFrom names no ruleset: " + request.copyFrom());
        }
        RulesetEntity draft = new RulesetEntity();
        draft.version = request.version();
        draft.status = "DRAFT";
        draft.changeNote = request.changeNote();
        draft.createdAt = OffsetDateTime.now(clock);
        draft.createdBy = actor;
        draft.persist();
        UniqueInsert.flush("Ruleset " + request.version() + " already exists.");
        if (request.copyFrom() != null) {
            RuleEntity.getEntityManager().createNativeQuery("""
                    INSERT INTO rule (ruleset_version, rule_id, kind, therapy, condition, weight, code, message,
                                      rationale, citation, urgency, conservative_care_gate, profiles, reason_kind)
                    SELECT ?1, rule_id, kind, therapy, condition, weight, code, message, rationale, citation, urgency,
                           conservative_care_gate, profiles, reason_kind
                    FROM rule WHERE ruleset_version = ?2""")
                    .setParameter(1, draft.version).setParameter(2, request.copyFrom()).executeUpdate();
        }
        RulesetDto created = mapper.toDto(draft, false);
        audit.record(actor, "CREATE_RULESET", RULESET, draft.version, null, request);
        return new Versioned<>(created, draft.rowVersion);
    }

    @Transactional
    public List<RuleDto> rules(String version) {
        ruleset(version);
        return RuleEntity.ofRuleset(version).stream().map(mapper::toDto).toList();
    }

    @Transactional
    public Versioned<RuleDto> rule(String version, String ruleId) {
        RuleEntity rule = findRule(version, ruleId);
        return new Versioned<>(mapper.toDto(rule), rule.rowVersion);
    }

    @Transactional
    public Versioned<RuleDto> addRule(String version, RuleInput input, String actor) {
        draft(version);
        if (input.ruleId() == null) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "A new rule needs a ruleId.");
        }
        RuleEntity rule = new RuleEntity();
        rule.rulesetVersion = version;
        rule.ruleId = input.ruleId();
        apply(rule, input);
        rule.persist();
        UniqueInsert.flush("Rule " + input.ruleId() + " already exists in " + version + "; PUT it to change it.");
        RuleDto after = mapper.toDto(rule);
        audit.record(actor, "CREATE_RULE", RULE, version + "/" + rule.ruleId, null, after);
        return new Versioned<>(after, rule.rowVersion);
    }

    @Transactional
    public Versioned<RuleDto> updateRule(String version, String ruleId, RuleInput input, int expected, String actor) {
        draft(version);
        if (input.ruleId() != null && !input.ruleId().equals(ruleId)) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "The body's ruleId must equal the path's.");
        }
        RuleEntity rule = findRule(version, ruleId);
        ETags.check(expected, rule.rowVersion);
        RuleDto before = mapper.toDto(rule);
        apply(rule, input);
        Versions.flush();
        RuleDto after = mapper.toDto(rule);
        audit.record(actor, "UPDATE_RULE", RULE, version + "/" + ruleId, before, after);
        return new Versioned<>(after, rule.rowVersion);
    }

    @Transactional
    public void deleteRule(String version, String ruleId, int expected, String actor) {
        draft(version);
        RuleEntity rule = findRule(version, ruleId);
        ETags.check(expected, rule.rowVersion);
        RuleDto before = mapper.toDto(rule);
        rule.delete();
        Versions.flush();
        audit.record(actor, "DELETE_RULE", RULE, version + "/" + ruleId, before, null);
    }

    @Transactional
    public ValidationReport validate(String version) {
        ruleset(version);
        Set<String> sources = ClinicalSourceEntity.<ClinicalSourceEntity>listAll().stream().map(s -> s.id)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<ValidationReport.Problem> problems = RulesetValidator.validate(RuleEntity.ofRuleset(version), sources,
                json);
        return new ValidationReport(version, problems.isEmpty(), problems);
    }

    RulesetEntity ruleset(String version) {
        RulesetEntity ruleset = RulesetEntity.findById(version);
        if (ruleset == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No ruleset " + version);
        }
        return ruleset;
    }

    /**
     * Published and retired rulesets are immutable: what was published is what triages were made with. An edit
     * holds a share lock on its draft's row until it commits, and publishing holds the row exclusively while the
     * draft is validated and its golden cases run ({@link RulesetPublisher}): an edit that comes during a publish is
     * refused at once, so the rules published are exactly the rules that passed.
     */
    private RulesetEntity draft(String version) {
        RulesetLocks.shareForEdit(version);
        RulesetEntity ruleset = ruleset(version);
        if (!"DRAFT".equals(ruleset.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "Ruleset " + version + " is " + ruleset.status
                    + " and cannot change; create a draft copy of it (POST /api/v1/admin/rulesets with copyFrom).");
        }
        return ruleset;
    }

    private RuleEntity findRule(String version, String ruleId) {
        ruleset(version);
        RuleEntity rule = RuleEntity.findById(new RuleEntity.Key(version, ruleId));
        if (rule == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No rule " + ruleId + " in ruleset " + version);
        }
        return rule;
    }

    private void apply(RuleEntity rule, RuleInput input) {
        rule.kind = input.kind().name();
        rule.therapy = input.therapy() == null ? null : input.therapy().name();
        rule.condition = input.condition().toString();
        rule.weight = input.weight() == null ? 0 : input.weight();
        rule.code = input.code();
        rule.message = input.message() == null ? "" : input.message();
        rule.rationale = input.rationale() == null ? "" : input.rationale();
        rule.citation = input.citation() == null ? "" : input.citation();
        rule.urgency = input.urgency() == null ? null : input.urgency().name();
        rule.conservativeCareGate = Boolean.TRUE.equals(input.conservativeCareGate());
        rule.profiles = input.profiles() == null || input.profiles().isEmpty() ? null
                : input.profiles().stream().map(Enum::name).sorted().toArray(String[]::new);
        rule.reasonKind = input.reasonKind() == null ? ReasonKind.CLINICAL.name() : input.reasonKind().name();
    }
}
