"""Queries: filters combine, rows have the promised columns, FTS never raises on user text."""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import re

import pytest

from quotetrack import extract as extract_module
from quotetrack import query
from quotetrack.errors import NotFoundError, QueryError
from quotetrack.ingest import ingest
from quotetrack.model import Article, Quote
from quotetrack.query import (
    QUOTE_COLUMNS,
    QuoteFilter,
    articles,
    date_bounds,
    fts_query,
    paragraph_bounds,
    quote_detail,
    quotes,
)
from quotetrack.store import open_db

_SAID = re.compile(r"“([^”]+?),?” (said|told reporters) ([A-Z]\w+ [A-Z]\w+)")

ARTICLES = [
    Article(text="Harbour plan\n\n“The pier must be rebuilt,” said Maria Holm.\n\n"
                 "“Fishing needs it,” said Peter Lund.",
            title="Harbour plan", outlet="Coast Gazette", published="2024-03-04"),
    Article(text="Budget talks\n\n“Taxes will not rise this year,” told reporters Maria Holm.",
            title="Budget talks", outlet="River Post", published="2024-05-20"),
    Article(text="Old news\n\n“The pier is fine as it is,” said Peter Lund.",
            title="Old news", outlet="Coast Gazette", published="2023-01-10"),
]


def fake_extract(text: str) -> list[Quote]:
    return [Quote(text=m.group(1), start=m.start(1), end=m.end(1), kind="direct", speaker=m.group(3),
                  cue=m.group(2)) for m in _SAID.finditer(text)]


@pytest.fixture
def db(isolated_db, monkeypatch):
    monkeypatch.setattr(extract_module, "extract", fake_extract)
    database = open_db(isolated_db)
    ingest(database, ARTICLES)
    return database


def _quotes(db, **kwargs) -> list[str]:
    return [row["quote"] for row in quotes(db, QuoteFilter(**kwargs))]


def test_rows_have_the_promised_columns_newest_first(db):
    rows = list(quotes(db))
    assert list(rows[0]) == QUOTE_COLUMNS
    assert [(r["date"], r["speaker"], r["quote"], r["cue"], r["outlet"]) for r in rows] == [
        ("2024-05-20", "Maria Holm", "Taxes will not rise this year", "told reporters", "River Post"),
        ("2024-03-04", "Maria Holm", "The pier must be rebuilt", "said", "Coast Gazette"),
        ("2024-03-04", "Peter Lund", "Fishing needs it", "said", "Coast Gazette"),
        ("2023-01-10", "Peter Lund", "The pier is fine as it is", "said", "Coast Gazette"),
    ]


def test_person_filter_by_name_alias_and_surname(db):
    assert _quotes(db, person="maria holm") == ["Taxes will not rise this year", "The pier must be rebuilt"]
    assert _quotes(db, person="Lund") == ["Fishing needs it", "The pier is fine as it is"]
    assert _quotes(db, person="Holm") == _quotes(db, person="Maria Holm")


def test_unknown_person_suggests_names(db):
    with pytest.raises(NotFoundError) as err:
        list(quotes(db, QuoteFilter(person="Maria Hlom")))
    assert str(err.value) == "No person 'Maria Hlom'. Did you mean: Maria Holm?"


def test_suggestions_prefer_the_closest_spelling_then_the_most_quoted(isolated_db, monkeypatch):
    """A misspelt surname: a shorter surname that merely starts alike ranks below the one meant, and
    of equally close names the person quoted most comes first."""
    monkeypatch.setattr(extract_module, "extract", fake_extract)
    database = open_db(isolated_db)
    lines = [("One", "Ana Lavo"), ("Two", "Ivo Lavori"), ("Three", "Sergey Lavrov"),
             ("Four", "Sergey Lavrov")]
    ingest(database, [Article(text=f"“Talks go on {word},” said {name}.") for word, name in lines])
    with pytest.raises(NotFoundError) as err:
        list(quotes(database, QuoteFilter(person="Lavorv")))
    assert str(err.value) == "No person 'Lavorv'. Did you mean: Sergey Lavrov, Ivo Lavori, Ana Lavo?"


def test_date_outlet_kind_limit_filters(db):
    assert _quotes(db, since="2024-01-01", until="2024-03-31") == [
        "The pier must be rebuilt", "Fishing needs it"]
    assert _quotes(db, outlet="river post") == ["Taxes will not rise this year"]
    assert _quotes(db, kind="indirect") == []
    assert len(_quotes(db, limit=2)) == 2


