-- API keys: who may call the API and in which roles. The key itself is shown once, when it is created; only its
-- hash is stored, so neither a database dump nor a backup can be used to call the API.
CREATE TABLE api_key (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (name <> ''),
    -- SHA-256 of the whole key, lower-case hex. Keys are 32 random bytes, so a hash cannot be reversed or guessed
    -- and a slow password hash (bcrypt, Argon2) would protect nothing more while slowing every request; a plain
    -- digest also makes authentication one indexed equality lookup.
    key_hash    TEXT NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    -- The key's first characters, enough to tell keys apart in a list without revealing them.
    key_prefix  TEXT NOT NULL,
    roles       TEXT[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['triage', 'rules-admin']::TEXT[]),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- The name of the key that created this one, or 'bootstrap' for the first admin key.
    created_by  TEXT NOT NULL,
    -- Keys are revoked, never deleted: triage records keep pointing at the client that made them.
    revoked_at  TIMESTAMPTZ
);

-- The client that recorded each triage; only it (or a rules-admin) may read the triage back. NULL for triages
-- recorded before API keys existed, which only a rules-admin can read.
ALTER TABLE triage_record ADD COLUMN client_key_id UUID REFERENCES api_key (id);
