package dev.spinetriage.ruleset;

import dev.spinetriage.platform.json.Json;
import dev.spinetriage.rules.Evidence;
import dev.spinetriage.rules.ReasonKind;
import dev.spinetriage.rules.EvidenceLevel;
import dev.spinetriage.rules.Rule;
import dev.spinetriage.rules.RuleKind;
import dev.spinetriage.rules.Ruleset;
import dev.spinetriage.rules.TherapyProfile;
import dev.spinetriage.rules.Urgency;
import dev.spinetriage.rules.code.Purpose;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.Coded;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.RecordListInput;
import dev.spinetriage.vocabulary.ClinicalSourceEntity;
import dev.spinetriage.vocabulary.TherapyEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps a stored ruleset and the therapy catalogue to the engine's {@link Ruleset}. */
@ApplicationScoped
public class RulesetLoader {

    private final Json json;

    RulesetLoader(Json json) {
        this.json = json;
    }

    @Transactional
    public Ruleset loadActive() {
        RulesetEntity active = RulesetEntity.findActive()
                .orElseThrow(() -> new IllegalStateException("No active ruleset in the database"));
        return load(active.version);
    }

    @Transactional
    public String activeVersion() {
        return RulesetEntity.findActive().map(r -> r.version)
                .orElseThrow(() -> new IllegalStateException("No active ruleset in the database"));
    }

    @Transactional
    public Optional<RulesetEntity> find(String version) {
        return RulesetEntity.findByIdOptional(version);
    }

    @Transactional
    public Ruleset load(String version) {
        // Native SQL here too, for the start-up (see RulesetEntity.findActive).
        Map<String, String> sources = new HashMap<>();
        for (Object[] row : rows("SELECT id, title FROM clinical_source")) {
            sources.put((String) row[0], (String) row[1]);
        }
        List<Rule> rules = RuleEntity.ofRuleset(version).stream().map(r -> toRule(r, sources.keySet())).toList();
        return new Ruleset(version, rules, therapyProfiles(), sources, labels());
    }

    /** Labels of every code the inputs use, for the engine's screening questions. */
    private Map<Enum<?>, String> labels() {
        Map<String, Coded<?>> byCategory = new HashMap<>();
        for (Input<?> input : InputCatalogue.all()) {
            List<Input<?>> fields = input instanceof RecordListInput<?> list ? list.fields() : List.of(input);
            fields.stream().filter(Coded.class::isInstance).map(f -> (Coded<?>) f)
                    .forEach(coded -> byCategory.put(coded.category(), coded));
        }
        Map<Enum<?>, String> labels = new HashMap<>();
        for (Object[] row : rows("SELECT category, code, label FROM vocabulary_code")) {
            Coded<?> coded = byCategory.get((String) row[0]);
            if (coded != null) {
                coded.code((String) row[1]).ifPresent(code -> labels.put(code, (String) row[2]));
            }
        }
        return labels;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql) {
        return ClinicalSourceEntity.getSession().createNativeQuery(sql, Object[].class).getResultList();
    }

    private Rule toRule(RuleEntity entity, Set<String> knownSources) {
        for (String source : entity.citation.split(",")) {
            if (!knownSources.contains(source.trim())) {
                throw new IllegalStateException("Rule " + entity.ruleId + " cites unknown source '" + source.trim()
                        + "'");
            }
        }
        try {
            return new Rule(entity.ruleId, RuleKind.valueOf(entity.kind),
                    entity.therapy == null ? null : Therapy.valueOf(entity.therapy),
                    ConditionJson.parse(json.tree(entity.condition)), entity.weight, entity.code, entity.message,
                    entity.rationale, entity.citation, entity.urgency == null ? null : Urgency.valueOf(entity.urgency),
                    entity.conservativeCareGate, Set.copyOf(RuleMapper.profiles(entity.profiles)),
                    ReasonKind.valueOf(entity.reasonKind));
        } catch (Json.UnreadableJsonException | InvalidConditionException e) {
            throw new IllegalStateException("Rule " + entity.ruleId + " has an unreadable condition: "
                    + e.getMessage(), e);
        }
    }

    private Map<Therapy, TherapyProfile> therapyProfiles() {
        Map<Therapy, TherapyProfile> profiles = new EnumMap<>(Therapy.class);
        for (TherapyEntity entity : TherapyEntity.getSession()
                .createNativeQuery("SELECT * FROM therapy", TherapyEntity.class).getResultList()) {
            Therapy therapy = Therapy.valueOf(entity.code);
            profiles.put(therapy, new TherapyProfile(therapy, entity.name, Purpose.valueOf(entity.purpose),
                    entity.investigational, entity.unlockedBy == null ? null : Therapy.valueOf(entity.unlockedBy),
                    evidence(entity)));
        }
        return profiles;
    }

    private List<Evidence> evidence(TherapyEntity entity) {
        return Arrays.stream(json.read(entity.evidence, StoredEvidence[].class))
                .map(e -> new Evidence(e.citation(), EvidenceLevel.valueOf(e.level()), e.source(), e.pattern()))
                .toList();
    }

    /** The shape of one element of therapy.evidence; {@code pattern}: the indication code it is about, if any. */
    record StoredEvidence(String citation, String level, String source, String pattern) {}
}