def test_bad_date_is_a_query_error(db):
    with pytest.raises(QueryError, match="--since 'soon' is not a date; write it as YYYY-MM-DD, YYYY-MM, "):
        quotes(db, QuoteFilter(since="soon"))


def test_dates_as_ask_reads_them_and_a_reversed_range_is_an_error(db):
    assert _quotes(db, since="2024", until="2024-03") == ["The pier must be rebuilt", "Fishing needs it"]
    assert _quotes(db, since="January 2024", until="March 2024") == _quotes(db, since="2024-01-01",
                                                                           until="2024-03-31")
    assert date_bounds("30 days ago", "today", today=dt.date(2024, 6, 20)) == ("2024-05-21", "2024-06-20")
    with pytest.raises(QueryError, match=r"^--since 2025-01-01 is after --until 2024-12-31: no date is in"):
        quotes(db, QuoteFilter(since="2025", until="2024"))


def test_until_a_day_back_is_that_day_and_until_last_month_is_its_last_day():
    today = dt.date(2024, 6, 20)  # a Thursday
    assert date_bounds(None, "30 days ago", today=today) == (None, "2024-05-21")
    assert date_bounds("last month", "last month", today=today) == ("2024-05-01", "2024-05-31")
    assert date_bounds("last week", "last week", today=today) == ("2024-06-10", "2024-06-16")
    assert date_bounds(None, "last year", today=today) == (None, "2023-12-31")
    assert date_bounds("past month", "today", today=today) == ("2024-05-20", "2024-06-20")


def test_topic_filter(db):
    db.execute("insert into topics (label) values ('harbour')")
    tid = db.execute("select id from topics where label = 'harbour'").fetchone()[0]
    qid = db.execute("select id from quotes where text like 'The pier must%'").fetchone()[0]
    db.execute("insert into quote_topics (quote_id, topic_id) values (?, ?)", [qid, tid])
    assert _quotes(db, topic="Harbour") == ["The pier must be rebuilt"]
    assert _quotes(db, topic="harbor") == ["The pier must be rebuilt"]  # near spelling
    with pytest.raises(NotFoundError, match="No topic 'qqqzzz'"):
        quotes(db, QuoteFilter(topic="qqqzzz"))


def test_search_words_phrases_and_prefixes(db):
    assert _quotes(db, search="pier") == ["The pier must be rebuilt", "The pier is fine as it is"]
    assert _quotes(db, search='"pier must"') == ["The pier must be rebuilt"]
    assert _quotes(db, search="rebui*") == ["The pier must be rebuilt"]
    assert _quotes(db, search="pier fine") == ["The pier is fine as it is"]


@pytest.mark.parametrize("text", ['"pier', "pier AND", "OR", "NOT pier", "pier)", "(pier", "pier*", "NEAR(",
                                  "col:pier", "^pier", "'pier'", '""', "pier -fine"])
def test_search_never_raises_on_operators_or_stray_quotes(db, text):
    rows = list(quotes(db, QuoteFilter(search=text))) if re.search(r"\w", text) else []
    assert all("pier" in r["quote"].lower() for r in rows) or rows == []


def test_search_with_no_words_is_a_query_error(db):
    with pytest.raises(QueryError, match="give at least one word"):
        quotes(db, QuoteFilter(search='"" !!'))


def test_fts_query_quotes_every_term():
    assert fts_query('say "pier must" OR rebui* (x') == '"say" "pier must" "OR" "rebui"* "x"'


def test_articles_with_quote_counts(db):
    rows = list(articles(db))
    assert [(r["date"], r["title"], r["quotes"]) for r in rows] == [
        ("2024-05-20", "Budget talks", 1), ("2024-03-04", "Harbour plan", 2), ("2023-01-10", "Old news", 1)]
    assert [r["title"] for r in articles(db, outlet="Coast Gazette", limit=1)] == ["Harbour plan"]


def test_quote_detail_has_its_paragraph_and_offsets(db):
    qid = db.execute("select id from quotes where text = 'Fishing needs it'").fetchone()[0]
    detail = quote_detail(db, qid)
    assert detail["paragraph"] == "“Fishing needs it,” said Peter Lund."
    assert detail["paragraph"][detail["span_start"]:detail["span_end"]] == "Fishing needs it"
    with pytest.raises(NotFoundError, match="No quote with id 999"):
        quote_detail(db, 999)


