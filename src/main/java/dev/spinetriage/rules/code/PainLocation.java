package dev.spinetriage.rules.code;

/** Where it hurts. */
public enum PainLocation {
    NECK, UPPER_BACK, LOWER_BACK, BUTTOCK, SACROILIAC_REGION, GROIN, HIP, THIGH, LEG_BELOW_KNEE, FOOT, SHOULDER, ARM,
    HAND
}
