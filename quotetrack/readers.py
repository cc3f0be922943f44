"""Files to Articles: .txt, .md, .html/.htm, .jsonl, folders and stdin, read lazily one article at a time.

Readers never raise for a bad input: they yield a ``ReadFailure`` naming the file (and line), so one
broken file never stops the rest of an ingest.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import IO

from quotetrack.dates import find_header_date, header_lines, parse_date
from quotetrack.model import Article

FORMATS = ("txt", "md", "html", "jsonl")
EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
              ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
MAX_TITLE = 150


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read as an article; ``message`` names the file (and line)."""

    source: str
    message: str


@dataclass(frozen=True)
class Ignored:
    """A file in a folder that is not an article by its extension (a .csv, an image): read by no one, but
    counted, so that a user who drops a .docx into the folder learns it was not read."""

    source: str


Item = Article | ReadFailure | Ignored


def read_inputs(paths: Iterable[str], *, fmt: str | None = None, outlet: str | None = None,
                stdin: IO[str] | None = None) -> Iterator[Item]:
    """Yield every article (or failure) from ``paths`` in order; ``-`` reads ``stdin``.

    ``fmt`` forces a format for stdin and for files named explicitly; folders use extensions.
    """
    for raw in paths:
        items = read_stream(stdin, fmt, "<stdin>") if raw == "-" else read_path(Path(raw), fmt)
        for item in items:
            yield _with_outlet(item, outlet) if outlet else item


def warn_future(items: Iterable[Item], warn: Callable[[str], None],
                today: dt.date | None = None) -> Iterator[Item]:
    """Pass ``items`` on, calling ``warn`` for each article dated after ``today``: a typo in a feed's
    date (2052 for 2025) would otherwise put the article at the end of every timeline unnoticed."""
    limit = (today or dt.date.today()).isoformat()
    for item in items:
        if isinstance(item, Article) and item.published and item.published > limit:
            warn(f"{item.source or item.title}: dated {item.published}, which is in the future; stored so")
        yield item


def read_path(path: Path, fmt: str | None = None) -> Iterator[Item]:
    """One file, or every known file under a folder (recursive, sorted)."""
    if path.is_dir():
        found = False
        for file in walk(path):
            kind = EXTENSIONS.get(file.suffix.lower())
            if kind is None:
                yield Ignored(str(file))
                continue
            found = True
            yield from read_file(file, kind)
        if not found:
            known = ", ".join(sorted(EXTENSIONS))
            yield ReadFailure(str(path), f"{path}: no articles found (looked for {known})")
    elif path.exists():
        yield from read_file(path, fmt or EXTENSIONS.get(path.suffix.lower(), "txt"))
    else:
        yield ReadFailure(str(path), f"{path}: no such file or folder")


