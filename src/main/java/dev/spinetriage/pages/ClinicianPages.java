package dev.spinetriage.pages;

import dev.spinetriage.pages.PageViews.CitedSource;
import dev.spinetriage.pages.PageViews.Evidence;
import dev.spinetriage.pages.PageViews.Landing;
import dev.spinetriage.pages.PageViews.RuleGroup;
import dev.spinetriage.pages.PageViews.RuleLine;
import dev.spinetriage.pages.PageViews.Therapy;
import dev.spinetriage.pages.PageViews.TherapyLink;
import dev.spinetriage.ruleset.RulesetQueries;
import dev.spinetriage.ruleset.dto.RulesetDto;
import dev.spinetriage.ruleset.dto.RulesetDto.RuleDto;
import dev.spinetriage.vocabulary.ClinicalSources;
import dev.spinetriage.vocabulary.VocabularyService;
import dev.spinetriage.vocabulary.dto.TherapyDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The public pages' content: what the service is, the active ruleset and its sources, and one page per therapy. It
 * reads only the catalogue and the active ruleset, never a triage, so no page can show patient data.
 */
@ApplicationScoped
public class ClinicianPages {

    /** The kinds of rule a therapy page shows, in reading order, under the heading a clinician reads. */
    private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put("INDICATION", "The pattern it is considered for");
        HEADINGS.put("SUPPORTING_FINDING", "Findings that rank it higher");
        HEADINGS.put("PREREQUISITE", "Before it is offered (otherwise it is deferred)");
        HEADINGS.put("CONTRAINDICATION", "When it is not offered");
        HEADINGS.put("CAUTION", "Cautions shown with it");
    }

    private final VocabularyService vocabulary;
    private final RulesetQueries rulesets;
    private final ClinicalSources sources;

    ClinicianPages(VocabularyService vocabulary, RulesetQueries rulesets, ClinicalSources sources) {
        this.vocabulary = vocabulary;
        this.rulesets = rulesets;
        this.sources = sources;
    }

    public Landing landing() {
        RulesetDto active = rulesets.active();
        List<TherapyLink> therapies = vocabulary.therapies().stream().map(ClinicianPages::link).toList();
        return new Landing(active.version(), active.publishedAt(), cited(active.rules(), List.of()), therapies);
    }

    /** Empty when no therapy has this code. */
    public Optional<Therapy> therapy(String code) {
        return vocabulary.therapy(code).map(this::page);
    }

    private Therapy page(TherapyDto t) {
        RulesetDto active = rulesets.active();
        List<RuleDto> rules = active.rules().stream()
                .filter(r -> t.code().equals(r.therapy()) || r.therapy() == null && "CONTRAINDICATION".equals(r.kind()))
                .toList();
        List<RuleGroup> groups = HEADINGS.entrySet().stream()
                .map(h -> new RuleGroup(h.getValue(), rules.stream().filter(r -> r.kind().equals(h.getKey()))
                        .map(r -> new RuleLine(r.ruleId(), r.message(), r.citation())).toList()))
                .filter(g -> !g.rules().isEmpty()).toList();
        List<Evidence> evidence = t.evidence().stream()
                .map(e -> new Evidence(e.citation(), readable(e.level()), e.source())).toList();
        List<String> evidenceSources = t.evidence().stream().map(TherapyDto.EvidenceItem::source).toList();
        TherapyLink unlockedBy = t.unlockedBy() == null ? null
                : vocabulary.therapy(t.unlockedBy()).map(ClinicianPages::link).orElse(null);
        return new Therapy(t.code(), t.name(), readable(t.purpose()), purposeExplained(t.purpose()),
                t.investigational(), t.description(), t.administration(), t.typicalRelief(), unlockedBy, evidence,
                groups, cited(rules, evidenceSources), t.snomedCtId(), t.snomedCtDisplay(), active.version());
    }

    /** The sources the rules cite (counted) plus any named elsewhere on the page, known ones first by id. */
    private List<CitedSource> cited(List<RuleDto> rules, List<String> alsoNamed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rules.forEach(r -> ids(r.citation()).forEach(id -> counts.merge(id, 1, Integer::sum)));
        alsoNamed.forEach(id -> counts.putIfAbsent(id, 0));
        Map<String, ClinicalSources.Source> known = sources.byId();
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(c -> Optional.ofNullable(known.get(c.getKey()))
                        .map(s -> new CitedSource(s.id(), s.title(), s.note(), c.getValue()))
                        .orElse(new CitedSource(c.getKey(), c.getKey(), null, c.getValue())))
                .toList();
    }

    /** A rule's citation is a comma-separated list of source short ids. */
    private static Stream<String> ids(String citation) {
        return Arrays.stream(citation.split(",")).map(String::strip).filter(id -> !id.isEmpty());
    }

    private static TherapyLink link(TherapyDto t) {
        return new TherapyLink(t.code(), t.name(), readable(t.purpose()));
    }

    private static String purposeExplained(String purpose) {
        return switch (purpose) {
            case "DIAGNOSTIC" -> "Diagnostic: its relief shows whether the targeted structure is the source of the "
                    + "pain. It is a test, not a lasting treatment.";
            case "THERAPEUTIC" -> "Therapeutic: it is given to relieve the pain.";
            default -> "Diagnostic and therapeutic: its relief both confirms the source of the pain and treats it.";
        };
    }

    private static String readable(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
