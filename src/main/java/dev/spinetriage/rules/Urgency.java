package dev.spinetriage.rules;

/** How urgently a red flag must be acted on. */
public enum Urgency {
    /** Same-day emergency assessment: disposition EMERGENCY, no injection offered. */
    EMERGENCY,
    /** Urgent evaluation before any injection: disposition URGENT_EVALUATION. */
    URGENT,
    /** Raises suspicion only: a caution on every therapy and a follow-up question, no change of disposition. */
    ADVISORY
}