def walk(folder: Path) -> Iterator[Path]:
    """The files under ``folder`` but hidden ones, depth first in sorted order, without listing all."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def read_file(path: Path, fmt: str) -> Iterator[Item]:
    """Read one file in ``fmt``; JSONL is streamed line by line."""
    if fmt == "jsonl":
        try:
            with path.open("rb") as handle:
                yield from read_jsonl(handle, str(path))
        except OSError as err:
            yield ReadFailure(str(path), f"{path}: cannot read ({err.strerror or err})")
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield ReadFailure(str(path), f"{path}: cannot read ({err.strerror or err})")
        return
    text = _decode(data, str(path), fmt)
    if isinstance(text, ReadFailure):
        yield text
    else:
        yield parse_text(text, fmt, str(path))


def read_stream(stream: IO[str] | None, fmt: str | None, name: str) -> Iterator[Item]:
    """Articles from a text stream (stdin): one text article, or JSONL line by line. With no ``fmt``, a
    first line that opens as a JSON object ('{"') means JSONL (``cat dump.jsonl | ... -``)."""
    if stream is None:
        yield ReadFailure(name, f"{name}: no input stream")
        return
    try:
        first = stream.readline()
        if fmt == "jsonl" or (fmt is None and _is_article_line(first)):
            yield from read_jsonl(itertools.chain([first], stream), name)
            return
        text = first + stream.read()
    except UnicodeDecodeError:
        yield ReadFailure(name, f"{name}: not UTF-8 text")
        return
    if "\x00" in text:
        yield ReadFailure(name, f"{name}: binary data, not a text article")
    elif not text.strip():
        yield ReadFailure(name, f"{name}: empty input")
    else:
        yield parse_text(_newlines(text), fmt or "txt", name)


def _is_article_line(line: str) -> bool:
    """A line opening as a JSON object does ('{"'): JSONL, whose failure to parse is reported per line, so
    a dump with a broken first line is not one text article."""
    return _JSON_OBJECT_START.match(line) is not None


_JSON_OBJECT_START = re.compile(r'\s*\{\s*"')


def parse_text(text: str, fmt: str, source: str) -> Item:
    """A decoded document in ``fmt`` (txt, md, html) to an Article."""
    if fmt == "html":
        article = parse_html(text, source)
    elif fmt == "md":
        article = parse_markdown(text, source)
    else:
        article = Article(text=text, title=guess_title(text), published=find_header_date(text),
                          outlet=dateline_outlet(text), source=source)
    if not article.text.strip():
        return ReadFailure(source, f"{source}: no article text found")
    return article


def read_jsonl(lines: Iterable[bytes | str], name: str) -> Iterator[Item]:
    """One article per line: ``text`` plus optional id/title/date/outlet/url/author, or gold ``meta``."""
    found = False
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            yield ReadFailure(name, f"{name} line {number}: not UTF-8 text")
            continue
        if not line.strip():
            continue
        found = True
        yield _jsonl_article(line, f"{name} line {number}", name, number)
    if not found:
        yield ReadFailure(name, f"{name}: empty, no JSON lines")


def _jsonl_article(line: str, where: str, name: str, number: int) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return ReadFailure(name, f"{where}: not valid JSON ({err.msg})")
    if not isinstance(record, dict):
        return ReadFailure(name, f"{where}: expected a JSON object")
    given = record.get("meta")
    meta = given if isinstance(given, dict) else {}

    lowered = [{str(k).lower(): v for k, v in where_from.items()} for where_from in (record, meta)]

    def field(*keys: str) -> str | None:
        """The first of ``keys`` the line (or its meta) gives, in any case ("pubDate", "Title")."""
        for key in keys:
            for where_from in lowered:
                value = where_from.get(key.lower())
                if value is not None and str(value).strip():
                    return str(value).strip()
        return None

    texts = (record.get(key) for key in TEXT_FIELDS)
    text = next((value for value in texts if isinstance(value, str) and value.strip()), None)
    if text is None:
        others = ", ".join(TEXT_FIELDS[1:])
        return ReadFailure(name, f"{where}: no 'text' field (each line needs the article text, in 'text' "
                                 f"or one of {others})")
    stated = record.get("source")
    named = stated.strip() if isinstance(stated, str) and not _is_location(stated) else None
    return Article(
        text=text,
        title=field(*TITLE_FIELDS) or guess_title(text),
        outlet=field(*OUTLET_FIELDS) or named or None,
        author=field("author", "byline", "creator"),
        published=parse_date(field(*DATE_FIELDS)) or find_header_date(text),
        source=field("url", "link") or (None if named else field("source")) or f"{name}:{number}",
        external_id=field("id", "guid"),
    )


# Field names crawlers and feeds give the parts of an article under, most usual first.
TEXT_FIELDS = ("text", "body", "content", "article", "article_text", "maintext", "full_text", "story")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "pubDate", "published_at", "publishedAt", "datePublished",
               "date_publish", "publish_date", "created_at", "timestamp")
OUTLET_FIELDS = ("outlet", "site", "site_name", "publisher", "publication", "source_name", "domain")


def _is_location(value: str) -> bool:
    """A URL or a file path rather than the name of an outlet: a crawler's top-level "source" is either
    (the gold format's meta "source" is always where the text came from)."""
    return "/" in value or "\\" in value


_CLOSING_QUOTES = "\"'”’»"


def guess_title(text: str) -> str | None:
    """The first short line of the head that is not a dateline or byline and does not end a sentence."""
    for line in header_lines(text):
        ends = line.rstrip(_CLOSING_QUOTES)  # '"The door is open."' ends a sentence too
        if len(line) > MAX_TITLE or ends.endswith(".") or parse_date(line) or _BYLINE.match(line):
            continue
        return line
    return None


# A wire dateline naming its agency: "KABUL, Afghanistan (AP) —", "MOSCOW, March 3 (Reuters) -".
_DATELINE_OUTLET = re.compile(
    r"^[A-Z][A-Z .'-]{1,40}(?:,[^()\n]{1,40})?[ \t]*\(([A-Z][\w&. ]{0,24}\w)\)[ \t]*[-—–]")


def dateline_outlet(text: str) -> str | None:
    """The news agency of a wire dateline opening one of the first paragraphs, if any."""
    for line in header_lines(text):
        m = _DATELINE_OUTLET.match(line)
        if m:
            return m.group(1)
    return None


_BYLINE = re.compile(r"(?:by|from|posted|published|updated)\b", re.IGNORECASE)


# --- Markdown ---------------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_FIELD = re.compile(r"^(\w+)\s*:\s*(.*?)\s*$", re.MULTILINE)
_H1 = re.compile(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_MD_SUBS = [
    (re.compile(r"^[ \t]*(?:```|~~~).*$", re.MULTILINE), ""),  # code fences (content kept)
    (re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE), ""),  # horizontal rules
    (re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]+\S.*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE), ""),  # blockquotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.MULTILINE), ""),  # list markers
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), ""),  # images
    (re.compile(r"\[([^\]\n]+)\]\((?:[^)\n]*)\)"), r"\1"),  # inline links
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # reference links
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),  # _italic_
    (re.compile(r"~~(.+?)~~"), r"\1"),  # strikethrough
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # inline html tags
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),  # backslash escapes
    (re.compile(r"[ \t]+$", re.MULTILINE), ""),
    (re.compile(r"\n{3,}"), "\n\n"),
]


