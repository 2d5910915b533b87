package dev.spinetriage.cds;

import dev.spinetriage.cds.dto.Card;
import java.util.List;

/** A card and what it is about: the therapy or red flag ({@code subject}) and the rules behind it. */
public record PlannedCard(Card card, CardKind kind, String subject, List<String> ruleIds) {

    public PlannedCard {
        ruleIds = List.copyOf(ruleIds);
    }
}
