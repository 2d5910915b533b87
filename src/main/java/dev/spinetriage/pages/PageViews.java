package dev.spinetriage.pages;

import java.time.OffsetDateTime;
import java.util.List;

/** What the pages show, already in the words a reader sees; the templates only lay it out. */
public final class PageViews {

    private PageViews() {
    }

    /** GET /: the service, the ruleset answering now and the sources its rules cite. */
    public record Landing(String rulesetVersion, OffsetDateTime publishedAt, List<CitedSource> sources,
            List<TherapyLink> therapies) {}

    /** A source and how many rules of the active ruleset cite it (0 when only a therapy's evidence does). */
    public record CitedSource(String id, String title, String note, int rules) {}

    public record TherapyLink(String code, String name, String purpose) {}

    /** GET /therapies/{code}: a therapy for clinicians, with what the active ruleset asks of it. */
    public record Therapy(String code, String name, String purpose, String purposeExplained, boolean investigational,
            String description, String administration, String typicalRelief, TherapyLink unlockedBy,
            List<Evidence> evidence, List<RuleGroup> rules, List<CitedSource> sources, String snomedCtId,
            String snomedCtDisplay, String rulesetVersion) {}

    public record Evidence(String statement, String level, String source) {}

    /** The active ruleset's rules of one kind for a therapy, under a heading a clinician reads. */
    public record RuleGroup(String heading, List<RuleLine> rules) {}

    public record RuleLine(String ruleId, String message, String citation) {}
}
