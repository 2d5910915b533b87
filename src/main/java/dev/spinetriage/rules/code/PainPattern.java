package dev.spinetriage.rules.code;

/** Whether back (or neck) pain or limb pain dominates. */
public enum PainPattern {
    AXIAL_DOMINANT, LIMB_DOMINANT, MIXED
}
