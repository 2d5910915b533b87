-- The shipped ruleset's change note and the initial golden cases' descriptions, as V3 and V6 stored them, name
-- files outside this repository (shared/clinical/...). The project keeps its own account of the criteria
-- (docs/clinical.md) and its own example cases, so the stored texts now say that. Only rows still holding the
-- original text change: a description an administrator has edited since is left alone. A golden case's ETag follows
-- its row_version, so it is bumped: a client holding the old ETag must read the changed case again before a PUT.

UPDATE ruleset
   SET change_note = 'Initial ruleset, built from the clinical criteria set out in docs/clinical.md'
 WHERE version = '2026.11.0'
   AND change_note = 'Initial ruleset from shared/clinical/criteria.md';

UPDATE golden_case
   SET description = 'Example case shipped with the project',
       row_version = row_version + 1,
       updated_at = now()
 WHERE description = 'Example case from shared/clinical/cases.jsonl';
