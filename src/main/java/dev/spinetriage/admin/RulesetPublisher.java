package dev.spinetriage.admin;

import dev.spinetriage.admin.dto.ValidationReport;
import dev.spinetriage.platform.database.LongerWaits;
import dev.spinetriage.platform.problem.Problem.FieldError;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.ruleset.ActiveRuleset;
import dev.spinetriage.ruleset.RulesetChanges;
import dev.spinetriage.ruleset.RulesetEngines;
import dev.spinetriage.ruleset.RulesetEntity;
import dev.spinetriage.ruleset.RuleMapper;
import dev.spinetriage.ruleset.dto.RulesetDto;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes a ruleset the active one. Publishing a draft is gated: validation and every golden case must pass on the
 * draft first, in the transaction that publishes it. Activating an earlier published ruleset (a rollback) is not
 * gated, so a bad publish can always be undone at once. Either way the switch is one transaction, activations take
 * turns, and every instance hears of it through {@link RulesetChanges}.
 */
@ApplicationScoped
public class RulesetPublisher {

    private final RulesetAdminService rulesets;
    private final GoldenCaseService goldenCases;
    private final RulesetEngines engines;
    private final ActiveRuleset activeRuleset;
    private final RulesetChanges changes;
    private final AuditLog audit;
    private final RuleMapper mapper;
    private final Clock clock;

    RulesetPublisher(RulesetAdminService rulesets, GoldenCaseService goldenCases, RulesetEngines engines,
            ActiveRuleset activeRuleset, RulesetChanges changes, AuditLog audit, RuleMapper mapper, Clock clock) {
        this.rulesets = rulesets;
        this.goldenCases = goldenCases;
        this.engines = engines;
        this.activeRuleset = activeRuleset;
        this.changes = changes;
        this.audit = audit;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Validates the draft, runs every golden case on it and makes it active, all in one transaction that holds the
     * draft's row ({@link RulesetLocks}): edits in flight commit first and are checked, edits that come meanwhile
     * are refused, so the rules published are exactly the rules that passed.
     */
    public RulesetDto publish(String version, String actor) {
        return switchTo(version, actor, true);
    }

    private void checkBeforePublishing(String version) {
        ValidationReport report = rulesets.validate(version);
        List<FieldError> errors = new ArrayList<>();
        report.problems().forEach(p -> errors.add(new FieldError(
                p.ruleId() == null ? p.field() : "rules/" + p.ruleId() + "/" + p.field(), p.message())));
        if (errors.isEmpty()) {
            Map<String, List<String>> failures = goldenCases.failuresOn(engines.forVersion(version));
            failures.forEach((caseId, why) -> why.forEach(w -> errors.add(new FieldError("goldenCases/" + caseId, w))));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Ruleset " + version + " was not published: "
                    + errors.size() + " problem(s). Fix them and publish again.", errors);
        }
    }

    public RulesetDto activate(String version, String actor) {
        return switchTo(version, actor, false);
    }

    /** Retires an inactive published ruleset: kept for the record and for replays, never activated again. */
    public RulesetDto retire(String version, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RulesetEntity target = rulesets.ruleset(version);
            if (!"PUBLISHED".equals(target.status) || target.active) {
                throw new ProblemException(ProblemType.CONFLICT, "Ruleset " + version + " is " + target.status
                        + (target.active ? " and active" : "") + "; only an inactive published ruleset can be "
                        + "retired.");
            }
            RulesetDto before = mapper.toDto(target, false);
            target.status = "RETIRED";
            Versions.flush();
            RulesetDto after = mapper.toDto(target, false);
            audit.record(actor, "RETIRE_RULESET", RulesetAdminService.RULESET, version, before, after);
            return after;
        });
    }

    private RulesetDto switchTo(String version, String actor, boolean publishing) {
        RulesetDto result = QuarkusTransaction.requiringNew().call(() -> {
            try (LongerWaits waits = RulesetLocks.exclusiveForActivation(version)) {
                RulesetEntity target = rulesets.ruleset(version);
                String expected = publishing ? "DRAFT" : "PUBLISHED";
                if (!expected.equals(target.status) || target.active) {
                    throw new ProblemException(ProblemType.CONFLICT, "Ruleset " + version + " is " + target.status
                            + (target.active ? " and already active" : "") + "; "
                            + (publishing ? "only a draft can be published."
                                    : "only an inactive published ruleset can be activated."));
                }
                if (publishing) {
                    checkBeforePublishing(version);
                }
                RulesetDto before = mapper.toDto(target, false);
                String previous = RulesetEntity.findActive().map(r -> r.version).orElse(null);
                RulesetEntity.update("active = false where active = true");
                target.active = true;
                if (publishing) {
                    target.status = "PUBLISHED";
                    target.publishedAt = OffsetDateTime.now(clock);
                    target.publishedBy = actor;
                }
                Versions.flush();
                changes.announce(version);
                RulesetDto after = mapper.toDto(target, false);
                audit.record(actor, publishing ? "PUBLISH_RULESET" : "ACTIVATE_RULESET", RulesetAdminService.RULESET,
                        version, before, new Switch(previous, after));
                return after;
            }
        });
        activeRuleset.reload();
        return result;
    }

    /** What an activation recorded: which ruleset was active before, and the one active now. */
    record Switch(String previouslyActive, RulesetDto nowActive) {}
}
