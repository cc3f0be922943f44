"""stance with nothing to show names what it looked for: the topic and the dates, not only the person."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli
from quotetrack.store import open_db


@pytest.fixture
def mira(isolated_db):
    db = open_db(isolated_db)
    db["people"].insert({"id": 1, "name": "Mira Stone"})
    db["articles"].insert({"id": "a0", "text": "We welcome the truce.", "published": "2024-03-02"})
    db["quotes"].insert({"article_id": "a0", "person_id": 1, "text": "We welcome the truce.", "start": 0,
                         "end": 21, "kind": "direct"})
    assert CliRunner().invoke(cli, ["topics", "retag", "-q"]).exit_code == 0


@pytest.mark.parametrize(("args", "message"), [
    (["Mira Stone", "--topic", "sanctions"], "No stances for Mira Stone on 'sanctions' yet."),
    (["Mira Stone", "--since", "2025"], "No stances for Mira Stone since 2025-01-01."),
    (["Mira Stone", "--topic", "ceasefire", "--until", "2024-02"],
     "No stances for Mira Stone on 'ceasefire' until 2024-02-29."),
    (["--topic", "ceasefire", "--since", "2024-04", "--until", "2024-05"],
     "No stances on 'ceasefire' between 2024-04-01 and 2024-05-31."),
])
def test_an_empty_stance_answer_says_the_topic_and_dates_it_had(mira, args, message):
    result = CliRunner().invoke(cli, ["stance", *args])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", message + "\n")
    assert CliRunner().invoke(cli, ["stance", "Mira Stone"]).stdout.count("ceasefire") == 1
