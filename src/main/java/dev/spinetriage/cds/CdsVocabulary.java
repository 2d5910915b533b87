package dev.spinetriage.cds;

import dev.spinetriage.cds.fhir.SnomedCodes;
import dev.spinetriage.vocabulary.VocabularyCodeEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary's verified SNOMED CT ids, read once from the vocabulary table: it changes only with a migration,
 * i.e. with a new release and a restart.
 */
@ApplicationScoped
public class CdsVocabulary {

    private volatile SnomedCodes snomed;

    @Transactional
    public SnomedCodes snomed() {
        SnomedCodes codes = snomed;
        if (codes == null) {
            Map<String, SnomedCodes.VocabularyRef> byId = new HashMap<>();
            List<VocabularyCodeEntity> coded = VocabularyCodeEntity.list("snomedCtId is not null");
            coded.forEach(c -> byId.put(c.snomedCtId, new SnomedCodes.VocabularyRef(c.category, c.code)));
            codes = new SnomedCodes(byId);
            snomed = codes;
        }
        return codes;
    }
}
