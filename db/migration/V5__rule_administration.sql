-- Rule administration: optimistic concurrency (row_version -> ETag), golden cases, and the audit log.

ALTER TABLE ruleset ADD COLUMN row_version INT NOT NULL DEFAULT 1;
ALTER TABLE rule ADD COLUMN row_version INT NOT NULL DEFAULT 1;

-- A draft may hold rules that are not yet valid (missing citation, red flag without urgency...): the editor saves
-- work in progress, POST .../validate lists every problem, and publishing refuses a ruleset that has any. So these
-- checks move from the table to the publish gate.
ALTER TABLE rule DROP CONSTRAINT rule_citation_check;
ALTER TABLE rule DROP CONSTRAINT rule_check;

-- A stored request with its expected outcome; publishing runs every one against the draft.
CREATE TABLE golden_case (
    case_id     TEXT PRIMARY KEY CHECK (case_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$'),
    description TEXT NOT NULL DEFAULT '',
    request     JSONB NOT NULL,
    -- {"disposition": "...", "mustInclude": [...], "mustExclude": [...], "mustCaution": {"THERAPY": "CODE"}}
    expected    JSONB NOT NULL,
    row_version INT NOT NULL DEFAULT 1,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every admin change: who, when, what, and the resource before and after.
CREATE TABLE audit_event (
    event_id    BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    before      JSONB,
    after       JSONB
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id);
