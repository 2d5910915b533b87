package dev.spinetriage.rules.code;

/** Conservative (non-interventional) care already tried. */
public enum ConservativeCareModality {
    PHYSICAL_THERAPY, EXERCISE, STRETCHING, NSAIDS, OTHER_MEDICATION
}
