-- No query reads quotes(kind) through an index: query.py filters by kind with "+q.kind = ?" so that the
-- planner gathers the rarest filter or walks the date order instead (three kinds select a third of the
-- quotes each), and nothing else filters quotes by kind. Every quote insert kept it up to date all the
-- same: dropping it saves about a tenth of the insert time.
DROP INDEX IF EXISTS idx_quotes_kind;
