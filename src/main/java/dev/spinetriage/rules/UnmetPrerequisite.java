package dev.spinetriage.rules;

/**
 * A prerequisite that blocks a therapy for now.
 *
 * @param notReported          the prerequisite could not be checked because an input is missing
 * @param conservativeCareGate the prerequisite is about time or conservative care: "not yet", rather than "not this"
 */
public record UnmetPrerequisite(String code, String message, String source, boolean notReported,
        boolean conservativeCareGate) {}
