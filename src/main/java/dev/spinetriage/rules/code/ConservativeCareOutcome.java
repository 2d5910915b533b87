package dev.spinetriage.rules.code;

/** How conservative care has turned out so far. */
public enum ConservativeCareOutcome {
    FAILED, PARTIAL_RELIEF, IMPROVING, NOT_TOLERATED, ONGOING
}
