-- quotes(article_id) is the front of UNIQUE(article_id, start, end), which serves every lookup it
-- served; dropping it saves about a tenth of each quote insert. (quotes(person_id) stays: 0004 keeps
-- it as the planner's choice for stance queries by person.)
DROP INDEX IF EXISTS idx_quotes_article;
