"""A blank database migrates to exactly the expected tables, indexes and triggers."""

from quotetrack.schema import migration_files
from quotetrack.store import open_db


def _objects(db, kind):
    return {
        r[0]
        for r in db.execute(
            "select name from sqlite_master where type = ? and name not like 'sqlite_%'", [kind]
        ).fetchall()
    }


def test_blank_database_gets_expected_schema(isolated_db):
    db = open_db(isolated_db)
    tables = _objects(db, "table")
    assert {
        "_migrations", "articles", "people", "aliases", "roles", "quotes", "quotes_fts",
        "topics", "quote_topics", "stances", "stance_corrections", "people_decisions",
    } <= tables
    assert {"quotes_ai", "quotes_ad", "quotes_au"} <= _objects(db, "trigger")
    indexes = _objects(db, "index")
    assert {"idx_quotes_person", "idx_aliases_norm", "idx_articles_published"} <= indexes
    assert "idx_quotes_article" not in indexes  # the front of the UNIQUE(article_id, start, end) index
    applied = [r[0] for r in db.execute("select name from _migrations order by name")]
    assert applied == [p.stem for p in migration_files()]


def test_reopen_applies_nothing_twice(isolated_db):
    open_db(isolated_db)
    db = open_db(isolated_db)
    assert db.execute("select count(*) from _migrations").fetchone()[0] == len(migration_files())
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
