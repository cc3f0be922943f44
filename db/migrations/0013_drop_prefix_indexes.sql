-- Two indexes are the front of wider ones: quotes(person_id) of quotes(person_id, published, ...) and
-- (person_id, article_id, start), kept by 0004 only for stance queries by person, which read
-- stances(person_id, ...) since 0011; stances(topic_id, label) of 0007's covering stances index.
-- Without them the planner reads the same ranges from the wider index: of the 198 statements the ask
-- and query benchmarks run on their 1,000,000-quote databases, the counts of a person's quotes switch
-- to quotes(person_id, published, ...) (2.08 ms for the suggestions' count either way) and no plan
-- changes shape; every quote and stance insert writes one index entry less.
DROP INDEX IF EXISTS idx_quotes_person;
DROP INDEX IF EXISTS idx_stances_topic;
