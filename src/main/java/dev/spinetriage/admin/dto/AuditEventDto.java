package dev.spinetriage.admin.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One admin change: who, when, what, and the resource before and after.")
public record AuditEventDto(
        long eventId,
        OffsetDateTime at,
        String actor,
        @Schema(example = "UPDATE_RULE") String action,
        @Schema(enumeration = {"RULESET", "RULE", "GOLDEN_CASE", "API_KEY"}) String entityType,
        String entityId,
        @Schema(implementation = Object.class, nullable = true) JsonNode before,
        @Schema(implementation = Object.class, nullable = true) JsonNode after) {}
