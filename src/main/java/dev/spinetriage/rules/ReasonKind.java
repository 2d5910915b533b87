package dev.spinetriage.rules;

/** Why a therapy is excluded: something about this patient, or the governing policy's coverage of it. */
public enum ReasonKind {
    /** A contraindication, a red flag, a pattern that contradicts the therapy: clinical, whatever the policy. */
    CLINICAL,
    /** The governing policy (a payer's coverage, a national guideline) does not cover or offer it. */
    COVERAGE
}
