-- Articles: key is a hash of the normalised text, so re-ingesting the same article adds nothing.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT,
    outlet TEXT,
    author TEXT,
    published TEXT,            -- ISO date YYYY-MM-DD
    source TEXT,               -- file path or URL
    external_id TEXT,          -- id given by a crawler / JSONL line
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_articles_published ON articles(published);
CREATE INDEX idx_articles_outlet ON articles(outlet);

-- Canonical people and organisations.
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'organisation')),
    needs_review INTEGER NOT NULL DEFAULT 0,   -- 1 when resolution was unsure
    user_locked INTEGER NOT NULL DEFAULT 0,    -- 1 when a user named or merged it
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_people_name ON people(name);

-- Every spelling a person is known by; `norm` is the normalised key used for lookup.
CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    norm TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'auto' CHECK (source IN ('auto', 'user', 'file')),
    UNIQUE (person_id, norm)
);
CREATE INDEX idx_aliases_norm ON aliases(norm);

-- Titles and roles seen with a person ("foreign minister"), evidence for role-noun resolution.
CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
    UNIQUE (person_id, role, article_id)
);
CREATE INDEX idx_roles_role ON roles(role);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    speaker TEXT,              -- the speaker as the article names it (fullest in-article name)
    speaker_mention TEXT,      -- the words at the attribution ("he", "the Russian foreign minister")
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    cue TEXT,
    confidence REAL,
    resolution_method TEXT,    -- how person_id was chosen (exact, alias, fuzzy, new, user ...)
    resolution_score REAL,
    UNIQUE (article_id, start, end)
);
CREATE INDEX idx_quotes_person ON quotes(person_id);
CREATE INDEX idx_quotes_article ON quotes(article_id);
CREATE INDEX idx_quotes_kind ON quotes(kind);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_au AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE,
    description TEXT,
    keywords TEXT NOT NULL DEFAULT '[]',       -- JSON list of phrases
    support_cues TEXT NOT NULL DEFAULT '[]',   -- JSON list
    oppose_cues TEXT NOT NULL DEFAULT '[]',    -- JSON list
    search TEXT                                -- ad-hoc FTS query defining the topic
);

CREATE TABLE quote_topics (
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    matched TEXT,              -- the keyword that matched
    PRIMARY KEY (quote_id, topic_id)
);
CREATE INDEX idx_quote_topics_topic ON quote_topics(topic_id);

CREATE TABLE stances (
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    label TEXT NOT NULL CHECK (label IN ('support', 'oppose', 'neutral')),
    confidence REAL,
    cues TEXT NOT NULL DEFAULT '[]',           -- JSON list of the words that decided
    source TEXT NOT NULL DEFAULT 'rule' CHECK (source IN ('rule', 'user')),
    PRIMARY KEY (quote_id, topic_id)
);
CREATE INDEX idx_stances_topic ON stances(topic_id, label);

-- User decisions, keyed by what survives re-extraction (article + span, names), replayed after ingest.
CREATE TABLE stance_corrections (
    article_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    topic_label TEXT NOT NULL,
    label TEXT NOT NULL CHECK (label IN ('support', 'oppose', 'neutral')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (article_id, start, end, topic_label)
);

CREATE TABLE people_decisions (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,      -- merge | rename | alias | split
    payload TEXT NOT NULL,     -- JSON
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
