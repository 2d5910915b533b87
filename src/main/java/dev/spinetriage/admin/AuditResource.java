package dev.spinetriage.admin;

import dev.spinetriage.admin.dto.AuditEventDto;
import dev.spinetriage.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/audit")
@Tag(name = "Audit", description = "Every admin change: who, when, what, before and after.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RULES_ADMIN)
@SecurityRequirement(name = "apiKey")
public class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Admin changes, newest first")
    public List<AuditEventDto> find(
            @QueryParam("entityType") @Pattern(regexp = "RULESET|RULE|GOLDEN_CASE|API_KEY") String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return audit.find(entityType, entityId, limit);
    }
}
