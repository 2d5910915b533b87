-- Idempotency-Key on POST /api/v1/triage. Per client (API key) and key string: the request it was first sent with
-- (as a hash) and the triage that answered it, so a retry gets that triage back instead of making a second one.
CREATE TABLE triage_idempotency_key (
    client_key_id   UUID NOT NULL REFERENCES api_key (id),
    idempotency_key TEXT NOT NULL CHECK (idempotency_key ~ '^[\x21-\x7e]{1,255}$'),
    -- SHA-256 (hex) of the request as parsed and serialised again: whitespace and member order do not change it.
    request_hash    TEXT NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
    -- Deferred: a claim is written before its triage record, in the same transaction (triage/IdempotencyClaims).
    triage_id       UUID NOT NULL REFERENCES triage_record (triage_id) DEFERRABLE INITIALLY DEFERRED,
    -- When the key was claimed. A claim older than 24 h is expired: the next request with the key takes it over, so
    -- expiry needs no clean-up job. Expired rows stay until then, one per key string a client has used.
    created_at      TIMESTAMPTZ NOT NULL,
    -- The primary key is the lock: of two requests racing with one key, exactly one can claim it.
    PRIMARY KEY (client_key_id, idempotency_key)
);
