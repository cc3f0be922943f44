"""Every reading command takes a person as `ask` does: a role names its usual holder, and says so."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli

NOTE = "'foreign minister' taken as Ana Lind, called that in 1 article.\n"


@pytest.fixture(autouse=True)
def stored(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Corridor Opens\n\nVALMORA, March 10 — Grain ships left port on Monday, a week after Foreign "
        'Minister Ana Lind promised they would.\n\n"This is what a promise kept looks like," Lind said.\n',
        encoding="utf-8")
    assert CliRunner().invoke(cli, ["ingest", "-q", str(tmp_path / "a.txt")]).exit_code == 0


@pytest.mark.parametrize("command", [["quotes", "--nl"], ["export", "--format", "jsonl"]])
def test_quotes_and_export_take_a_role_as_its_holder_and_say_so(command):
    result = CliRunner().invoke(cli, [*command, "--person", "foreign minister"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["speaker"] for r in rows} == {"Ana Lind"}
    assert "This is what a promise kept looks like," in [r["quote"] for r in rows]
    assert result.stderr == NOTE


def test_people_show_and_stance_take_a_role_too():
    shown = CliRunner().invoke(cli, ["people", "show", "foreign minister", "--nl"])
    assert (shown.exit_code, json.loads(shown.stdout)["name"], shown.stderr) == (0, "Ana Lind", NOTE)
    stance = CliRunner().invoke(cli, ["stance", "foreign minister", "--nl"])
    assert (stance.exit_code, stance.stderr) == (0, NOTE)


def test_a_role_nobody_holds_is_still_an_unknown_person():
    result = CliRunner().invoke(cli, ["quotes", "--person", "finance minister"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: No person 'finance minister'.")



def _alias_ben_okoro_as_the_role(tmp_path):
    (tmp_path / "people.toml").write_text('[[people]]\nname = "Ben Okoro"\n', encoding="utf-8")
    assert CliRunner().invoke(cli, ["people", "load", str(tmp_path / "people.toml")]).exit_code == 0
    return CliRunner().invoke(cli, ["people", "alias", "add", "Ben Okoro", "foreign minister"])


def test_a_user_alias_equal_to_a_role_names_its_person_in_reading_commands(tmp_path):
    assert _alias_ben_okoro_as_the_role(tmp_path).exit_code == 0
    shown = CliRunner().invoke(cli, ["people", "show", "foreign minister", "--nl"])
    assert (shown.exit_code, json.loads(shown.stdout)["name"], shown.stderr) == (0, "Ben Okoro", "")
    for command in (["quotes", "--nl", "--person"], ["export", "--format", "jsonl", "--person"], ["stance"]):
        result = CliRunner().invoke(cli, [*command, "foreign minister"])
        assert result.exit_code == 0 and "Ana Lind" not in result.output, command


def test_an_alias_that_took_a_role_says_whom_the_role_meant(tmp_path):
    added = _alias_ben_okoro_as_the_role(tmp_path)
    assert added.stderr == ("'foreign minister' is now an alias of 'Ben Okoro'.\n"
                            "It meant 'Ana Lind' until now; "
                            'undo with `quotetrack people alias remove "Ben Okoro" "foreign minister"`.\n')
