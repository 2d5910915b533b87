-- A triage record keeps the request and the answer exactly as the service wrote them (json, not jsonb), inline in
-- the table's own pages.
--
-- Why: the record is written on every triage, and what PostgreSQL did per row was the largest single cost of a
-- durable triage (bench/RESULTS.md). Measured here per row, 12,000 rows of the golden cases' own requests and
-- answers: jsonb ~140 µs (decomposing the documents into jsonb, and pglz-compressing the half of the rows whose
-- answer passes the 2 kB TOAST threshold); json kept inline ~80 µs. The documents are written by the service's own
-- serialiser and only ever read whole, so jsonb's decomposition bought nothing; json still checks they are JSON and
-- still answers ->, ->> and casts to jsonb for ad-hoc SQL. It also keeps the text as sent, member order included,
-- so a stored answer can be returned byte for byte without being parsed and written again.
--
-- toast_tuple_target: a row (~1.5-4 kB here) is only compressed or moved out of line past ~8 kB, not 2 kB, so
-- reading or writing one never touches the TOAST table; the table is ~10% larger for it.
ALTER TABLE triage_record
    ALTER COLUMN request TYPE json USING request::text::json,
    ALTER COLUMN response TYPE json USING response::text::json;
ALTER TABLE triage_record SET (toast_tuple_target = 8160);
