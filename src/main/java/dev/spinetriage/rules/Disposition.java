package dev.spinetriage.rules;

/** The overall answer of a triage, in order of precedence. */
public enum Disposition {
    EMERGENCY, URGENT_EVALUATION, INTERVENTIONAL_CANDIDATE, CONSERVATIVE_CARE_FIRST, SPECIALIST_REVIEW
}