def test_paragraph_bounds_cover_a_quote_over_two_paragraphs():
    text = "Intro.\n\n“First part\n\n“second part,” she said.\n\nOutro."
    start, end = text.index("First"), text.index("part,”") + 4
    begin, finish = paragraph_bounds(text, start, end)
    assert text[begin:finish] == "“First part\n\n“second part,” she said."


def test_quotes_carry_their_article_date_whoever_writes_them(db):
    assert {r[0] for r in db.execute("select published from quotes")} == {"2024-05-20", "2024-03-04",
                                                                           "2023-01-10"}
    db.execute("insert into articles (id, text, published) values ('x1', 'Later.', '2025-02-01')")
    db.execute("insert into quotes (article_id, text, start, end, kind)"
               " values ('x1', 'Later', 0, 5, 'direct')")
    assert _quotes(db, limit=1) == ["Later"]  # a direct insert gets the date from its article
    db.execute("update articles set published = '2020-01-01' where id = 'x1'")
    assert _quotes(db)[-1] == "Later"  # re-dating an article re-dates its quotes
    assert _quotes(db, until="2020-12-31") == ["Later"]


def test_blank_person_is_an_unknown_person_not_everyone(db):
    with pytest.raises(NotFoundError):
        quotes(db, QuoteFilter(person=" "))


# --- the planner: every way of finding the ids gives the rows of the plain query ----------------------

_REFERENCE = """
SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id
WHERE (:person IS NULL OR q.person_id IN (SELECT value FROM json_each(:person)))
  AND (:topic IS NULL OR q.id IN (SELECT quote_id FROM quote_topics WHERE topic_id = :topic))
  AND (:kind IS NULL OR q.kind = :kind) AND (:since IS NULL OR a.published >= :since)
  AND (:until IS NULL OR a.published <= :until) AND (:outlet IS NULL OR a.outlet = :outlet COLLATE NOCASE)
  AND (:match IS NULL OR q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match))
ORDER BY a.published DESC, q.article_id, q.start
"""


@pytest.fixture(scope="module")
def crowd(tmp_path_factory):
    """3,000 quotes: one speaker with half of them, a topic on a third, a word in most, dates repeating."""
    rng = random.Random(3)
    database = open_db(tmp_path_factory.mktemp("crowd") / "crowd.db")
    conn = database.conn
    conn.execute("BEGIN")
    conn.executemany("insert into people (id, name) values (?, ?)", [(i, f"P {i}") for i in range(1, 40)])
    conn.executemany("insert into topics (id, label) values (?, ?)", [(1, "harbour"), (2, "taxes")])
    for n in range(300):
        day = None if n % 50 == 0 else f"202{n % 5}-0{1 + n % 9}-1{n % 7}"
        conn.execute("insert into articles (id, text, published, outlet) values (?, 'x', ?, ?)",
                     [f"a{n:03d}", day, ("Coast Gazette", "river post", "Rare Times")[min(n % 40, 2)]])
        for k in range(10):
            person = 1 if rng.random() < 0.5 else rng.randrange(2, 40)
            words = ["pier"] * (rng.random() < 0.8) + ["rare"] * (rng.random() < 0.01) + ["talk", "more"]
            cursor = conn.execute("insert into quotes (article_id, person_id, text, start, end, kind) values"
                                  " (?, ?, ?, ?, ?, ?)", [f"a{n:03d}", person, " ".join(words), 10 - k,
                                                          20, ("direct", "indirect")[k % 2]])
            if rng.random() < 0.3:
                conn.execute("insert into quote_topics (quote_id, topic_id) values (?, 1)",
                             [cursor.lastrowid])
    conn.execute("COMMIT")
    return database


_FILTERS = [dict(person=1), dict(person=7), dict(person=(1, 7)), dict(person=(7, 9), topic=1),
            dict(topic=1), dict(match='"pier"'), dict(match='"rare"'),
            dict(match='"pi"* "talk"', kind="direct"),
            dict(person=1, topic=1, match='"pier"'), dict(person=1, match='"rare"', kind="direct"),
            dict(topic=1, since="2022-01-01", until="2023-12-31"), dict(outlet="RIVER POST", topic=1),
            dict(outlet="rare times"), dict(kind="indirect"), dict(since="2024-05-01"), dict()]


_PLANS = {"costed": {}, "walk": {"_gather_below": lambda *a: 1},  # walk whenever a filter keeps a quote
          "walk-fts-each": {"_gather_below": lambda *a: 1, "_many_matches": lambda *a: 0},
          "gather": {"_gather_below": lambda *a: math.inf},
          "gather-fts-each": {"_gather_below": lambda *a: math.inf, "_many_matches": lambda *a: 0}}


