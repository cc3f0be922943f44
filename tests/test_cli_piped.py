"""Piped output: one line per quote however narrow $COLUMNS is (a quote split in two escapes grep)."""

from __future__ import annotations

from click.testing import CliRunner

from quotetrack.cli import cli

LONG = ("Grain will move through the northern corridor every week of the winter, and the ports will stay "
        "open to every ship that carries it")


def test_a_long_quote_stays_on_one_line_when_piped(said_extractor, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    (tmp_path / "a.txt").write_text(f"Corridor Holds\n\n“{LONG},” said Ana Lind.\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["ingest", "-q", str(tmp_path / "a.txt")]).exit_code == 0
    asked = CliRunner().invoke(cli, ["ask", "what did Ana Lind say"])
    assert asked.exit_code == 0
    assert asked.stdout.splitlines()[0] == f"“{LONG}”"
    shown = CliRunner().invoke(cli, ["show", "1"])
    assert shown.stdout.splitlines()[1] == f"“»{LONG}«,” said Ana Lind."
    table = CliRunner().invoke(cli, ["quotes"])
    assert max(len(line) for line in table.stdout.splitlines()) <= 60
