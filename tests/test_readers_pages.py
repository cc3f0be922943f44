"""Saved news pages as a journalist keeps them: page furniture (cookie banners, menus, bylines, captions,
"Related stories", newsletter boxes) stays out of the stored text, the story and its quotes stay in, and
the title, date and outlet are found."""

from __future__ import annotations

from quotetrack.extract import extract
from quotetrack.readers import ReadFailure, parse_html, read_inputs

PAGE_WITHOUT_ARTICLE = """<html><head><title>Mayor defends budget - Riverside Post</title></head><body>
<div id="cookie-notice" class="cookie-banner">We use cookies. Click “OK” to continue.</div>
<div class="menu"><a href="/">Home</a> | <a href="/local">Local</a></div>
<div class="story">
<h2>Mayor defends budget</h2>
<div class="byline">By Sam Ortiz<br>Published 2 May 2024</div>
The mayor defended the budget on Tuesday.<br><br>
“There will be no cuts to libraries,” Mayor Dana Holt told reporters.<br><br>
Councillor Rob Tate said he was “deeply sceptical” of the figures.
</div>
<div class="related-links"><h4>More from us</h4><a href="/x">“Open late,” says library</a></div>
<div class="newsletter">Sign up for our newsletter — “the best local news in your inbox”</div>
</body></html>"""


def test_page_furniture_is_dropped_and_br_pairs_part_paragraphs() -> None:
    article = parse_html(PAGE_WITHOUT_ARTICLE, "page.html")
    assert article.text == (
        "Mayor defends budget\n\n"
        "The mayor defended the budget on Tuesday.\n\n"
        "“There will be no cuts to libraries,” Mayor Dana Holt told reporters.\n\n"
        "Councillor Rob Tate said he was “deeply sceptical” of the figures."
    )
    speakers = [article.text[q.start:q.end] + " / " + (q.speaker or "") for q in extract(article.text)]
    assert speakers == ["There will be no cuts to libraries, / Dana Holt", "deeply sceptical / Rob Tate"]


def test_title_loses_the_site_name_which_becomes_the_outlet_and_the_byline_gives_the_date() -> None:
    article = parse_html(PAGE_WITHOUT_ARTICLE, "page.html")
    assert (article.title, article.outlet, article.published) == (
        "Mayor defends budget", "Riverside Post", "2024-05-02")


def test_site_name_from_metadata_is_cut_from_the_title_and_captions_are_not_text() -> None:
    page = ('<html><head><title>Ferry plan rejected | The Coastal Gazette</title>'
            '<meta property="og:site_name" content="The Coastal Gazette"></head><body><article>'
            '<p class="byline">By Priya Falk &middot; <time datetime="2025-03-14T09:30:00Z">Friday</time></p>'
            '<figure><img src="f.jpg"><figcaption>The old terminal. (Photo: Tom Reyes)</figcaption></figure>'
            '<p>&ldquo;We cannot sign a blank cheque,&rdquo; said Marta Jensen.</p>'
            '<div class="share-bar"><p>Share this story</p></div></article></body></html>')
    article = parse_html(page, "page.html")
    assert (article.title, article.outlet, article.published, article.text) == (
        "Ferry plan rejected", "The Coastal Gazette", "2025-03-14",
        "“We cannot sign a blank cheque,” said Marta Jensen.")


def test_a_title_separator_alone_does_not_cut_a_title() -> None:
    page = "<html><head><title>Talks resume - and stall again</title></head><body><p>Text.</p></body></html>"
    article = parse_html(page, "page.html")
    assert (article.title, article.outlet) == ("Talks resume - and stall again", None)


def test_class_words_match_whole_words_only() -> None:
    page = ('<div class="header-image shared-content"><p>“We stay,” said Ann Roe.</p></div>'
            '<div class="lead"><p>Second.</p></div>')
    assert parse_html(page, "page.html").text == "“We stay,” said Ann Roe.\n\nSecond."


def test_a_windows_1252_text_file_is_read_and_another_legacy_code_is_still_an_error(tmp_path) -> None:
    western, cyrillic = tmp_path / "union.txt", tmp_path / "ru.txt"
    western.write_bytes(b"Union holds out\n\n\x93We are not leaving,\x94 said Karl M\xf6ller on Monday.\n")
    cyrillic.write_bytes("Москва заявила, что переговоры продолжатся.".encode("cp1251"))
    article, failure = read_inputs([str(western), str(cyrillic)])
    assert article.text == "Union holds out\n\n“We are not leaving,” said Karl Möller on Monday.\n"
    assert [(q.text, q.speaker) for q in extract(article.text)] == [("We are not leaving,", "Karl Möller")]
    assert isinstance(failure, ReadFailure)
    assert failure.message == f"{cyrillic}: not UTF-8 text (undecodable byte at position 0)"


def test_a_furniture_word_on_a_wrapper_that_holds_the_story_hides_nothing() -> None:
    page = ('<div class="layout has-sidebar"><nav>Home</nav><article><h1>Vote</h1>'
            '<p>“We won,” said Ann Roe.</p></article></div>')
    article = parse_html(page, "page.html")
    assert (article.title, article.text) == ("Vote", "“We won,” said Ann Roe.")


def test_a_page_that_is_all_furniture_by_its_classes_keeps_its_text() -> None:
    page = '<div class="post comments-open"><p>“We won,” said Ann Roe.</p></div>'
    assert parse_html(page, "page.html").text == "“We won,” said Ann Roe."


def test_one_furniture_word_among_a_story_wrapper_s_classes_keeps_the_story() -> None:
    for word in ("share-enabled", "ad", "tags", "social", "related"):
        page = (f'<div class="story {word}"><p>"We will build it," said Ann Roe.</p><p>More text here.</p>'
                '</div><div class="newsletter">Sign up now</div><p>Copyright 2025 Bay Ledger</p>')
        assert parse_html(page, "page.html").text == (
            '"We will build it," said Ann Roe.\n\nMore text here.\n\nCopyright 2025 Bay Ledger'), word


def test_a_page_whose_furniture_took_the_story_is_read_whole() -> None:
    page = ('<div class="related story-body"><p>“We will build it,” said Ann Roe on Monday.</p>'
            '<p>More text here.</p></div><p>Copyright 2025 Bay Ledger</p>')
    assert parse_html(page, "page.html").text == (
        "“We will build it,” said Ann Roe on Monday.\n\nMore text here.\n\nCopyright 2025 Bay Ledger")


def test_a_title_tail_that_is_no_name_is_no_outlet() -> None:
    page = '<title>Ann Roe - the mayor who stayed</title><h1>Ann Roe</h1><p>“We stay,” she said.</p>'
    article = parse_html(page, "page.html")
    assert (article.title, article.outlet) == ("Ann Roe - the mayor who stayed", None)
    for site in ("Bay Ledger", "bayledger.com", "The Times of India"):
        page = f'<title>Ann Roe - {site}</title><h1>Ann Roe</h1><p>“We stay,” she said.</p>'
        article = parse_html(page, "page.html")
        assert (article.title, article.outlet) == ("Ann Roe", site)
