-- The phonetic surname key of each alias (last name token folded over transliteration variants,
-- see quotetrack/names.py), so resolving a speaker reads only the aliases that can match it
-- instead of loading every person. NULL for rows written without it; the resolver parses those.
ALTER TABLE aliases ADD COLUMN skey TEXT;
CREATE INDEX idx_aliases_skey ON aliases(skey);
