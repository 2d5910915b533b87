-- Spine Triage schema. Append-only once on main: change the schema with a new V<n>__*.sql file.

-- Bibliographic sources that rules and therapies cite by short id (e.g. 'LCD-ESI').
CREATE TABLE clinical_source (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    note        TEXT
);

-- Every code the API accepts, by category (SYMPTOM, PAIN_LOCATION, RED_FLAG, ...).
CREATE TABLE vocabulary_code (
    category        TEXT NOT NULL,
    code            TEXT NOT NULL,
    label           TEXT NOT NULL,
    description     TEXT NOT NULL,
    snomed_ct_id    TEXT,
    snomed_ct_display TEXT,
    sort_order      INT  NOT NULL,
    PRIMARY KEY (category, code),
    CHECK (code ~ '^[A-Z][A-Z0-9_]*$')
);

-- The therapies catalogue: what each injection is, how it is given, what it is for.
CREATE TABLE therapy (
    code            TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name            TEXT NOT NULL,
    purpose         TEXT NOT NULL CHECK (purpose IN ('DIAGNOSTIC', 'THERAPEUTIC', 'DIAGNOSTIC_AND_THERAPEUTIC')),
    description     TEXT NOT NULL,
    administration  TEXT NOT NULL,
    typical_relief  TEXT NOT NULL,
    -- Ranking tier: standard therapies rank before investigational ones whatever their score.
    investigational BOOLEAN NOT NULL DEFAULT FALSE,
    -- A diagnostic therapy that must come first (e.g. medial branch block before radiofrequency ablation).
    unlocked_by     TEXT REFERENCES therapy (code),
    -- [{"citation": "...", "level": "MODERATE", "source": "LCD-ESI"}]
    evidence        JSONB NOT NULL,
    sort_order      INT  NOT NULL
);

CREATE TABLE ruleset (
    version         TEXT PRIMARY KEY,
    status          TEXT NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    active          BOOLEAN NOT NULL DEFAULT FALSE,
    change_note     TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by      TEXT NOT NULL,
    published_at    TIMESTAMPTZ,
    published_by    TEXT,
    CHECK (NOT active OR status = 'PUBLISHED')
);
-- Exactly one published ruleset is active at a time.
CREATE UNIQUE INDEX ruleset_single_active ON ruleset (active) WHERE active;

CREATE TABLE rule (
    ruleset_version TEXT NOT NULL REFERENCES ruleset (version),
    rule_id         TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN
                      ('RED_FLAG', 'INDICATION', 'SUPPORTING_FINDING', 'PREREQUISITE', 'CONTRAINDICATION', 'CAUTION')),
    -- NULL: the rule applies to every therapy (red flags, general contraindications).
    therapy         TEXT REFERENCES therapy (code),
    -- The condition: a small JSON expression over the triage request (see rules/ConditionJson).
    condition       JSONB NOT NULL,
    weight          INT  NOT NULL DEFAULT 0,
    -- The code shown to the client (red flag, contraindication or unmet prerequisite code).
    code            TEXT NOT NULL,
    message         TEXT NOT NULL,
    rationale       TEXT NOT NULL,
    citation        TEXT NOT NULL CHECK (citation <> ''),
    -- Red flags only: EMERGENCY | URGENT | ADVISORY.
    urgency         TEXT CHECK (urgency IN ('EMERGENCY', 'URGENT', 'ADVISORY')),
    -- Prerequisites only: unmet means "wait / more conservative care first".
    conservative_care_gate BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (ruleset_version, rule_id),
    CHECK ((kind = 'RED_FLAG') = (urgency IS NOT NULL))
);

CREATE TABLE triage_record (
    triage_id       UUID PRIMARY KEY,
    created_at      TIMESTAMPTZ NOT NULL,
    ruleset_version TEXT NOT NULL REFERENCES ruleset (version),
    disposition     TEXT NOT NULL,
    request         JSONB NOT NULL,
    response        JSONB NOT NULL
);
CREATE INDEX triage_record_created_at ON triage_record (created_at);
