package dev.spinetriage.rules.code;

/** Movements or positions that make the pain worse. */
public enum AggravatingFactor {
    EXTENSION, ROTATION, FLEXION, SITTING, STANDING, WALKING, LYING_DOWN
}
