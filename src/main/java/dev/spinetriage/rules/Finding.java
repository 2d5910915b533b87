package dev.spinetriage.rules;

/** A coded statement in the answer (caution, exclusion reason), with the source that supports it. */
public record Finding(String code, String message, String source) {}
