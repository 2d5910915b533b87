package dev.spinetriage.intake;

import ca.uhn.fhir.parser.IParser;
import dev.spinetriage.platform.fhir.FhirR4;
import dev.spinetriage.vocabulary.VocabularyService;
import dev.spinetriage.vocabulary.dto.VocabularyCodeDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Questionnaire;
import org.jboss.logging.Logger;

/**
 * The intake questionnaire as served. It changes only with a deploy (the catalogue is code, the labels come with
 * migrations), so it is generated once, on first request rather than at start-up: generating it needs the FHIR
 * model and a vocabulary query, neither of which belongs on the start-up path.
 */
@ApplicationScoped
public class IntakeQuestionnaireService {

    /**
     * @param json    the document
     * @param version the questionnaire's version: a digest of everything else in it, so it changes whenever an item,
     *                code, range, condition or label does, and is the same on every instance of one release
     */
    public record Served(String json, String version) {}

    private static final Logger LOG = Logger.getLogger(IntakeQuestionnaireService.class);

    private final VocabularyService vocabulary;
    private final FhirR4 fhir;
    private volatile Served served;

    IntakeQuestionnaireService(VocabularyService vocabulary, FhirR4 fhir) {
        this.vocabulary = vocabulary;
        this.fhir = fhir;
    }

    public Served questionnaire() {
        Served current = served;
        if (current == null) {
            synchronized (this) {
                current = served;
                if (current == null) {
                    current = generate();
                    served = current;
                }
            }
        }
        return current;
    }

    private Served generate() {
        long start = System.nanoTime();
        Questionnaire questionnaire = new QuestionnaireBuilder(labels()).build();
        IParser writer = fhir.writer();
        String version = digest(writer.encodeResourceToString(questionnaire));
        questionnaire.setVersion(version);
        Served generated = new Served(writer.encodeResourceToString(questionnaire), version);
        LOG.infof("Intake questionnaire %s generated in %d ms (%d bytes)", version,
                (System.nanoTime() - start) / 1_000_000, generated.json().length());
        return generated;
    }

    private Map<String, Map<String, String>> labels() {
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (Map.Entry<String, List<VocabularyCodeDto>> category : vocabulary.vocabulary().entrySet()) {
            Map<String, String> byCode = new HashMap<>();
            category.getValue().forEach(code -> byCode.put(code.code(), code.label()));
            labels.put(category.getKey(), byCode);
        }
        return labels;
    }

    private static String digest(String document) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
