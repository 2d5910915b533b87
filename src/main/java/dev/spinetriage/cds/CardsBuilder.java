package dev.spinetriage.cds;

import static dev.spinetriage.cds.CardTexts.bullets;
import static dev.spinetriage.cds.CardTexts.escape;
import static dev.spinetriage.cds.CardTexts.readable;
import static dev.spinetriage.cds.CardTexts.summary;
import static dev.spinetriage.cds.CardTexts.topic;

import dev.spinetriage.cds.dto.Card;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.triage.dto.TriageResponse;
import dev.spinetriage.triage.dto.TriageResponse.CandidateDto;
import dev.spinetriage.triage.dto.TriageResponse.FindingDto;
import dev.spinetriage.triage.dto.TriageResponse.RedFlagDto;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a triage answer into CDS Hooks cards: one per red flag (critical when it needs emergency or urgent care,
 * warning when advisory), one per candidate therapy (warning when it has cautions, else info), one for the deferred
 * and excluded therapies, one for the follow-up questions and one listing the FHIR data that was not used. Pure.
 */
public final class CardsBuilder {

    private final String baseUrl;

    /** @param baseUrl the service's public address: source and therapy links start with it */
    public CardsBuilder(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public List<PlannedCard> build(TriageResponse triage, List<String> notUsed) {
        List<PlannedCard> cards = new ArrayList<>();
        Card.Source source = source(triage.rulesetVersion(), triage.policyProfile());
        triage.redFlags().forEach(flag -> cards.add(redFlag(flag, source, triage.disclaimer())));
        triage.candidates().forEach(candidate -> cards.add(candidate(candidate, source, triage.disclaimer())));
        if (!triage.deferred().isEmpty() || !triage.excluded().isEmpty()) {
            cards.add(pathway(triage, source));
        }
        if (!triage.followUpQuestions().isEmpty()) {
            cards.add(followUp(triage, source));
        }
        if (!notUsed.isEmpty()) {
            cards.add(notUsed(notUsed, source));
        }
        return cards;
    }

    /** The only card when the FHIR data lacks an input the triage needs: nothing was triaged or stored. */
    public static Card incomplete(List<String> missing, List<String> notUsed) {
        String detail = "The triage needs these inputs, which the prefetched FHIR data does not give:\n\n"
                + bullets(missing) + "\nRecord them (the intake questionnaire asks for all of them) and open the "
                + "patient again." + (notUsed.isEmpty() ? "" : "\n\n**Not used:**\n\n" + bullets(escaped(notUsed)));
        return new Card(null, summary("Injection triage not run: missing " + String.join(", ", missing)), detail,
                "info", new Card.Source("Spine Triage", null, topic(CardKind.FOLLOW_UP, "Missing input")),
                null, null);
    }

    private PlannedCard redFlag(RedFlagDto flag, Card.Source source, String disclaimer) {
        boolean blocking = !"ADVISORY".equals(flag.urgency());
        String detail = "**" + flag.urgency() + " red flag.** " + flag.message() + "\n\n"
                + (blocking ? "No injection is offered while this red flag stands.\n\n" : "")
                + "Reported: " + String.join(", ", flag.triggeredBy().stream().map(CardTexts::readable).toList())
                + "\n\nSource: " + flag.source() + "\n\n_" + disclaimer + "_";
        Card card = new Card(uuid(), summary("Red flag (" + readable(flag.urgency()) + "): " + flag.message()),
                detail, blocking ? "critical" : "warning", withTopic(source, CardKind.RED_FLAG, "Red flag"),
                CardTexts.OVERRIDE_REASONS, null);
        return new PlannedCard(card, CardKind.RED_FLAG, flag.code(), List.of());
    }

    private PlannedCard candidate(CandidateDto c, Card.Source source, String disclaimer) {
        StringBuilder md = new StringBuilder("**Candidate " + c.rank() + "** (" + readable(c.purpose()) + ", score "
                + c.score() + ")\n\n**Why**\n\n" + bullets(c.rationale()));
        if (!c.cautions().isEmpty()) {
            md.append("\n**Cautions**\n\n").append(bullets(findings(c.cautions())));
        }
        md.append("\n**Evidence**\n\n")
                .append(bullets(c.evidence().stream().map(e -> e.citation() + " (" + e.level() + ")").toList()))
                .append("\nRules: ").append(String.join(", ", c.matchedRules())).append("\n\n_").append(disclaimer)
                .append('_');
        String cautioned = c.cautions().isEmpty() ? "" : " — " + c.cautions().size() + " caution(s)";
        Card card = new Card(uuid(), summary("Candidate " + c.rank() + ": " + c.name() + cautioned), md.toString(),
                c.cautions().isEmpty() ? "info" : "warning",
                withTopic(source, CardKind.CANDIDATE, "Candidate injection therapy"), CardTexts.OVERRIDE_REASONS,
                List.of(therapyLink(c.therapy(), c.name())));
        return new PlannedCard(card, CardKind.CANDIDATE, c.therapy(), c.matchedRules());
    }

    private PlannedCard pathway(TriageResponse t, Card.Source source) {
        StringBuilder md = new StringBuilder();
        List<Card.Link> links = new ArrayList<>();
        List<String> names = new ArrayList<>();
        t.deferred().forEach(d -> {
            names.add(d.name() + " (deferred)");
            links.add(therapyLink(d.therapy(), d.name()));
            md.append("**").append(d.name()).append("** is deferred until:\n\n").append(bullets(d.unmetPrerequisites()
                    .stream().map(p -> p.message() + " (" + readable(p.status()) + "; " + p.source() + ")").toList()))
                    .append('\n');
        });
        t.excluded().forEach(e -> {
            names.add(e.name() + " (excluded)");
            md.append("**").append(e.name()).append("** is excluded:\n\n").append(bullets(e.reasons().stream()
                    .map(r -> r.message() + " (" + r.code() + "; " + r.source() + ("COVERAGE".equals(r.reasonKind())
                            ? "; coverage" : "") + ")").toList())).append('\n');
        });
        md.append('_').append(t.disclaimer()).append('_');
        Card card = new Card(uuid(), summary("Not now: " + String.join(", ", names)), md.toString(), "info",
                withTopic(source, CardKind.PATHWAY, "Deferred and excluded therapies"), CardTexts.OVERRIDE_REASONS,
                links);
        return new PlannedCard(card, CardKind.PATHWAY, null, List.of());
    }

    private PlannedCard followUp(TriageResponse t, Card.Source source) {
        List<String> lines = t.followUpQuestions().stream()
                .map(q -> q.question() + " — " + q.why() + " (`" + q.field() + "`)").toList();
        Card card = new Card(uuid(), summary(lines.size() + " answer(s) would change this triage"),
                "Ask in the intake questionnaire:\n\n" + bullets(lines), "info",
                withTopic(source, CardKind.FOLLOW_UP, "Follow-up questions"), null, null);
        return new PlannedCard(card, CardKind.FOLLOW_UP, null, List.of());
    }

    private PlannedCard notUsed(List<String> notUsed, Card.Source source) {
        Card card = new Card(uuid(), summary(notUsed.size() + " FHIR entr" + (notUsed.size() == 1 ? "y was" : "ies were")
                + " not used by the triage"), "The triage read these but could not use them; the answer is made "
                + "without them:\n\n" + bullets(escaped(notUsed)), "info",
                withTopic(source, CardKind.NOT_USED, "FHIR data not used"), null, null);
        return new PlannedCard(card, CardKind.NOT_USED, null, List.of());
    }

    /** The public landing page: what the service is, the active ruleset and the sources its rules cite. */
    /** The label states the ruleset and the governing policy the cards apply. */
    private Card.Source source(String rulesetVersion, PolicyProfile profile) {
        String policy = profile == null ? "" : ", " + (profile == PolicyProfile.UK_NICE ? "UK NICE NG59" : "US Medicare")
                + " profile";
        return new Card.Source("Spine Triage, ruleset " + rulesetVersion + policy, baseUrl + "/", null);
    }

    private static Card.Source withTopic(Card.Source source, CardKind kind, String display) {
        return new Card.Source(source.label(), source.url(), topic(kind, display));
    }

    /** The therapy's public page for clinicians (pages/): a link that needs no API key. */
    private Card.Link therapyLink(String therapy, String name) {
        return new Card.Link("About " + name, baseUrl + "/therapies/" + therapy, "absolute", null);
    }

    private static List<String> findings(List<FindingDto> findings) {
        return findings.stream().map(f -> f.message() + " (" + f.code() + "; " + f.source() + ")").toList();
    }

    private static List<String> escaped(List<String> lines) {
        return lines.stream().map(CardTexts::escape).toList();
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