@pytest.mark.parametrize("plan", list(_PLANS))
@pytest.mark.parametrize("limit", [None, 1, 7, 200])
@pytest.mark.parametrize("filters", _FILTERS, ids=[str(f) for f in _FILTERS])
def test_every_plan_lists_the_same_quotes(crowd, monkeypatch, plan, limit, filters):
    for name, function in _PLANS[plan].items():
        monkeypatch.setattr(query, name, function)
    names = ("person", "topic", "kind", "since", "until", "outlet", "match")
    persons = filters.get("person", ())
    persons = persons if isinstance(persons, tuple) else (persons,)
    sel = query.Selection(person_ids=persons, limit=limit, topic_id=filters.get("topic"),
                          **{n: filters.get(n) for n in names[2:]})
    params = {n: filters.get(n) for n in names} | {"person": json.dumps(persons) if persons else None}
    expected = [r[0] for r in crowd.conn.execute(_REFERENCE, params)]
    assert list(query.quote_ids(crowd, sel)) == expected[:limit]
    assert [r["id"] for r in query.select(crowd, sel)] == expected[:limit]


def test_counts_and_rankings_over_a_selection(crowd):
    sel = query.Selection(topic_id=1, match='"pier"', limit=3)
    ids = list(query.quote_ids(crowd, query.Selection(topic_id=1, match='"pier"')))
    marks = ",".join("?" * len(ids))
    people_count = crowd.conn.execute(
        f"select person_id, count(*) from quotes where id in ({marks}) group by 1 order by 2 desc, 1", ids
    ).fetchall()
    assert [(r["speaker"], r["quotes"]) for r in query.speakers(crowd, sel)] == [
        (f"P {pid}", n) for pid, n in people_count[:3]]
    summary = query.summary(crowd, sel)
    assert summary["quotes"] == len(ids)
    assert (summary["first"], summary["last"]) == crowd.conn.execute(
        f"select min(published), max(published) from quotes where id in ({marks})", ids).fetchone()
    best = query.best_matches(crowd, query.Selection(match='"rare" OR "pier"', person_ids=(7,), limit=2))
    assert len(best) == 2 and all("rare" in r["quote"] or "pier" in r["quote"] for r in best)


def test_a_topics_speakers_counted_from_its_tags_equal_those_counted_from_its_quotes(crowd):
    """A topic alone is ranked from its tags' copy of the person (0012); the quotes must agree."""
    counted = crowd.conn.execute(
        "select q.person_id, count(*) from quote_topics qt join quotes q on q.id = qt.quote_id"
        " where qt.topic_id = 1 group by 1 order by 2 desc, 1 limit 5").fetchall()
    ranked = query.speakers(crowd, query.Selection(topic_id=1, limit=5))
    assert [(r["speaker"], r["quotes"]) for r in ranked] == [(f"P {pid}", n) for pid, n in counted]


def test_the_most_quoted_overall_are_counted_from_the_people_rows_and_agree_with_the_quotes(crowd):
    counted = crowd.conn.execute("select person_id, count(*) from quotes group by 1 order by 2 desc, 1"
                                 " limit 5").fetchall()
    ranked = query.speakers(crowd, query.Selection(limit=5))
    assert [(r["speaker"], r["quotes"]) for r in ranked] == [(f"P {pid}", n) for pid, n in counted]


def test_a_database_made_before_quote_dates_gets_them_on_open(tmp_path, monkeypatch):
    from quotetrack import schema

    path = tmp_path / "old.db"
    before = [p for p in schema.migration_files() if p.stem < "0004"]
    monkeypatch.setattr(schema, "migration_files", lambda: before)
    conn = open_db(path).conn
    conn.executescript("""
        INSERT INTO articles (id, text, published) VALUES ('a', 'x', '2024-02-03'), ('b', 'y', NULL);
        INSERT INTO quotes (article_id, text, start, end, kind) VALUES ('a', 'x', 0, 1, 'direct'),
                                                                      ('b', 'y', 0, 1, 'direct');
    """)
    conn.close()
    monkeypatch.undo()
    db = open_db(path)  # 0004 and every later migration are applied now
    assert db.execute("select article_id, published from quotes order by 1").fetchall() == [
        ("a", "2024-02-03"), ("b", None)]
    assert [r["date"] for r in quotes(db)] == ["2024-02-03", None]
