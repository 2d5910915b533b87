package dev.spinetriage.rules;

/** One statement of evidence for a therapy, with the source it comes from. */
public record Evidence(String citation, EvidenceLevel level, String source) {}
