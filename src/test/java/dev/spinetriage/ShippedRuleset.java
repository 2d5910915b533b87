package dev.spinetriage;

/** The rulesets the migrations ship: tests that name one use these, so a new shipped ruleset is one change here. */
public final class ShippedRuleset {

    /** Active after a fresh install. */
    public static final String VERSION = "2026.12.0";

    /** The first shipped ruleset, kept for replay. */
    public static final String FIRST = "2026.11.0";

    private ShippedRuleset() {}
}
