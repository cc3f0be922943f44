"""people show on a terminal lists a prolific speaker's latest articles and says how many came before;
the data formats keep every one."""

from __future__ import annotations

import json

from click.testing import CliRunner

from quotetrack.cli import cli
from quotetrack.store import open_db


def test_a_long_article_list_shows_the_latest_ten_and_counts_the_rest(isolated_db):
    db = open_db(isolated_db)
    db["people"].insert({"id": 1, "name": "Mira Stone"})
    for day in range(1, 13):
        text = f"Harbour news {day}"
        db["articles"].insert({"id": f"a{day}", "text": text, "title": f"Harbour {day}",
                               "published": f"2024-03-{day:02d}"})
        db["quotes"].insert({"article_id": f"a{day}", "person_id": 1, "text": text, "start": 0,
                             "end": len(text), "kind": "direct"})
    table = CliRunner().invoke(cli, ["people", "show", "Mira Stone"]).stdout.splitlines()
    start = next(i for i, line in enumerate(table) if line.startswith("│ articles"))
    assert table[start] == "│ articles   │ … 2 earlier articles (--json lists every one) │"
    assert table[start + 1] == "│            │ Harbour 3 (2024-03-03): 1                     │"
    assert table[start + 10] == "│            │ Harbour 12 (2024-03-12): 1                    │"
    assert table[start + 11].startswith("│ topics")
    (row,) = json.loads(CliRunner().invoke(cli, ["people", "show", "Mira Stone", "--json"]).stdout)
    assert len(row["articles"]) == 12