def parse_markdown(text: str, source: str) -> Article:
    """Strip markdown syntax; the stripped text is what is stored and what offsets point into."""
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        meta = {k.lower(): v.strip("\"'") for k, v in _FRONT_FIELD.findall(front.group(1))}
        text = text[front.end():]
    heading = _H1.search(text[:2000])
    plain = strip_markdown(text)
    title = meta.get("title") or (strip_markdown(heading.group(1)) if heading else guess_title(plain))
    published = parse_date(meta.get("date")) or find_header_date(plain)
    named = [meta.get(key) for key in ("outlet", "site", "publication", "publisher", "source")]
    outlet = next((value for value in named if value and not _is_location(value)), None)
    return Article(text=plain, title=title, outlet=outlet or dateline_outlet(plain),
                   author=meta.get("author"), published=published, source=source)


def strip_markdown(text: str) -> str:
    """Markdown to plain text with compiled substitutions (links keep their words, marks go)."""
    for pattern, replacement in _MD_SUBS:
        text = pattern.sub(replacement, text)
    return text.strip("\n")


# --- HTML -------------------------------------------------------------------------------------------

_SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form",
         "iframe", "button", "select", "head", "figcaption"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
          "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "pre", "dd", "dt", "dl", "body",
          "hr"}
_MAIN = {"article", "main"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
              "publishdate", "publish-date", "dc.date", "dc.date.issued", "sailthru.date",
              "parsely-pub-date", "article.published")
_SPACE = re.compile(r"\s+")
# A container whose class, id or role names page furniture rather than the story: cookie banners,
# menus, bylines, share bars, "Related stories", newsletter boxes, adverts, comments. A whole word of
# the attribute must match ("cookie-banner", "related_links", "ad"), never a part ("header-image").
_FURNITURE = re.compile(
    r"(?<![a-z])(?:cookies?|consent|gdpr|banner|nav|navbar|navigation|menu|breadcrumbs?|byline|bylines"
    r"|author-info|share|sharing|social|related|recommended|more-stories|read-more|newsletter|subscribe"
    r"|subscription|signup|promo|advert|advertisement|ad|ads|sponsored|comments?|sidebar|popup|modal"
    r"|paywall|tags|footer|masthead|contentinfo|complementary)(?![a-z])",
    re.IGNORECASE)
