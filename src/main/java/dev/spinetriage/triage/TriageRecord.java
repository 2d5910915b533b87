package dev.spinetriage.triage;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One triage as stored: the request as parsed and written again, the answer exactly as it was sent (both JSON text,
 * written once and stored as they are), the ruleset version and disposition of that answer, and the API key of the
 * client that asked (null for triages made before API keys existed).
 */
public record TriageRecord(UUID triageId, OffsetDateTime createdAt, String rulesetVersion, String disposition,
        String request, String response, UUID clientKeyId) {
}
