package dev.spinetriage.ruleset;

import dev.spinetriage.rules.TriageEngine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The active ruleset, compiled once into a {@link TriageEngine} and shared by every request. Requests read the
 * engine reference once, so a triage always runs against one consistent ruleset even while it is being replaced.
 */
@ApplicationScoped
public class ActiveRuleset {

    private static final Logger LOG = Logger.getLogger(ActiveRuleset.class);

    private final RulesetLoader loader;
    /** spinetriage_ruleset_active_info{version="…"} 1: one series, for the version this instance evaluates with. */
    private final MultiGauge activeVersion;
    private volatile TriageEngine engine;

    ActiveRuleset(RulesetLoader loader, MeterRegistry registry) {
        this.loader = loader;
        this.activeVersion = MultiGauge.builder("spinetriage.ruleset.active.info")
                .description("The active ruleset's version, as a label; the value is always 1").register(registry);
    }

    void loadAtStartup(@Observes StartupEvent event) {
        reload();
    }

    /** Recompiles the active ruleset. Synchronized so a slow, older reload can never overwrite a newer one. */
    public synchronized void reload() {
        long started = System.nanoTime();
        var ruleset = loader.loadActive();
        engine = new TriageEngine(ruleset);
        activeVersion.register(List.of(MultiGauge.Row.of(Tags.of("version", ruleset.version()), 1)), true);
        LOG.infof("Ruleset %s active: %d rules compiled in %d ms", ruleset.version(), ruleset.rules().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Reloads only when the database's active version is not the one compiled here. */
    public synchronized void reloadIfChanged() {
        String active = loader.activeVersion();
        if (engine == null || !engine.rulesetVersion().equals(active)) {
            reload();
        }
    }

    public TriageEngine engine() {
        return engine;
    }
}
