package dev.spinetriage.rules.code;

/** Which side the pain is on. */
public enum Laterality {
    LEFT, RIGHT, BILATERAL, CENTRAL
}
