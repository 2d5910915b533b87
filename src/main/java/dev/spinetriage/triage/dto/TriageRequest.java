package dev.spinetriage.triage.dto;

import dev.spinetriage.platform.validation.NoDuplicates;
import dev.spinetriage.rules.code.AggravatingFactor;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.ImplantedDevice;
import dev.spinetriage.rules.code.Laterality;
import dev.spinetriage.rules.code.LimbPainDistribution;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.PainPattern;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the intake app reports. Only patient.ageYears, symptoms and painLocations are required. Each field is one
 * entry of the engine's input catalogue (rules/input/InputCatalogue), under the same JSON path.
 */
@Schema(name = "TriageRequest", description = "What the patient reports. Only patient.ageYears, symptoms and "
        + "painLocations are required; a missing optional input is treated as unknown (never as 'no') and may "
        + "come back as a follow-up question. Unknown fields and codes are rejected. The same questions, as a FHIR "
        + "Questionnaire: GET /fhir/Questionnaire/back-pain-intake.")
public record TriageRequest(
        @NotNull @Valid PatientDto patient,
        @NotEmpty @Size(max = 50) @NoDuplicates List<@NotNull Symptom> symptoms,
        @NotEmpty @Size(max = 50) @NoDuplicates List<@NotNull PainLocation> painLocations,
        Laterality laterality,
        @Schema(description = "How arm or leg pain is distributed: along a dermatome (radicular), another pattern, "
                + "or a stocking or glove pattern (typical of peripheral neuropathy, not of radiculopathy).")
        LimbPainDistribution limbPainDistribution,
        @Schema(description = "Which pain dominates: axial (back or neck), limb, or both equally.")
        PainPattern painPattern,
        @Schema(description = "How long the pain has lasted in all, in weeks.") @Min(0) @Max(5200)
        Integer durationWeeks,
        @Schema(description = "Weeks since this episode, or a marked change in the pain, began (durationWeeks stays "
                + "the total): new pain on top of old pain.") @Min(0) @Max(5200) Integer currentEpisodeWeeks,
        @Schema(description = "Pain intensity, 0 (none) to 10 (worst imaginable).") @Min(0) @Max(10) Integer painScore,
        @Size(max = 50) @NoDuplicates List<@NotNull AggravatingFactor> aggravatingFactors,
        @Schema(description = "Leg pain eases on bending forward or sitting (lumbar stenosis sign).")
        Boolean relievedByFlexion,
        @Valid ConservativeCareDto conservativeCare,
        @Size(max = 50) List<@NotNull @Valid PriorInjectionDto> priorInjections,
        @Valid ClinicalFindingsDto clinicalFindings,
        @Valid ImagingDto imaging,
        @Size(max = 50) List<@NotNull @Valid PriorSpineSurgeryDto> priorSpineSurgery,
        @Schema(description = "Implanted devices that matter before a procedure.")
        @Size(max = 50) @NoDuplicates List<@NotNull ImplantedDevice> implantedDevices,
        @Size(max = 50) @NoDuplicates List<@NotNull RedFlag> redFlags,
        @Size(max = 50) @NoDuplicates List<@NotNull Contraindication> contraindications,
        @Schema(description = "The pain impairs daily function.") Boolean functionalImpairment,
        @Schema(description = "The patient prefers to avoid surgery.") Boolean prefersToAvoidSurgery,
        @Schema(description = "The governing policy to answer under: US_CMS (Medicare coverage policy) or UK_NICE (NICE "
                + "NG59). Absent: the API key's defaultPolicyProfile, else the service's default (US_CMS).")
        PolicyProfile policyProfile) {}
