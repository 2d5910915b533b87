-- CDS Hooks (cds/): the cards each CDS call answered with, the feedback EHRs send about them, and the JWT ids
-- already seen, so that a replayed token is refused by every instance on this database.

-- A triage made through CDS Hooks: which client (JWT issuer and subject) asked, for which hook instance.
CREATE TABLE cds_triage (
    triage_id       UUID PRIMARY KEY REFERENCES triage_record (triage_id),
    service_id      TEXT NOT NULL,
    hook            TEXT NOT NULL,
    hook_instance   TEXT NOT NULL,
    issuer          TEXT NOT NULL,
    subject         TEXT
);

-- One row per card sent. Feedback names a card by its uuid; the row says which triage, and which therapy or red
-- flag the card was about, so feedback can be counted per therapy and per rule.
CREATE TABLE cds_card (
    card_uuid       UUID PRIMARY KEY,
    triage_id       UUID NOT NULL REFERENCES cds_triage (triage_id),
    -- RED_FLAG | CANDIDATE | PATHWAY | FOLLOW_UP | NOT_USED
    kind            TEXT NOT NULL CHECK (kind IN ('RED_FLAG', 'CANDIDATE', 'PATHWAY', 'FOLLOW_UP', 'NOT_USED')),
    -- The therapy code (CANDIDATE) or red flag code (RED_FLAG); NULL for the summary cards.
    subject         TEXT,
    -- Ids of the rules behind the card (a candidate's matched rules); empty when the engine names none.
    rule_ids        TEXT[] NOT NULL DEFAULT '{}'
);
CREATE INDEX cds_card_triage ON cds_card (triage_id);

-- What the clinician did with a card, as the CDS client reported it. A repeated report of the same outcome at the
-- same time is stored once, so a client may safely retry.
CREATE TABLE cds_feedback (
    id                  BIGSERIAL PRIMARY KEY,
    card_uuid           UUID NOT NULL REFERENCES cds_card (card_uuid),
    outcome             TEXT NOT NULL CHECK (outcome IN ('accepted', 'overridden')),
    outcome_timestamp   TIMESTAMPTZ NOT NULL,
    override_system     TEXT,
    override_code       TEXT,
    user_comment        TEXT,
    accepted_suggestions JSONB NOT NULL DEFAULT '[]',
    received_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (card_uuid, outcome, outcome_timestamp),
    CHECK (outcome = 'overridden' OR (override_code IS NULL AND user_comment IS NULL))
);

-- JWT ids already accepted, kept until the token expires: a token seen once is refused after (replay).
CREATE TABLE cds_jwt_seen (
    issuer          TEXT NOT NULL,
    jti             TEXT NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (issuer, jti)
);
CREATE INDEX cds_jwt_seen_expires_at ON cds_jwt_seen (expires_at);
