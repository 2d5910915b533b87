package dev.spinetriage.rules;

/** A missing input that would change the answer, the question to ask, and why it matters. */
public record FollowUpQuestion(String field, String question, String why) {}
