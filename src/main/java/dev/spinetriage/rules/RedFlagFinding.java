package dev.spinetriage.rules;

import java.util.List;

/** A red flag that fired, the reported codes that fired it, and what it calls for. */
public record RedFlagFinding(String code, Urgency urgency, String message, String source, List<String> triggeredBy) {

    public RedFlagFinding {
        triggeredBy = List.copyOf(triggeredBy);
    }
}
