"""Ingest: idempotent, batched, parallel, and never an article stored without its quotes."""

from __future__ import annotations

import multiprocessing
import re
from pathlib import Path

import pytest
from conftest import said_quotes

from quotetrack import extract as extract_module
from quotetrack import people, stance, topics
from quotetrack.ingest import IngestReport, article_key, ingest
from quotetrack.model import Article
from quotetrack.readers import ReadFailure, read_inputs
from quotetrack.store import open_db
from quotetrack.topics import Topic

DATA = Path(__file__).parent / "data" / "ingest"


@pytest.fixture(autouse=True)
def fake_extractor(said_extractor):
    """Every test here stores quotes from the stand-in extractor."""


def _articles(n: int) -> list[Article]:
    return [Article(text=f"Story {i}.\n\n“Point {i} stands,” said Ada Lund.", title=f"Story {i}")
            for i in range(n)]


def _counts(db) -> tuple[int, int]:
    return tuple(db.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "quotes"))


def test_article_key_ignores_whitespace_and_unicode_form():
    assert article_key("Café  said\n\n it. ") == article_key("Cafe\u0301 said it.")
    assert article_key("one") != article_key("two")
    assert re.fullmatch(r"[0-9a-f]{16}", article_key("one"))


def test_every_format_is_stored_with_quotes_at_exact_offsets(isolated_db):
    db = open_db(isolated_db)
    report = ingest(db, read_inputs([str(DATA)]))
    assert (report.inserted, report.skipped, report.failed, report.quotes) == (6, 0, 0, 7)
    rows = db.execute(
        "select a.source, a.title, a.published, a.outlet, q.text, q.start, q.end, q.speaker, p.name, a.text "
        "from quotes q join articles a on a.id = q.article_id join people p on p.id = q.person_id "
        "order by q.id").fetchall()
    for *_, qtext, start, end, _, _, text in rows:
        assert text[start:end] == qtext
    assert [(r[0].rsplit("/", 1)[-1], r[4], r[7], r[8]) for r in rows] == [
        ("bridge", "Traffic will flow again", "Karin Moe", "Karin Moe"),
        ("hand written", "We missed our customers", "Erik Sand", "Erik Sand"),
        ("ferry.html", "Fewer sailings keep the service alive", "Jonas Vik", "Jonas Vik"),
        ("library.md", "Evenings are when working parents can come", "Anna Berg", "Anna Berg"),
        ("school.txt", "The children did all the digging", "Nora Lie", "Nora Lie"),
        ("pier.txt", "We cannot leave the pier to the gulls", "Maria Holm", "Maria Holm"),
        ("pier.txt", "It is about time", "Peter Lund", "Peter Lund"),
    ]


def test_gold_offsets_survive_ingest(isolated_db):
    db = open_db(isolated_db)
    ingest(db, read_inputs([str(DATA / "batch.jsonl")]))
    row = db.execute("select start, end from quotes where speaker = 'Erik Sand'").fetchone()
    assert row == (51, 74)  # the gold annotation's offsets in batch.jsonl


def test_reingest_skips_known_articles_before_extraction(isolated_db, monkeypatch):
    db = open_db(isolated_db)
    ingest(db, read_inputs([str(DATA)]))
    before = _counts(db)
    calls = []
    monkeypatch.setattr(extract_module, "extract", lambda text: calls.append(text) or [])
    report = ingest(db, read_inputs([str(DATA)]))
    assert (report.inserted, report.skipped, report.quotes) == (0, 6, 0)
    assert calls == []
    assert _counts(db) == before


def test_duplicates_inside_one_run_are_skipped(isolated_db):
    db = open_db(isolated_db)
    same = Article(text="Same text.")
    report = ingest(db, [same, Article(text="  Same\ntext. "), same])
    assert (report.inserted, report.skipped) == (1, 2)


def test_failures_are_counted_and_the_rest_is_stored(isolated_db):
    db = open_db(isolated_db)
    messages = []
    report = ingest(db, [ReadFailure("x", "x: broken"), *_articles(2)], on_failure=messages.append)
    assert (report.inserted, report.failed, report.quotes) == (2, 1, 2)
    assert messages == ["x: broken"]
    assert report.summary() == "2 articles inserted, 0 skipped as already stored, 1 failed; 2 quotes"


def test_extractor_crash_fails_only_its_article(isolated_db, monkeypatch):
    def flaky(text):
        if "Point 1 " in text:
            raise RuntimeError("boom")
        return said_quotes(text)

    monkeypatch.setattr(extract_module, "extract", flaky)
    db = open_db(isolated_db)
    messages = []
    report = ingest(db, _articles(3), on_failure=messages.append)
    assert (report.inserted, report.failed) == (2, 1)
    assert messages[0].endswith("extractor failed (RuntimeError: boom)")


