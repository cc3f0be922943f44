"""ask 'how has X's view changed' with no shift: 'throughout' only when one side was never taken."""

from __future__ import annotations

from click.testing import CliRunner

from quotetrack.cli import cli
from quotetrack.store import open_db


def _store(path, said: list[tuple[str, str]]) -> None:
    db = open_db(path)
    db["people"].insert({"id": 1, "name": "Mira Stone"})
    for n, (date, text) in enumerate(said):
        db["articles"].insert({"id": f"a{n}", "text": text, "published": date})
        db["quotes"].insert({"article_id": f"a{n}", "person_id": 1, "text": text, "start": 0,
                             "end": len(text), "kind": "direct"})
    assert CliRunner().invoke(cli, ["topics", "retag", "-q"]).exit_code == 0


def _ask() -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["ask", "how has Mira Stone's view on the ceasefire changed"])
    return result.exit_code, result.stderr.splitlines()[-1]


UNDERSTOOD = " (understood: intent=stance_change person='Mira Stone' topic='ceasefire')"


def test_both_sides_on_one_day_is_no_steady_stance(isolated_db):
    _store(isolated_db, [("2024-03-02", "We welcome the truce."), ("2024-03-02", "We reject the truce."),
                         ("2024-06-15", "We reject the truce.")])
    assert _ask() == (0, "No change of stance found. Mira Stone on ceasefire: oppose overall (1 support, "
                         "2 oppose, 0 neutral), support and oppose quoted on the same day, not one after "
                         "the other (2024-03-02)." + UNDERSTOOD)


def test_one_side_only_is_steady_throughout(isolated_db):
    _store(isolated_db, [("2024-03-02", "We welcome the truce."), ("2024-06-15", "We welcome the truce.")])
    assert _ask() == (0, "No change of stance found. Mira Stone on ceasefire: support throughout "
                         "(2 support, 0 oppose, 0 neutral)." + UNDERSTOOD)
