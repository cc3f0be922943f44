"""examples/outputs/ holds what the example articles give; it must be what the code gives today."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, str]:
    db = str(tmp_path_factory.mktemp("examples") / "x.db")
    runner = CliRunner()
    for args in (["people", "load", "--quiet", str(EXAMPLES / "people.toml")],
                 ["ingest", "--quiet", str(EXAMPLES / "articles")]):
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0
    return {fmt: runner.invoke(cli, ["--db", db, "export", "--format", fmt]).stdout
            for fmt in ("csv", "markdown")}


@pytest.mark.parametrize("fmt, name", [("csv", "quotes.csv"), ("markdown", "quotes.md")])
def test_example_outputs_are_current(exported, fmt, name):
    kept = (EXAMPLES / "outputs" / name).read_text(encoding="utf-8")
    assert exported[fmt] == kept, f"examples/outputs/{name} is stale: run `make outputs`"
