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
    assert {"idx_quotes_person_published", "idx_aliases_norm", "idx_articles_published"} <= indexes
    # fronts of wider indexes: UNIQUE(article_id, start, end), quotes(person_id, published, ...),
    # stances(topic_id, label, quote_id, ...) and quote_topics(topic_id, quote_id)
    fronts = {"idx_quotes_article", "idx_quotes_person", "idx_stances_topic", "idx_quote_topics_topic"}
    assert not fronts & indexes
    applied = [r[0] for r in db.execute("select name from _migrations order by name")]
    assert applied == [p.stem for p in migration_files()]


def test_reopen_applies_nothing_twice(isolated_db):
    open_db(isolated_db)
    db = open_db(isolated_db)
    assert db.execute("select count(*) from _migrations").fetchone()[0] == len(migration_files())
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def _one_tagged_quote(db) -> None:
    """Ana Ruiz (#7) says quote #1, tagged with topic #1 and a stance on it, written without persons."""
    db.execute("insert into people(id, name) values (7, 'Ana Ruiz')")
    db.execute("insert into articles(id, text) values ('a1', 'Ana Ruiz said: \"The pier stays.\"')")
    db.execute("insert into quotes(id, article_id, person_id, speaker, text, start, end, kind)"
               " values (1, 'a1', 7, 'Ana Ruiz', 'The pier stays.', 15, 30, 'direct')")
    db.execute("insert into topics(id, label) values (1, 'harbour')")
    db.execute("insert into stances(quote_id, topic_id, label) values (1, 1, 'support')")
    db.execute("insert into quote_topics(quote_id, topic_id, matched) values (1, 1, 'pier')")


def test_upgrade_gives_existing_stances_and_tags_their_quotes_person(isolated_db, monkeypatch):
    """A database made before migrations 0011, 0012 and 0015 gets each stance's and each topic tag's
    person, and each person's quote count, filled in on the next open."""
    from quotetrack import schema

    before = [p for p in migration_files() if p.stem < "0011"]
    monkeypatch.setattr(schema, "migration_files", lambda: before)
    db = open_db(isolated_db)
    _one_tagged_quote(db)
    db.conn.commit()
    db.conn.close()
    monkeypatch.undo()
    upgraded = open_db(isolated_db)
    for table in ("stances", "quote_topics"):
        rows = upgraded.execute(f"select quote_id, topic_id, person_id from {table}").fetchall()
        assert rows == [(1, 1, 7)], table
    assert upgraded.execute("select id, quote_count from people").fetchall() == [(7, 1)]


def test_tags_and_stances_written_without_a_person_get_their_quotes_person(isolated_db):
    """The ingest writer sets the person itself; any other writer that leaves it out gets it by trigger."""
    db = open_db(isolated_db)
    _one_tagged_quote(db)
    for table in ("stances", "quote_topics"):
        assert db.execute(f"select person_id from {table}").fetchall() == [(7,)], table
