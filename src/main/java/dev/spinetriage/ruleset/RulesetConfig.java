package dev.spinetriage.ruleset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How rulesets are kept in step across instances (see {@link RulesetChanges}). */
@ConfigMapping(prefix = "spinetriage.rulesets")
public interface RulesetConfig {

    /**
     * How often an instance compares the active ruleset in PostgreSQL with its own, to catch a change whose
     * notification it missed (it was not listening then). Changes normally arrive by notification at once.
     */
    @WithDefault("5s")
    Duration pollInterval();
}
