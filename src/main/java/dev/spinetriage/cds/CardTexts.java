package dev.spinetriage.cds;

import dev.spinetriage.cds.dto.Coding;
import java.util.List;
import java.util.Locale;

/** The fixed words of every card: override reasons, topics and the Markdown helpers. */
final class CardTexts {

    static final String OVERRIDE_SYSTEM = "https://spinetriage.dev/fhir/CodeSystem/cds-override-reason";
    static final String TOPIC_SYSTEM = "https://spinetriage.dev/fhir/CodeSystem/cds-card-topic";
    static final int SUMMARY_MAX = 140;

    static final List<Coding> OVERRIDE_REASONS = List.of(
            new Coding(OVERRIDE_SYSTEM, "already-addressed", "Already addressed"),
            new Coding(OVERRIDE_SYSTEM, "not-applicable", "Does not apply to this patient"),
            new Coding(OVERRIDE_SYSTEM, "patient-declined", "Patient declined"),
            new Coding(OVERRIDE_SYSTEM, "clinical-judgement", "Specialist's clinical judgement"),
            new Coding(OVERRIDE_SYSTEM, "data-incorrect", "The patient data in the record is incorrect"));

    private CardTexts() {
    }

    static boolean isOverrideReason(Coding coding) {
        return coding != null && OVERRIDE_REASONS.stream()
                .anyMatch(r -> r.system().equals(coding.system()) && r.code().equals(coding.code()));
    }

    static Coding topic(CardKind kind, String display) {
        return new Coding(TOPIC_SYSTEM, kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), display);
    }

    /** At most 140 characters, as CDS Hooks requires; a longer one is cut with an ellipsis. */
    static String summary(String text) {
        return text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX - 1) + "…";
    }

    /** Markdown-safe: the engine's texts are ours, but a FHIR display or code is not. */
    static String escape(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-!|<>])", "\\\\$1");
    }

    static String bullets(List<String> lines) {
        StringBuilder md = new StringBuilder();
        lines.forEach(line -> md.append("- ").append(line).append('\n'));
        return md.toString();
    }

    static String readable(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
