package dev.spinetriage.triage.idempotency;

/** What an Idempotency-Key was first used with (the request's hash) and the answer then given (JSON, as sent). */
public record FirstAnswer(String requestHash, String response) {
}
