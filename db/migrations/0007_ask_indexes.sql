-- Covering indexes for `ask` on large databases (checked with EXPLAIN QUERY PLAN on 1M quotes):
-- newest quotes of a person or topic are chosen from index entries alone, and rankings of speakers
-- by topic or stance never read the wide quote rows (text) or article rows (full text).
CREATE INDEX idx_articles_id_published ON articles(id, published);
CREATE INDEX idx_quotes_person_article ON quotes(person_id, article_id, start);
CREATE INDEX idx_quotes_id_person_article ON quotes(id, person_id, article_id, start);
CREATE INDEX idx_quote_topics_topic_quote ON quote_topics(topic_id, quote_id);
CREATE INDEX idx_stances_topic_cover ON stances(topic_id, label, quote_id, source, confidence);
