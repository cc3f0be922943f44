-- Updated stories: an article read from a URL that already holds another text replaces that text.
-- Articles by source (their URL) are looked up for every article read from the web: an index, not a scan.
CREATE INDEX IF NOT EXISTS idx_articles_source ON articles(source);
-- The texts so replaced, so that reading the old version again (the same crawl file twice) skips it
-- instead of putting it back in place of the update.
CREATE TABLE IF NOT EXISTS superseded_articles (
    id TEXT PRIMARY KEY,          -- article_key of the replaced text
    replaced_by TEXT NOT NULL     -- the article that replaced it
);