_DATELINE_ATTR = re.compile(r"byline|dateline|date|time|publish|author|meta", re.IGNORECASE)
MAX_DATELINES = 50  # text pieces of bylines kept for the date: enough for any page's head
MAX_SITE_WORDS = 5  # a site name after a title's last separator is short ("The Coastal Gazette")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
_NAME_LINKS = {"of", "the", "and", "&", "on", "for", "de", "la", "du", "del"}  # "The Times of India"
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·»]\s+")
_QUOTE_MARK = re.compile(r'["“”«»„]')
MAX_DROPPED_SHARE = 4  # furniture dropped may be this many times the text kept, and no more
_FURNITURE_TAGS = {"div", "section", "ul", "ol", "p", "span", "aside", "figure", "dl", "table"}
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class _PageParser(HTMLParser):
    """Collects paragraphs (main/article content apart), the title, the headline and meta fields.

    The ``<h1>`` headline stays out of the paragraphs: it is not speech, and a quoted phrase in a headline
    would otherwise be extracted and attributed like a quote. Only the text up to the next block tag is
    set apart, so an unclosed ``<h1>`` never hides the article.
    """

    def __init__(self, furniture: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.furniture = furniture  # leave page furniture out (see _FURNITURE)
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.headlines: list[str] = []
        self.time_datetime: str | None = None
        self.blocks: list[tuple[bool, str]] = []  # (inside <article>/<main>, paragraph)
        self._parts: list[str] = []
        self._skip = 0
        self._main = 0
        self._in_title = False
        self._in_headline = False  # the block read now is an <h1>
        self._furniture: list[str] = []  # open tags inside a furniture container, outermost first
        self._keep_dateline = False  # the furniture open now is a byline or dateline: keep its text
        self.datelines: list[str] = []  # text of bylines and datelines, searched for a date only
        self.dropped = 0  # characters of visible text left out as furniture
        self.dropped_quotes = False  # some of that text had a quote mark

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![`` not followed by a known section ("<![0") is a bogus comment, as HTML5 reads it;
        the standard library's parser raises AssertionError on it instead."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return self.parse_bogus_comment(i, report)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content") and key not in self.meta:
                self.meta[key] = values["content"].strip()
        elif tag == "title":
            self._in_title = True
        elif tag == "time" and self.time_datetime is None and values.get("datetime"):
            self.time_datetime = values["datetime"]
        if self._furniture and tag in _STORY:  # a wrapper named "has-sidebar" holding the story itself
            self._furniture = []
        if self._furniture:
            if tag not in _VOID:
                self._furniture.append(tag)
            return
        if self.furniture and tag in _FURNITURE_TAGS and _is_furniture(values):
            self._flush()
            self._furniture.append(tag)
            self._keep_dateline = _DATELINE_ATTR.search(" ".join(values.values())) is not None
            return
        if tag in _SKIP:
            self._skip += 1
        elif tag == "br":
            self._parts.append("\n")
        elif tag in _BLOCK:
            self._flush()
            self._main += tag in _MAIN
            self._in_headline = tag == "h1"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "br", "time"):
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._furniture:
            if tag in self._furniture:  # close up to the matching open tag (HTML closes the rest)
                del self._furniture[len(self._furniture) - 1 - self._furniture[::-1].index(tag):]
            return
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self._flush()
            if tag in _MAIN:
                self._main = max(0, self._main - 1)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif self._furniture:
            if self._keep_dateline and len(self.datelines) < MAX_DATELINES:
                self.datelines.append(data)
            if not self._skip and _SKIP.isdisjoint(self._furniture):
                self.dropped += len(data.strip())
                self.dropped_quotes = self.dropped_quotes or _QUOTE_MARK.search(data) is not None
        elif not self._skip:
            self._parts.append(_SPACE.sub(" ", data))

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        headline, self._in_headline = self._in_headline, False
        if not self._parts:
            return
        if headline:
            self.headlines.append(_SPACE.sub(" ", "".join(self._parts)).strip())
            self._parts = []
            return
        for chunk in _BLANK_LINE.split("".join(self._parts)):  # <br><br> parts paragraphs, as <p> does
            lines = (line.strip() for line in chunk.split("\n"))
            paragraph = "\n".join(line for line in lines if line)
            if paragraph:
                self.blocks.append((self._main > 0, paragraph))
        self._parts = []


_STORY = {"article", "main", "h1"}  # tags only the story has: what holds one is no page furniture
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _is_furniture(attrs: dict[str, str]) -> bool:
    """True for an element whose id or ARIA role names page furniture (see ``_FURNITURE``), or whose first
    class does: a story wrapper with one such word among its classes ("story share-enabled") is the story,
    while a furniture box names itself first ("sidebar widget", "ad ad-top")."""
    if any(_FURNITURE.search(attrs.get(key, "")) for key in ("id", "role")):
        return True
    classes = attrs.get("class", "").split()
    return bool(classes) and _FURNITURE.search(classes[0]) is not None


def _lost_the_story(parser: _PageParser) -> bool:
    """True when leaving furniture out left nothing, much less than it dropped, or no quote mark of the
    many it dropped: then a class was wrong about the story, and the whole page is the better text."""
    kept = sum(len(p) for _, p in parser.blocks)
    kept_quotes = any(_QUOTE_MARK.search(p) for _, p in parser.blocks)
    return (not kept or kept * MAX_DROPPED_SHARE < parser.dropped
            or (parser.dropped_quotes and not kept_quotes))


def _parsed(text: str, furniture: bool) -> _PageParser:
    parser = _PageParser(furniture)
    parser.feed(text)
    parser.close()
    return parser


def parse_html(text: str, source: str) -> Article:
    """Main text of a page as blank-line separated paragraphs, with title, date, author and outlet."""
    parser = _parsed(text, furniture=True)
    if _lost_the_story(parser):
        parser = _parsed(text, furniture=False)
    main = [p for inside, p in parser.blocks if inside]
    body = "\n\n".join(main or [p for _, p in parser.blocks])
    meta = parser.meta
    headline = next((h for h in parser.headlines if h), None)
    first = (main or [p for _, p in parser.blocks] or [""])[0]
    page_title, site = _split_site(_SPACE.sub(" ", "".join(parser.title_parts)).strip(),
                                   meta.get("og:site_name"), {h for h in (headline, first) if h})
    title = meta.get("og:title") or page_title or headline
    published = next((parse_date(meta[k]) for k in _DATE_META if k in meta and parse_date(meta[k])), None)
    published = (published or parse_date(parser.time_datetime) or find_header_date(body)
                 or parse_date(" ".join(parser.datelines)))
    author = meta.get("author") or meta.get("article:author") or meta.get("byl")
    if author and author.startswith(("http://", "https://")):
        author = None
    return Article(text=body, title=title or guess_title(body), outlet=meta.get("og:site_name") or site,
                   author=author, published=published, source=source)


def _split_site(title: str, site: str | None, headlines: set[str]) -> tuple[str, str | None]:
    """A page title less the site's name ("Ferry plan | The Gazette" -> "Ferry plan", "The Gazette"): the
    last part after a separator when it is the page's og:site_name, or when the part before it is the
    page's headline and the part after looks like a name ("Bay Ledger", "bayledger.com", not "the mayor who
    stayed"). Otherwise the title as it is, and no site."""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title, None
    head, tail = title[: separators[-1].start()], title[separators[-1].end():]
    named = site is not None and tail.casefold() == site.strip().casefold()
    known = head.casefold() in {h.casefold() for h in headlines}
    if named or (known and len(tail.split()) <= MAX_SITE_WORDS and _looks_like_site(tail)):
        return head, tail
    return title, None


def _looks_like_site(text: str) -> bool:
    """A domain, or words that are all capitalised (or numbers) but for links inside ("Times of India")."""
    if _DOMAIN.fullmatch(text):
        return True
    words = text.split()
    inner = set(range(1, len(words) - 1))
    return all(w[0].isupper() or w[0].isdigit() or (i in inner and w.lower() in _NAME_LINKS)
               for i, w in enumerate(words))


# --- helpers ----------------------------------------------------------------------------------------

def _decode(data: bytes, name: str, fmt: str) -> str | ReadFailure:
    if not data.strip():
        return ReadFailure(name, f"{name}: empty file")
    if b"\x00" in data[:8192]:
        return ReadFailure(name, f"{name}: binary file, not a text article")
    try:
        return _newlines(data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        declared = _CHARSET.search(data[:4096]) if fmt == "html" else None
        if declared:
            try:
                return _newlines(data.decode(declared.group(1).decode("ascii")))
            except (LookupError, UnicodeDecodeError):
                pass
        legacy = _windows_latin(data)
        if legacy is not None:
            return _newlines(legacy)
        return ReadFailure(name, f"{name}: not UTF-8 text (undecodable byte at position {err.start})")


MAX_LEGACY_SHARE = 0.05  # at most this share of a Windows-1252 text's letters is beyond ASCII


def _windows_latin(data: bytes) -> str | None:
    """The text of a file saved as Windows-1252 (Western European Windows, and most "ANSI" text), whose
    curly quotes are single bytes that are no UTF-8: when it decodes so and reads as a Latin-script
    text, where letters beyond ASCII (é, ß) are rare. A text in another single-byte code (Cyrillic,
    Greek) would decode to mostly accented letters and stays an error rather than becoming gibberish."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = len(_LETTER.findall(text))
    beyond = len(_NON_ASCII_LETTER.findall(text))
    return text if letters and beyond <= MAX_LEGACY_SHARE * letters else None


_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _with_outlet(item: Item, outlet: str) -> Item:
    return replace(item, outlet=outlet) if isinstance(item, Article) else item
