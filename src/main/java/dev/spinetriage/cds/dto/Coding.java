package dev.spinetriage.cds.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A FHIR-style Coding as CDS Hooks uses it (source.topic, overrideReasons, feedback overrideReason.reason). */
@Schema(name = "CdsCoding")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Coding(@Size(max = 200) String system, @NotBlank @Size(max = 200) String code,
        @Size(max = 200) String display) {}
