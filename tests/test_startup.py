"""The everyday commands start fast: `quotes` and `people` never load the stance classifier or the
extractor, whose patterns take a quarter of a second to compile in each new process."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("quotetrack.stance", "quotetrack.extract", "quotetrack.attribution", "quotetrack.indirect")


@pytest.mark.parametrize("command", ["quotes", "people"])
def test_a_query_command_loads_no_classifier_and_no_extractor(command):
    code = (f"import sys; from quotetrack.cli import cli; cli.get_command(None, {command!r}); "
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
