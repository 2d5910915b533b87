package dev.spinetriage.rules;

/** What a rule does when its condition holds. */
public enum RuleKind {
    /** A finding that needs urgent or emergency care; disposition-changing ones block every injection. */
    RED_FLAG,
    /** Establishes the therapy's pattern; its weight adds to the therapy's score. */
    INDICATION,
    /** Adds weight to a therapy whose pattern an indication already established; never establishes it alone. */
    SUPPORTING_FINDING,
    /** Must hold for the therapy to be offered now; when it does not, the therapy is deferred. */
    PREREQUISITE,
    /** Rules the therapy out (contraindication or a pattern that contradicts it). */
    CONTRAINDICATION,
    /** Keeps the therapy on offer but tells the specialist what to manage first. */
    CAUTION,
    /** A criterion of the governing policy, shown as a checklist item (met, unmet, unknown); decides nothing. */
    CRITERION
}
