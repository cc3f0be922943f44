"""Ingest: a stream of articles -> skip known ones -> extract and tag (optionally in workers) -> store.

Extraction and the pure part of topic tagging (keyword matches and rule stances, computed from the
quote and the taxonomy alone) run together, in worker processes with ``jobs > 1`` (except for the first
windows, extracted by workers that start while this process compiles the taxonomy, and tagged here);
the single writer only resolves people, inserts rows and replays user corrections. Memory stays flat:
articles are read lazily and pass through in bounded windows; the writer (this process) stores them in
batches, one ``BEGIN IMMEDIATE`` transaction per batch holding each article with its quotes, people and
topics, so an interruption loses at most the batch being written. The batch's quotes enter the
full-text index in one statement of that transaction, not one trigger run per quote.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import itertools
import multiprocessing
import multiprocessing.pool
import os
import signal
import sqlite3
import time
import unicodedata
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

import sqlite_utils

from quotetrack import extract as extract_module
from quotetrack import mojibake, people, topics
from quotetrack.errors import DatabaseError
from quotetrack.model import Article, Quote
from quotetrack.readers import EXTENSIONS, Ignored, Item, ReadFailure
from quotetrack.store import db_file, explain, is_locked

BATCH_SIZE = 100
CHUNK_SIZE = 16  # articles per task sent to a worker process
EARLY_WINDOWS = 3  # windows only extracted by workers, while this process compiles the taxonomy
AHEAD = 3  # windows the workers may analyse ahead of the one being written (jobs > 1)
WORKER_NICE = 5  # workers yield the CPU to the writer, the one process every article waits for
LOCK_RETRIES = 4
# Pages the write-ahead log may grow to between checkpoints while ingesting (SQLite's default is 1,000):
# every checkpoint copies the hot index pages again, and at 1,000 they took a third of the writer's CPU.
WAL_PAGES = 10_000
KEY_LENGTH = 16  # hex digits of sha256 kept as the article id (64 bits)
T = TypeVar("T")

Tags = list[tuple[topics.QuoteTag, ...]]  # the keyword topics of each quote, in extraction order
Analysis = tuple[list[Quote], Tags] | str  # quotes and their tags, or why the article failed
Extracted = tuple[str, Article, Analysis]
Analysed = tuple[str, Article, tuple[list[Quote], Tags]]  # an article whose analysis succeeded


_KNOWN = ", ".join(sorted(EXTENSIONS))


@dataclass
class IngestReport:
    """Running counts of one ingest (updated as batches commit)."""

    inserted: int = 0
    skipped: int = 0
    failed: int = 0
    quotes: int = 0
    ignored: int = 0  # files in a folder that are no article by their extension
    replaced: int = 0  # stored articles an inserted one replaced: an updated story at the same URL

    def summary(self) -> str:
        return (
            f"{self.inserted:,} article{'s' * (self.inserted != 1)} inserted"
            + (f" ({self.replaced:,} replacing an earlier version at the same URL)" if self.replaced else "")
            + ", "
            f"{self.skipped:,} skipped as already stored, {self.failed:,} failed; "
            f"{self.quotes:,} quote{'s' * (self.quotes != 1)}"
            + (f"; {self.ignored:,} other file{'s' * (self.ignored != 1)} ignored (not {_KNOWN})"
               if self.ignored else "")
        )


def article_key(text: str) -> str:
    """Hash of the normalised text (NFC, whitespace collapsed, stripped): same article, same key."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:KEY_LENGTH]


