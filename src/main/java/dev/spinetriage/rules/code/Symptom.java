package dev.spinetriage.rules.code;

/** What the patient feels, as reported at intake. */
public enum Symptom {
    SHOOTING_PAIN, BURNING_PAIN, RADIATING_PAIN, DECREASED_MOBILITY, MUSCLE_SPASMS, NUMBNESS_TINGLING, WEAKNESS,
    AXIAL_PAIN
}
