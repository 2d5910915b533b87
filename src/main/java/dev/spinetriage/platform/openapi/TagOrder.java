package dev.spinetriage.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Orders the document's tags by what a new integrator needs first (Swagger UI shows its sections in this order):
 * triage and the reads that go with it, the intake questionnaire, then CDS Hooks, then administration. SmallRye lists tags alphabetically,
 * which put about 30 admin operations before Triage. A tag not named here goes last, alphabetically.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TagOrder implements OASFilter {

    static final List<String> ORDER = List.of("Triage", "Vocabulary", "Therapies", "Rulesets", "Info", "FHIR",
            "CDS Hooks", "Rule administration", "Golden cases", "API keys", "Audit");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        openAPI.setTags(openAPI.getTags().stream().sorted(Comparator.comparingInt(TagOrder::rank)
                .thenComparing(Tag::getName)).toList());
    }

    private static int rank(Tag tag) {
        int rank = ORDER.indexOf(tag.getName());
        return rank < 0 ? ORDER.size() : rank;
    }
}
