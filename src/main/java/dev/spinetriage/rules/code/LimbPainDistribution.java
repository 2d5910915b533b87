package dev.spinetriage.rules.code;

/** How limb pain is distributed: along a dermatome (radicular), elsewhere, or in a stocking or glove pattern. */
public enum LimbPainDistribution {
    DERMATOMAL, NON_DERMATOMAL, STOCKING_GLOVE
}
