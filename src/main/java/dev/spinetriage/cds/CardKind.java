package dev.spinetriage.cds;

/** What a card is about; stored with each card (cds_card.kind) so feedback can be counted by it. */
public enum CardKind {
    RED_FLAG, CANDIDATE, PATHWAY, FOLLOW_UP, NOT_USED
}
