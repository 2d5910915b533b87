package dev.spinetriage.cds.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CdsServiceResponse")
public record CdsServiceResponse(List<Card> cards) {}
