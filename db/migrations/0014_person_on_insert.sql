-- The ingest writer now inserts topic tags and stances with their quote's person already set (one
-- subquery in the insert). The triggers of 0011 and 0012 then only serve writers that leave it out:
-- run unconditionally they rewrote every new row and its two person index entries a second time.
DROP TRIGGER stances_person_ai;
CREATE TRIGGER stances_person_ai AFTER INSERT ON stances WHEN new.person_id IS NULL BEGIN
    UPDATE stances SET person_id = (SELECT person_id FROM quotes WHERE id = new.quote_id)
    WHERE quote_id = new.quote_id AND topic_id = new.topic_id;
END;
DROP TRIGGER quote_topics_person_ai;
CREATE TRIGGER quote_topics_person_ai AFTER INSERT ON quote_topics WHEN new.person_id IS NULL BEGIN
    UPDATE quote_topics SET person_id = (SELECT person_id FROM quotes WHERE id = new.quote_id)
    WHERE quote_id = new.quote_id AND topic_id = new.topic_id;
END;
