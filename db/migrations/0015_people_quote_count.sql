-- Each person's quote count, kept on the people row by triggers whoever writes (ingest, merge, split,
-- rename, forget, tools). "Who is quoted most" counted all 1,000,000 quotes of the benchmark database
-- by person (52-72 ms) and `quotetrack people` joined every quote to its article (1.1 s); both now
-- read the people table. The cost is one people-row update per quote written (about 5% of the
-- ingest writer's CPU, benchmarks/ingest_writer.py).
ALTER TABLE people ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;
UPDATE people SET quote_count = (SELECT count(*) FROM quotes WHERE quotes.person_id = people.id);
CREATE TRIGGER quotes_count_ai AFTER INSERT ON quotes WHEN new.person_id IS NOT NULL BEGIN
    UPDATE people SET quote_count = quote_count + 1 WHERE id = new.person_id;
END;
CREATE TRIGGER quotes_count_ad AFTER DELETE ON quotes WHEN old.person_id IS NOT NULL BEGIN
    UPDATE people SET quote_count = quote_count - 1 WHERE id = old.person_id;
END;
CREATE TRIGGER quotes_count_au AFTER UPDATE OF person_id ON quotes
WHEN old.person_id IS NOT new.person_id BEGIN
    UPDATE people SET quote_count = quote_count - 1 WHERE id = old.person_id;
    UPDATE people SET quote_count = quote_count + 1 WHERE id = new.person_id;
END;
