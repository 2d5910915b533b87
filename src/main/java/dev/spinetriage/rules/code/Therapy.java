package dev.spinetriage.rules.code;

/** The injection therapies the triage can suggest. */
public enum Therapy {
    EPIDURAL_STEROID_INJECTION, MEDIAL_BRANCH_BLOCK, RADIOFREQUENCY_ABLATION, TRIGGER_POINT_INJECTION,
    SACROILIAC_JOINT_INJECTION, REGENERATIVE_INJECTION
}
