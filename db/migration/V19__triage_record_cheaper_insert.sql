-- A triage record costs PostgreSQL less to store (issue 16; figures in bench/HISTORY.md, "What the insert costs").
--
-- Measured per row on the embedded PostgreSQL 17, EXPLAIN (ANALYZE, WAL) of 6,000-row inserts of the golden cases'
-- own requests and answers, medians of 7 rounds alternating the table variants on one busy machine: 94 µs as it
-- was; 79 µs with text instead of json; 73 µs without the two foreign keys (their checks: 21-24 µs a row);
-- 44 µs with all three changes below. WAL stays ~3.5 kB a row: it is the documents themselves.

-- 1. The documents as text. json only checked, on every insert, that the text is JSON (a full parse of ~4 kB,
-- 15-20 µs a row); the service wrote both documents itself with its own serialiser and reads them only whole, so
-- that check never found anything. The text is kept exactly as sent, as before. Ad-hoc SQL casts:
-- response::json ->> 'disposition'. PostgreSQL rewrites the table once for it (json to text is an I/O conversion),
-- with the table locked meanwhile: for millions of stored records, upgrade at a quiet time.
ALTER TABLE triage_record
    ALTER COLUMN request TYPE text,
    ALTER COLUMN response TYPE text;

-- 2. No foreign keys from the record to its ruleset and its client. Each was checked on every insert by a row-level
-- trigger locking the referenced row. What they guarded against, a record naming a ruleset or key that does not
-- exist, cannot happen through the service (it records the ruleset it evaluated and the key that authenticated the
-- request) and could only come from deleting those rows: rulesets and API keys are never deleted (keys are revoked),
-- and the database now refuses to, for the whole table, which costs the insert nothing.
ALTER TABLE triage_record
    DROP CONSTRAINT triage_record_ruleset_version_fkey,
    DROP CONSTRAINT triage_record_client_key_id_fkey;

CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never deleted: triage records name them (retire a ruleset, revoke a key)',
        TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER ruleset_never_deleted BEFORE DELETE OR TRUNCATE ON ruleset
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER api_key_never_deleted BEFORE DELETE OR TRUNCATE ON api_key
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();

-- 3. created_at: a BRIN index instead of a B-tree. No query of the service uses it (records are read by id); it is
-- there for operators' time-range queries (retention, exports). Records are appended in time order, so a BRIN index
-- of a few pages answers those as well, and maintaining it costs an insert next to nothing.
DROP INDEX triage_record_created_at;
CREATE INDEX triage_record_created_at ON triage_record USING brin (created_at);

-- 4. Where the server is built with lz4 (PostgreSQL 14+ --with-lz4, as Debian's packages and the official images
-- are; the embedded PostgreSQL is not), the documents are compressed with it: rows past the 2 kB TOAST threshold are
-- compressed again, the WAL is ~32% smaller (4.2 -> 2.8 kB a row) for ~5 µs a row, where pglz cost 2.6 times the
-- whole insert. Without lz4 the table stays uncompressed (toast_tuple_target 8160, V12). Tried rather than looked
-- up: pg_config is readable only by superusers, and a server without lz4 refuses the ALTER.
DO $$
BEGIN
    ALTER TABLE triage_record ALTER COLUMN request SET COMPRESSION lz4, ALTER COLUMN response SET COMPRESSION lz4;
    ALTER TABLE triage_record RESET (toast_tuple_target);
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'lz4 not available on this server: triage records stay uncompressed';
END
$$;
