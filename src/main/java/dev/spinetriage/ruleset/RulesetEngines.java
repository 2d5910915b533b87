package dev.spinetriage.ruleset;

import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.rules.TriageEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled engines for any stored ruleset, for replays and the publish gate. Published rulesets never change, so
 * their engines are cached; a draft is compiled afresh each time because its rules may have just been edited.
 */
@ApplicationScoped
public class RulesetEngines {

    private final RulesetLoader loader;
    private final Map<String, TriageEngine> published = new ConcurrentHashMap<>();

    RulesetEngines(RulesetLoader loader) {
        this.loader = loader;
    }

    public TriageEngine forVersion(String version) {
        TriageEngine cached = published.get(version);
        if (cached != null) {
            return cached;
        }
        RulesetEntity ruleset = loader.find(version).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "No ruleset " + version));
        TriageEngine engine = new TriageEngine(loader.load(version));
        if (!"DRAFT".equals(ruleset.status)) {
            published.put(version, engine);
        }
        return engine;
    }
}
