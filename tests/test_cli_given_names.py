"""A bare given name nobody is called alone ("Bernie") means its far most quoted bearer when reading."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli


@pytest.fixture(autouse=True)
def stored(said_extractor, tmp_path):
    lines = [f"“Point {i} stands,” said Bernard Quill." for i in range(12)]
    lines.append("“One point only,” said Bernard Osei.")
    lines.append("“Mine too,” said Wilma Tarn.")
    lines.append("“And mine,” said Wilma Stroud.")
    lines.append("“Once is enough,” said Zorba Fennick.")
    (tmp_path / "a.txt").write_text("Council Notes\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["ingest", "-q", str(tmp_path / "a.txt")]).exit_code == 0


def test_a_given_name_reads_as_its_most_quoted_bearer_and_says_so():
    result = CliRunner().invoke(cli, ["quotes", "--person", "Bernard", "--nl"])
    assert result.exit_code == 0
    assert {json.loads(line)["speaker"] for line in result.stdout.splitlines()} == {"Bernard Quill"}
    assert result.stderr == "'Bernard' taken as Bernard Quill, the one quoted most; also: Bernard Osei.\n"


def test_a_given_name_with_one_bearer_reads_as_them_however_little_quoted():
    result = CliRunner().invoke(cli, ["quotes", "--person", "Zorba", "--nl"])
    assert result.exit_code == 0
    assert [json.loads(line)["quote"] for line in result.stdout.splitlines()] == ["Once is enough"]
    assert result.stderr == "'Zorba' taken as Zorba Fennick, the only one with that first name.\n"


def test_a_given_name_without_a_clear_bearer_stays_unknown():
    result = CliRunner().invoke(cli, ["quotes", "--person", "Wilma"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: No person 'Wilma'.")


def test_changes_never_guess_a_given_name():
    result = CliRunner().invoke(cli, ["people", "rename", "Bernard", "Bernard Q. Quill"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: No person 'Bernard'.")