def test_a_storage_error_rolls_back_only_that_article(isolated_db, monkeypatch):
    real = people.assign_people

    def picky(db, article_id, quotes):
        if quotes and "Point 1 " in db.execute("select text from articles where id = ?",
                                                [article_id]).fetchone()[0]:
            raise ValueError("bad person")
        return real(db, article_id, quotes)

    monkeypatch.setattr(people, "assign_people", picky)
    db = open_db(isolated_db)
    report = ingest(db, _articles(3), batch_size=10)
    assert (report.inserted, report.failed, report.quotes) == (2, 1, 2)
    assert _counts(db) == (2, 2)
    orphans = db.execute("select count(*) from articles a where not exists "
                         "(select 1 from quotes q where q.article_id = a.id)").fetchone()[0]
    assert orphans == 0


def test_interrupted_ingest_keeps_committed_batches_only(isolated_db, monkeypatch):
    real = people.assign_people
    calls = []

    def interrupt_on_fifth(db, article_id, quotes):
        calls.append(article_id)
        if len(calls) == 5:
            raise KeyboardInterrupt
        return real(db, article_id, quotes)

    monkeypatch.setattr(people, "assign_people", interrupt_on_fifth)
    db = open_db(isolated_db)
    with pytest.raises(KeyboardInterrupt):
        ingest(db, _articles(10), batch_size=2)
    assert _counts(db) == (4, 4)  # two full batches; the third was rolled back whole
    monkeypatch.setattr(people, "assign_people", real)
    report = ingest(db, _articles(10), batch_size=2)
    assert (report.inserted, report.skipped) == (6, 4)
    assert _counts(db) == (10, 10)


def test_articles_are_pulled_lazily_in_bounded_windows(isolated_db, monkeypatch):
    pulled = []

    def stream():
        for article in _articles(1000):
            pulled.append(1)
            yield article

    seen_at_first_write = []
    real = people.assign_people

    def spy(db, article_id, quotes):
        seen_at_first_write.append(len(pulled))
        return real(db, article_id, quotes)

    monkeypatch.setattr(people, "assign_people", spy)
    report = ingest(open_db(isolated_db), stream(), batch_size=10)
    assert report.inserted == 1000
    assert seen_at_first_write[0] <= 20  # two windows of 10, not the whole stream


_TAGS_SQL = (
    "select q.article_id, q.start, t.label, qt.matched, s.label, s.cues, s.source from quote_topics qt "
    "join quotes q on q.id = qt.quote_id join topics t on t.id = qt.topic_id "
    "left join stances s on s.quote_id = qt.quote_id and s.topic_id = qt.topic_id "
    "order by q.article_id, q.start, t.label"
)


def _topical(n: int) -> list[Article]:
    text = "Note {}.\n\n“We oppose new sanctions on grain {},” said Ada Lund."
    return [Article(text=text.format(i, i), title=f"N{i}") for i in range(n)]


def test_parallel_jobs_store_the_same_rows(tmp_path):
    items = list(read_inputs([str(DATA)])) + _articles(150) + _topical(40)
    results = []
    for jobs in (1, 3):
        db = open_db(tmp_path / f"jobs{jobs}.db")
        report = ingest(db, iter(items), jobs=jobs, batch_size=25)
        rows = db.execute("select a.id, q.text, q.start, q.end, q.speaker from quotes q "
                          "join articles a on a.id = q.article_id order by a.id, q.start").fetchall()
        results.append((report.inserted, report.quotes, rows, db.execute(_TAGS_SQL).fetchall()))
    assert results[0] == results[1]
    assert results[0][0] == 196
    sanctions = {row[2:5] for row in results[0][3] if row[2] == "sanctions"}
    assert sanctions == {("sanctions", "sanctions", "oppose")}


@pytest.mark.parametrize("jobs", [1, 2])
def test_tags_made_in_workers_match_tagging_from_the_database(isolated_db, jobs):
    db = open_db(isolated_db)
    ingest(db, _topical(5) + list(read_inputs([str(DATA)])), jobs=jobs)
    at_ingest = db.execute(_TAGS_SQL).fetchall()
    assert len(at_ingest) == 5
    topics.retag(db)
    assert db.execute(_TAGS_SQL).fetchall() == at_ingest


def test_a_topic_added_during_ingest_tags_the_articles_stored_after_it(isolated_db):
    db = open_db(isolated_db)

    def add_topic_once(report: IngestReport) -> None:
        if report.inserted == 1 and topics.stored_topics(db)[-1].label != "grain":
            topics.save_topics(db, [Topic(label="grain", keywords=("grain",))])

    ingest(db, _topical(3), batch_size=1, on_progress=add_topic_once)
    grain = db.execute("select q.start, a.title from quote_topics qt join topics t on t.id = qt.topic_id "
                       "join quotes q on q.id = qt.quote_id join articles a on a.id = q.article_id "
                       "where t.label = 'grain' order by a.title").fetchall()
    assert [title for _, title in grain] == ["N1", "N2"]


