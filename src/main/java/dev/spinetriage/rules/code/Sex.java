package dev.spinetriage.rules.code;

/** Patient sex as recorded by the clinic. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
