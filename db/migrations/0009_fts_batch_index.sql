-- Ingest indexes a batch's quotes for full-text search with one INSERT ... SELECT instead of one trigger
-- run per quote (quote inserts took half the time in benchmarks/ingest_speed.py). While this table holds
-- a row, quotes_ai leaves the indexing to the writer that put it there: ingest adds the row, inserts the
-- batch, indexes it and removes the row again, all in one transaction, so no other connection ever sees
-- it and every other writer is indexed by the trigger as before.
CREATE TABLE fts_batch (writer INTEGER PRIMARY KEY);
DROP TRIGGER quotes_ai;
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM fts_batch) BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
