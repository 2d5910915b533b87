-- The shipped ruleset's change note and the initial golden cases' descriptions, as V3 and V6 stored them, name a
-- folder outside this repository. The project keeps its own account of the criteria (docs/clinical.md) and its own
-- example cases, so the stored texts now say that. Only rows as the migrations left them change: the shipped
-- ruleset (published, so no one has edited it) and golden cases still at their first row_version (a description an
-- administrator has edited since is left alone). A golden case's ETag follows its row_version, so it is bumped: a
-- client holding the old ETag must read the changed case again before a PUT.

UPDATE ruleset
   SET change_note = 'Initial ruleset, built from the clinical criteria set out in docs/clinical.md'
 WHERE version = '2026.11.0'
   AND created_by = 'flyway';

UPDATE golden_case
   SET description = 'Example case shipped with the project',
       row_version = row_version + 1,
       updated_at = now()
 WHERE case_id LIKE 'ex-%'
   AND row_version = 1;
