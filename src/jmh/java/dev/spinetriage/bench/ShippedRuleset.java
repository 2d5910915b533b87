package dev.spinetriage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.rules.Evidence;
import dev.spinetriage.rules.EvidenceLevel;
import dev.spinetriage.rules.Rule;
import dev.spinetriage.rules.RuleKind;
import dev.spinetriage.rules.Ruleset;
import dev.spinetriage.rules.TherapyProfile;
import dev.spinetriage.rules.Urgency;
import dev.spinetriage.rules.code.Purpose;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.ruleset.ConditionJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The active ruleset and therapy catalogue as the migrations ship them, read from the SQL files: V2's catalogue, V3's
 * first ruleset, and V14's, which copies V3's rules but those it replaces or removes and adds its own.
 */
final class ShippedRuleset {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ShippedRuleset() {}

    static Ruleset read() throws IOException {
        String catalogue = Files.readString(Path.of("db/migration/V2__clinical_catalogue.sql"));
        String ruleset = Files.readString(Path.of("db/migration/V3__initial_ruleset.sql"));
        String current = Files.readString(Path.of("db/migration/V14__ruleset_2026_12_0.sql"));
        Map<Therapy, TherapyProfile> therapies = new EnumMap<>(Therapy.class);
        for (List<String> t : SqlValues.of(catalogue, "INSERT INTO therapy (")) {
            Therapy therapy = Therapy.valueOf(t.get(0));
            List<Evidence> evidence = new ArrayList<>();
            for (JsonNode e : JSON.readTree(t.get(8))) {
                evidence.add(new Evidence(e.get("citation").asText(), EvidenceLevel.valueOf(e.get("level").asText()),
                        e.get("source").asText()));
            }
            therapies.put(therapy, new TherapyProfile(therapy, t.get(1), Purpose.valueOf(t.get(2)),
                    Boolean.parseBoolean(t.get(6).toLowerCase()), t.get(7) == null ? null : Therapy.valueOf(t.get(7)),
                    evidence));
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        Matcher replaced = Pattern.compile("rule_id NOT IN \\(([^)]*)\\)").matcher(current);
        Set<String> dropped = new HashSet<>();
        if (replaced.find()) {
            for (String id : replaced.group(1).split(",")) {
                dropped.add(id.trim().replace("'", ""));
            }
        }
        String version = null;
        List<List<String>> rows = new ArrayList<>(SqlValues.of(ruleset, "INSERT INTO rule ("));
        rows.removeIf(r -> dropped.contains(r.get(1)));
        rows.addAll(SqlValues.of(current, "INSERT INTO rule (ruleset_version, rule_id, kind, therapy, condition, weight"));
        for (List<String> r : rows) {
            version = r.get(0);
            rules.put(r.get(1), new Rule(r.get(1), RuleKind.valueOf(r.get(2)), r.get(3) == null ? null : Therapy.valueOf(r.get(3)),
                    ConditionJson.parse(JSON.readTree(r.get(4))), Integer.parseInt(r.get(5)), r.get(6), r.get(7),
                    r.get(8), r.get(9), r.get(10) == null ? null : Urgency.valueOf(r.get(10)),
                    Boolean.parseBoolean(r.get(11).toLowerCase())));
        }
        return new Ruleset(version, List.copyOf(rules.values()), therapies);
    }
}
