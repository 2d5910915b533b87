package dev.spinetriage.rules.code;

/** Whether a therapy finds the pain source, treats it, or both. */
public enum Purpose {
    DIAGNOSTIC, THERAPEUTIC, DIAGNOSTIC_AND_THERAPEUTIC
}
