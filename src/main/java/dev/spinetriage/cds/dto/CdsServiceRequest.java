package dev.spinetriage.cds.dto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A CDS Hooks 2.0 service request, field names as the specification spells them. */
@Schema(name = "CdsServiceRequest", description = "HL7 CDS Hooks 2.0 request. The service reads `context.patientId` "
        + "and the prefetched FHIR R4 resources; it never calls `fhirServer` back, so data it needs and did not "
        + "get is a 412.")
public record CdsServiceRequest(
        @Schema(description = "The hook that triggered the call, e.g. patient-view.", required = true)
        @NotBlank @Size(max = 100) String hook,
        @Schema(description = "A UUID for this hook invocation.", required = true) @NotBlank @Size(max = 100)
        String hookInstance,
        @Schema(description = "The CDS client's FHIR base URL. Never called.") @Size(max = 2000) String fhirServer,
        @Schema(description = "OAuth token for fhirServer. Never used, never stored, never logged.")
        JsonNode fhirAuthorization,
        @Schema(description = "Hook context; patient-view: userId, patientId, encounterId.", required = true)
        @NotNull ObjectNode context,
        @Schema(description = "FHIR R4 resources (or searchset Bundles) by the prefetch keys of the discovery "
                + "document.") Map<String, JsonNode> prefetch,
        @Schema(description = "Extension fields; ignored.") JsonNode extension) {}
