package dev.spinetriage.rules;

/** Strength of the evidence for a therapy, strongest first; ranking breaks score ties with it. */
public enum EvidenceLevel {
    HIGH, MODERATE, LOW_TO_MODERATE, LOW, INVESTIGATIONAL
}
