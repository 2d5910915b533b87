package dev.spinetriage;

import java.util.List;

/** The rulesets the migrations ship: tests that name one use these, so a new shipped ruleset is one change here. */
public final class ShippedRuleset {

    /** Active after a fresh install. */
    public static final String VERSION = "2026.12.1";

    /** Every shipped ruleset, oldest first; each is kept for replay. */
    public static final List<String> ALL = List.of("2026.11.0", "2026.12.0", VERSION);

    /** The first shipped ruleset. */
    public static final String FIRST = ALL.get(0);

    private ShippedRuleset() {}
}
