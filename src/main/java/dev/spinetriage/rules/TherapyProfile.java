package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Purpose;
import dev.spinetriage.rules.code.Therapy;
import java.util.Comparator;
import java.util.List;

/**
 * What the engine needs to know of a therapy to rank and describe it.
 *
 * @param investigational ranks after every standard therapy, whatever its score
 * @param unlockedBy      the diagnostic therapy that comes first on the pathway (MBB before RFA), or null
 */
public record TherapyProfile(
        Therapy therapy,
        String name,
        Purpose purpose,
        boolean investigational,
        Therapy unlockedBy,
        List<Evidence> evidence) {

    public TherapyProfile {
        evidence = List.copyOf(evidence);
    }

    /** The strongest evidence level this therapy has. */
    public EvidenceLevel bestEvidence() {
        return evidence.stream().map(Evidence::level).min(Comparator.naturalOrder())
                .orElse(EvidenceLevel.INVESTIGATIONAL);
    }
}
