package dev.spinetriage.cds.dto;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The CDS Hooks discovery document. */
@Schema(name = "CdsDiscovery")
public record CdsDiscovery(List<Service> services) {

    @Schema(name = "CdsServiceDescriptor")
    public record Service(String hook, String title, String description, String id,
            @Schema(description = "FHIR queries the client should run and send as prefetch, by key.")
            Map<String, String> prefetch,
            String usageRequirements) {}
}
