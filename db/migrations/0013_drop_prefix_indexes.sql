-- Two indexes are the front of wider ones and no longer the planner's choice for any query:
-- quotes(person_id) is the front of quotes(person_id, published, ...) and (person_id, article_id,
-- start), and 0004 kept it only for stance queries by person, which read stances(person_id, ...)
-- since 0011; stances(topic_id, label) is the front of 0007's covering stances index. EXPLAIN QUERY
-- PLAN of every statement the ask and query benchmarks run on their 1,000,000-quote databases is the
-- same without them, and every quote and stance insert writes one index entry less.
DROP INDEX IF EXISTS idx_quotes_person;
DROP INDEX IF EXISTS idx_stances_topic;
