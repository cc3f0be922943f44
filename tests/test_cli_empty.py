"""An empty answer says why: a database with no article at all (a fresh file, a mistyped --db) is not
"no match", and filters that exclude every stored article are not "nothing stored"."""

from __future__ import annotations

from click.testing import CliRunner

from quotetrack.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_an_empty_database_says_so_and_where_it_is(tmp_path) -> None:
    path = tmp_path / "typo.db"
    for command in ("quotes", "articles"):
        result = run("--db", str(path), command, "--table")
        assert (result.exit_code, result.stdout, result.stderr) == (
            0, "", f"No articles stored yet in {path}; add some with `quotetrack ingest PATH`.\n")


def test_filters_that_match_nothing_say_no_match(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("May 2, 2024\n\n“We stay,” said Ann Roe.\n")
    assert run("ingest", str(article)).exit_code == 0
    assert run("articles", "--since", "2030", "--table").stderr == "No articles match.\n"
    assert run("quotes", "--since", "2030", "--table").stderr == "No quotes match.\n"
