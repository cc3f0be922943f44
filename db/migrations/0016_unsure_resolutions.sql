-- `people review` lists speaker names resolved with a low score. Finding them read every quote of
-- every person (2.4 s on the 1,000,000-quote benchmark database); this index holds only the quotes
-- resolved with less than certainty (about 4% of dev's quotes after ingest), so it costs little to
-- keep and the review reads it alone. The query repeats its WHERE terms for the planner to use it.
CREATE INDEX idx_quotes_unsure ON quotes(person_id, speaker, resolution_method, resolution_score)
WHERE person_id IS NOT NULL AND resolution_score < 1;
