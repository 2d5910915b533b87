package dev.spinetriage.vocabulary;

import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.vocabulary.dto.VocabularyCodeDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/vocabulary")
@Tag(name = "Vocabulary", description = "The codes the API accepts, with labels and descriptions.")
@RolesAllowed({Roles.TRIAGE, Roles.RULES_ADMIN})
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class VocabularyResource {

    private final VocabularyService service;

    VocabularyResource(VocabularyService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Every code the API accepts",
            description = "Codes grouped by category (SYMPTOM, PAIN_LOCATION, RED_FLAG, CONTRAINDICATION, "
                    + "AGGRAVATING_FACTOR, CONSERVATIVE_CARE_MODALITY, SEX, LATERALITY, THERAPY, DISPOSITION), "
                    + "each with label, description and SNOMED CT id where verified.")
    public Map<String, List<VocabularyCodeDto>> vocabulary() {
        return service.vocabulary();
    }
}