def test_user_corrections_win_over_rule_stances_made_in_workers(isolated_db):
    db = open_db(isolated_db)
    ingest(db, _topical(1))
    quote_id = db.execute("select id from quotes").fetchone()[0]
    stance.set_stance(db, quote_id, "sanctions", "support")
    db.execute("delete from articles")
    ingest(db, _topical(1), jobs=2)
    assert db.execute("select s.label, s.source from stances s join topics t on t.id = s.topic_id "
                      "where t.label = 'sanctions'").fetchall() == [("support", "user")]


def test_progress_callback_sees_running_counts(isolated_db):
    seen: list[IngestReport] = []
    ingest(open_db(isolated_db), _articles(3), on_progress=lambda r: seen.append(r.inserted))
    assert seen[-1] == 3


def _open_and_count(path: str) -> int:
    return open_db(path).execute("select count(*) from articles").fetchone()[0]


def test_concurrent_first_opens_of_a_new_database_all_succeed(tmp_path):
    with multiprocessing.get_context("fork").Pool(4) as pool:
        for round_ in range(8):
            path = str(tmp_path / f"new{round_}.db")
            assert pool.map(_open_and_count, [path] * 4) == [0, 0, 0, 0]


def _search(db, words: str) -> list[str]:
    sql = ("select q.text from quotes_fts f join quotes q on q.id = f.rowid where quotes_fts match ? "
           "order by q.id")
    return [row[0] for row in db.execute(sql, [words])]


def test_ingested_quotes_are_found_by_full_text_search_as_other_writers_rows_are(isolated_db):
    db = open_db(isolated_db)
    ingest(db, _articles(3), batch_size=2)
    db.execute("insert into quotes (article_id, text, start, end, kind) "
               "select id, 'Point 9 stands apart', 0, 5, 'direct' from articles limit 1")
    ingest(db, _articles(5), batch_size=2)
    assert _search(db, "stands") == [f"Point {i} stands" for i in (0, 1, 2)] + ["Point 9 stands apart"] + [
        f"Point {i} stands" for i in (3, 4)]
    assert db.execute("select count(*) from fts_batch").fetchone()[0] == 0
    db.execute("insert into quotes_fts(quotes_fts, rank) values ('integrity-check', 1)")


def test_a_search_topic_added_during_ingest_tags_from_the_full_text_index(isolated_db):
    db = open_db(isolated_db)

    def add_topic_once(report: IngestReport) -> None:
        if report.inserted == 1 and topics.stored_topics(db)[-1].label != "points":
            topics.save_topics(db, [Topic(label="points", search="point")])

    ingest(db, _articles(3), batch_size=1, on_progress=add_topic_once)
    tagged = db.execute("select a.title from quote_topics qt join topics t on t.id = qt.topic_id "
                        "join quotes q on q.id = qt.quote_id join articles a on a.id = q.article_id "
                        "where t.label = 'points' order by a.title").fetchall()
    assert tagged == [("Story 1",), ("Story 2",)]


def test_ingest_checkpoints_its_log_and_leaves_the_connection_as_it_was(isolated_db):
    db = open_db(isolated_db)
    db.execute("pragma wal_autocheckpoint = 321")
    ingest(db, _articles(30), batch_size=5)
    assert db.execute("pragma wal_autocheckpoint").fetchone()[0] == 321
    busy, logged, copied = db.execute("pragma wal_checkpoint(passive)").fetchone()
    assert busy == 0 and logged == copied  # nothing left to copy


def test_quote_counts_and_dates_are_kept_by_ingest_as_by_other_writers(isolated_db):
    db = open_db(isolated_db)
    dated = [Article(text=a.text, title=a.title, published="2024-05-0" + str(i + 1))
             for i, a in enumerate(_articles(4))]
    ingest(db, dated[:2], batch_size=1)
    db.execute("insert into quotes (article_id, person_id, text, start, end, kind) "
               "select a.id, p.id, 'Point 9 stands apart', 0, 5, 'direct' from articles a, people p "
               "where a.title = 'Story 0'")
    ingest(db, dated[2:], batch_size=2)
    assert db.execute("select name, quote_count from people").fetchall() == [("Ada Lund", 5)]
    assert db.execute("select count(*) from quotes q join articles a on a.id = q.article_id "
                      "where q.published = a.published").fetchone()[0] == 5
    assert _search(db, "apart") == ["Point 9 stands apart"]
