package dev.spinetriage.rules;

/** Where a criterion of the governing policy stands for one patient. */
public enum CriterionStatus {
    MET, UNMET,
    /** An input it needs is not reported: {@link Criterion#missing()} names what would settle it. */
    UNKNOWN
}
