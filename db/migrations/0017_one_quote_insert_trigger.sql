-- Every new quote ran three AFTER INSERT triggers (full-text index 0009, the person's quote count 0015,
-- the article's date 0004), and SQLite starts a sub-program per trigger and row whether its WHEN holds
-- or not: they took 45% of the ingest writer's quote inserts (benchmarks/ingest_writer.py). One trigger
-- now does the three jobs for every writer but the ingest batch writer; while fts_batch holds a row
-- (only ever inside that writer's own transaction, 0009), the writer does them itself: it indexes the
-- batch's quotes in one statement, adds each person's new quotes to quote_count once per batch, and
-- writes each quote with its article's date.
DROP TRIGGER quotes_ai;
DROP TRIGGER quotes_count_ai;
DROP TRIGGER quotes_published_ai;
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM fts_batch) BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    UPDATE people SET quote_count = quote_count + 1 WHERE id = new.person_id;
    UPDATE quotes SET published = (SELECT published FROM articles WHERE id = new.article_id)
    WHERE id = new.id AND new.published IS NULL;
END;