def ingest(
    db: sqlite_utils.Database,
    items: Iterable[Item],
    *,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    report: IngestReport | None = None,
    on_failure: Callable[[str], None] | None = None,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Store every new article in ``items`` with its quotes; failures are counted and reported, not raised.

    Raises DatabaseError only when the database stays locked (after retries) or cannot be written.
    """
    report = report or IngestReport()
    fail = on_failure or (lambda message: None)
    inflight: set[str] = set()  # keys read but not yet committed: duplicates inside this run
    taxonomy = _taxonomy(db)
    writer = _BatchWriter(db, batch_size, report, fail, inflight, taxonomy)
    window = batch_size if jobs <= 1 else max(batch_size, jobs * CHUNK_SIZE * 2)
    ahead = 1 if jobs <= 1 else AHEAD
    pending: deque[tuple[list[tuple[str, Article]], Iterator[Analysis]]] = deque()
    with _frozen_heap(), _analyser(jobs, taxonomy) as run, _fewer_checkpoints(db.conn):
        for chunk in _windows(items, window):
            fresh = _fresh(db, chunk, inflight, report, fail)
            pending.append((fresh, run([article.text for _, article in fresh])))
            if len(pending) > ahead:  # keep windows extracting while the oldest one is written
                _drain(pending.popleft(), writer, report, on_progress)
        while pending:
            _drain(pending.popleft(), writer, report, on_progress)
        writer.flush()
    if on_progress:
        on_progress(report)
    return report


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Keep the cyclic garbage collector off the objects that exist before the ingest (modules, compiled
    patterns, the taxonomy) while it runs, in this process and in the workers it forks.

    A full collection rescans all of them (a tenth of a second per 5 MB in this process alone), and
    in a forked worker it would write to the pages it shares with this process."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def _fewer_checkpoints(conn: sqlite3.Connection) -> Iterator[None]:
    """Let the WAL grow to ``WAL_PAGES`` during the ingest, then checkpoint what it holds once.

    Only how often committed pages are copied into the database file changes, not what is committed.
    """
    before = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    if before > 0:  # 0: the caller checkpoints by hand
        conn.execute(f"PRAGMA wal_autocheckpoint = {max(before, WAL_PAGES)}")
    try:
        yield
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # never waits: readers keep their snapshots
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {before}")


def _windows(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _fresh(db: sqlite_utils.Database, chunk: list[Item], inflight: set[str], report: IngestReport,
           fail: Callable[[str], None]) -> list[tuple[str, Article]]:
    """The articles of ``chunk`` not stored yet and not already seen in this run, before extraction."""
    keyed = []
    for item in chunk:
        if isinstance(item, ReadFailure):
            report.failed += 1
            fail(item.message)
        elif isinstance(item, Ignored):
            report.ignored += 1
        else:
            article = _repaired(item)
            keyed.append((article_key(article.text), article))
    keys = list({key for key, _ in keyed})
    marks = ",".join("?" * len(keys))
    sql = f"SELECT id FROM articles WHERE id IN ({marks}) UNION ALL SELECT id FROM superseded_articles" \
          f" WHERE id IN ({marks})"  # an earlier version of an updated story is not put back
    stored = {row[0] for row in db.conn.execute(sql, keys + keys)} if keys else set()
    fresh = []
    for key, article in keyed:
        if key in stored or key in inflight:
            report.skipped += 1
        else:
            inflight.add(key)
            fresh.append((key, article))
    return fresh


def _repaired(article: Article) -> Article:
    """The article with its mis-decoded UTF-8 repaired ("donâ€™t" is "don’t"): stored, searched and
    quoted as it was written, and one article with its clean copy. (`extract` keeps the text as given:
    its offsets index the input.)"""
    text = mojibake.repair(article.text)
    if text is article.text:
        return article
    return dataclasses.replace(article, text=text, title=article.title and mojibake.repair(article.title))


def _drain(entry: tuple[list[tuple[str, Article]], Iterator[Analysis]], writer: _BatchWriter,
           report: IngestReport, on_progress: Callable[[IngestReport], None] | None) -> None:
    fresh, results = entry
    for (key, article), analysis in zip(fresh, results, strict=True):
        writer.add((key, article, analysis))
        if on_progress:
            on_progress(report)


# --- extraction -------------------------------------------------------------------------------------

def extract_safely(text: str) -> list[Quote] | str:
    """Run the extractor; an exception becomes a message so one bad article never stops a run."""
    try:
        return extract_module.extract(text)
    except Exception as err:  # any extractor bug fails only its article
        return f"extractor failed ({type(err).__name__}: {err})"


def analyse(text: str, tagger: topics.Tagger) -> Analysis:
    """Extract the quotes of one article and tag each with the keyword topics it speaks to."""
    return tag(extract_safely(text), tagger)


def tag(quotes: list[Quote] | str, tagger: topics.Tagger) -> Analysis:
    """The extracted quotes of one article with the keyword topics of each (an extraction failure as is)."""
    if isinstance(quotes, str):
        return quotes
    try:
        return quotes, [tagger.tags(q.text, q.cue, q.kind) for q in quotes]
    except Exception as err:  # a tagging bug fails only its article, like an extractor bug
        return f"topic tagging failed ({type(err).__name__}: {err})"


_worker_tagger: topics.Tagger | None = None  # set once per tagging worker process by _start_worker


@contextmanager
def _analyser(jobs: int, taxonomy: list[topics.Topic]) -> Iterator[Callable[[list[str]], Iterator[Analysis]]]:
    """A function mapping texts to analyses: in this process, or in a pool of ``jobs``."""
    if jobs <= 1:
        tagger = topics.Tagger(taxonomy)
        yield lambda texts: (analyse(text, tagger) for text in texts)
        return
    with contextlib.ExitStack() as pools:
        yield _Workers(jobs, taxonomy, pools)


class _Workers:
    """Windows of texts -> analyses, in worker processes that start before the taxonomy is compiled.

    Compiling the taxonomy's patterns (over half a second) must precede the fork that lets the workers
    share them, and would keep the other cores idle: so the first ``EARLY_WINDOWS`` windows go to workers
    that only extract, forked at once, while this process compiles; it tags their quotes itself. The
    workers forked after it, with the patterns, extract and tag the rest (the early ones have finished by
    then: a fork while a pool's threads run may deadlock the child).
    """

    def __init__(self, jobs: int, taxonomy: list[topics.Topic], pools: contextlib.ExitStack) -> None:
        self.jobs, self.taxonomy, self.pools = jobs, taxonomy, pools
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self.early = self._pool(None)
        self.pool: multiprocessing.pool.Pool | None = None
        self.windows = 0

    @functools.cached_property
    def tagger(self) -> topics.Tagger:
        """Made once the early workers have texts to extract: they need none of it."""
        return topics.Tagger(self.taxonomy)

    def _pool(self, tagger: topics.Tagger | None) -> multiprocessing.pool.Pool:
        pool = self.context.Pool(self.jobs, initializer=_start_worker, initargs=(tagger,))
        return self.pools.enter_context(pool)

    def __call__(self, texts: list[str]) -> Iterator[Analysis]:
        self.windows += 1
        if self.windows <= EARLY_WINDOWS:
            extracted = self.early.imap(extract_safely, texts, CHUNK_SIZE)
            return (tag(quotes, self.tagger) for quotes in extracted)
        if self.pool is None:
            self.tagger.prepare()
            self.early.close()  # no fork while the early pool's threads run: it finishes its windows first
            self.early.join()
            self.pool = self._pool(self.tagger)
        return self.pool.imap(_analyse_in_worker, texts, CHUNK_SIZE)


def _start_worker(tagger: topics.Tagger | None) -> None:
    global _worker_tagger
    _ignore_interrupt()
    if hasattr(os, "nice"):  # with as many workers as cores, a busy writer would otherwise wait its turn
        os.nice(WORKER_NICE)
    if tagger is not None:
        _worker_tagger = tagger


def _analyse_in_worker(text: str) -> Analysis:
    assert _worker_tagger is not None, "a tagging worker starts with the tagger"
    return analyse(text, _worker_tagger)


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the main process, which stops the pool and keeps committed batches."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# --- storage ----------------------------------------------------------------------------------------


def _taxonomy(db: sqlite_utils.Database) -> list[topics.Topic]:
    """The stored topics the workers tag with; a new database stores the configured taxonomy first."""
    return topics.stored_topics(db) or _locked(db, lambda: topics.get_topics(db))


def _locked(db: sqlite_utils.Database, work: Callable[[], T]) -> T:
    """``work()`` in one BEGIN IMMEDIATE transaction, retried while another writer holds the lock."""
    conn = db.conn
    attempt = 0
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            result = work()
            conn.execute("COMMIT")
            return result
        except sqlite3.OperationalError as err:
            _rollback(conn)
            if not is_locked(err):
                raise
            if attempt == LOCK_RETRIES - 1:
                raise DatabaseError(explain(db_file(db) or "(memory)", err)) from err
            time.sleep(0.05 * 2**attempt)
            attempt += 1
        except BaseException:
            _rollback(conn)
            raise


_ARTICLE_SQL = (
    "INSERT OR IGNORE INTO articles (id, title, outlet, author, published, source, external_id, text) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_QUOTE_SQL = (
    "INSERT OR IGNORE INTO quotes (article_id, published, person_id, speaker, speaker_mention, text, start, "
    "end, kind, cue, confidence, resolution_method, resolution_score) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

# While fts_batch holds a row, the quotes_ai trigger leaves to this writer what it does for every other
# one (0009, 0017): the full-text index, the people's quote counts and the quotes' dates.
_FTS_BATCH_START = "INSERT INTO fts_batch (writer) VALUES (1)"
_FTS_BATCH_END = "DELETE FROM fts_batch"
_FTS_INDEX_SQL = "INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE id > ? ORDER BY id"
_COUNT_SQL = "UPDATE people SET quote_count = quote_count + ? WHERE id = ?"


class _BatchWriter:
    """Collects extracted articles and writes them ``batch_size`` at a time, one transaction per batch."""

    def __init__(self, db: sqlite_utils.Database, batch_size: int, report: IngestReport,
                 fail: Callable[[str], None], inflight: set[str], taxonomy: list[topics.Topic]) -> None:
        self.db = db
        self.taxonomy = taxonomy  # the topics the workers tagged with
        self.topics_changed = False  # someone edited the topics during this run: tag from the database
        self.batch_size = max(1, batch_size)
        self.report = report
        self.fail = fail
        self.inflight = inflight
        self.batch: list[Analysed] = []
        self.urls: set[str] = set()  # the URL sources in the batch, so a second version is found at once

    def add(self, entry: Extracted) -> None:
        key, article, analysis = entry
        if isinstance(analysis, str):
            self.inflight.discard(key)
            self.report.failed += 1
            self.fail(f"{article.source or key}: {analysis}")
            return
        source = article.source
        if source and is_url(source):
            if source in self.urls:
                self.flush()  # the earlier version is committed (and indexed) before this one replaces it
            self.urls.add(source)
        self.batch.append((key, article, analysis))
        if len(self.batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Commit the batch; if something other than a lock fails, store article by article."""
        batch, self.batch = self.batch, []
        self.urls.clear()
        if not batch:
            return
        try:
            self._commit(batch)
        except DatabaseError:
            raise
        except Exception:  # isolate the article that breaks the batch
            for entry in batch:
                try:
                    self._commit([entry])
                except DatabaseError:
                    raise
                except Exception as err:
                    self.report.failed += 1
                    self.fail(f"{entry[1].source or entry[0]}: could not be stored ({err})")
        finally:
            self.inflight.difference_update(key for key, _, _ in batch)

    def _commit(self, batch: list[Analysed]) -> None:
        """One BEGIN IMMEDIATE transaction per batch; counts are added once it commits."""
        counts = _locked(self.db, lambda: self._store_batch(batch))
        for stored, quotes, replaced in counts:
            self.report.inserted += stored
            self.report.skipped += not stored
            self.report.quotes += quotes
            self.report.replaced += replaced

    def _store_batch(self, batch: list[Analysed]) -> list[tuple[bool, int, int]]:
        """Articles, quotes and people; then the batch's full-text index in one statement; then topics.

        The topics are tagged from the database when the taxonomy changed during the run; else the
        tags the workers made are stored.
        """
        conn = self.db.conn
        self.topics_changed = topics.stored_topics(self.db) != self.taxonomy
        tagged: list[dict[int, tuple[topics.QuoteTag, ...]]] = []
        last_id = conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]
        spoke: Counter[int] = Counter()  # quotes stored per person
        conn.execute(_FTS_BATCH_START)
        counts = [self._store(*entry, tagged, spoke) for entry in batch]
        conn.execute(_FTS_BATCH_END)
        conn.execute(_FTS_INDEX_SQL, (last_id,))  # every quote of this batch, as the trigger would
        conn.executemany(_COUNT_SQL, [(n, pid) for pid, n in spoke.items()])
        if self.topics_changed:
            topics.tag_quotes(self.db, sorted(qid for found in tagged for qid in found))
        else:
            topics.store_tags_of_articles(self.db, tagged, self.taxonomy)
        return counts

    def _store(self, key: str, article: Article, analysis: tuple[list[Quote], Tags],
               tagged: list[dict[int, tuple[topics.QuoteTag, ...]]],
               spoke: Counter[int]) -> tuple[bool, int, int]:
        """Article, quotes and people; (stored, quotes, earlier versions replaced), (False, 0, 0) when
        another writer stored it first.

        The stored quote ids of the article, with the tags the workers made, are appended to ``tagged``,
        and its stored quotes counted per person in ``spoke``. Each quote is written with the article's
        date (``published``), as the trigger would set it.
        """
        conn = self.db.conn
        cursor = conn.execute(_ARTICLE_SQL, (key, article.title, article.outlet, article.author,
                                             article.published, article.source, article.external_id,
                                             article.text))
        if cursor.rowcount == 0:
            return False, 0, 0
        quotes, tags = analysis
        resolutions = people.assign_people(self.db, key, quotes)
        conn.executemany(_QUOTE_SQL, [
            (key, article.published, res.person_id, q.speaker, q.speaker_mention, q.text, q.start, q.end,
             q.kind, q.cue, q.confidence, res.method, res.score)
            for q, res in zip(quotes, resolutions, strict=True)
        ])
        ids = {}
        for qid, start, end, pid in conn.execute(
                "SELECT id, start, end, person_id FROM quotes WHERE article_id = ?", (key,)):
            ids[start, end] = qid
            if pid is not None:
                spoke[pid] += 1
        if ids:
            article_tags: dict[int, tuple[topics.QuoteTag, ...]] = {}
            for quote, found in zip(quotes, tags, strict=True):  # a repeated span keeps its first quote
                article_tags.setdefault(ids[quote.start, quote.end], found)
            tagged.append(article_tags)
        return True, len(ids), replace_versions(conn, key, article.source)


def is_url(source: str | None) -> bool:
    """A web address: an article read from one is the story published there, which may be updated."""
    return source is not None and source.startswith(("http://", "https://"))


def replace_versions(conn: sqlite3.Connection, key: str, source: str | None) -> int:
    """Delete the earlier versions of the article ``key`` (other texts stored from the same URL) with their
    quotes and stances, after moving the user's stance corrections onto the same quote words in the new
    text. An updated story thus counts once, as a re-ingested file does. Returns how many were deleted."""
    if not is_url(source):
        return 0
    sql = "SELECT id FROM articles WHERE source = ? AND id != ?"  # by index (migration 0018)
    old = [row[0] for row in conn.execute(sql, (source, key))]
    if not old:
        return 0
    marks = ",".join("?" * len(old))
    conn.execute(f"""
        UPDATE OR REPLACE stance_corrections AS c
        SET article_id = new.article_id, start = new.start, "end" = new."end"
        FROM quotes AS was JOIN quotes AS new ON new.article_id = ? AND new.text = was.text
        WHERE was.article_id = c.article_id AND was.start = c.start AND was."end" = c."end"
          AND c.article_id IN ({marks})""", (key, *old))
    conn.executemany("INSERT OR REPLACE INTO superseded_articles (id, replaced_by) VALUES (?, ?)",
                     [(old_key, key) for old_key in old])
    conn.execute(f"DELETE FROM articles WHERE id IN ({marks})", old)
    return len(old)


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")
