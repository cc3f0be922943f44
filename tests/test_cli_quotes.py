"""CLI: ingest, quotes (every output format), export (every file format), show and articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrack.cli import cli
from quotetrack.ingest import article_key

DATA = Path(__file__).parent / "data" / "ingest"
BRIDGE = "The east bridge reopened on Monday.\n\n“Traffic will flow again,” said Karin Moe, the mayor."
MARKET = "Market Day Returns\n\nThe Saturday market is back.\n\n“We missed our customers,” said Erik Sand."
HEADER = ["id", "date", "speaker", "quote", "kind", "cue", "outlet", "title", "article_id", "start", "end"]


@pytest.fixture(autouse=True)
def fake_extractor(said_extractor):
    """Every test here stores quotes from the stand-in extractor."""


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def stored():
    result = run("ingest", str(DATA / "batch.jsonl"))
    assert result.exit_code == 0, result.output
    return result


ROWS = [
    {"id": 2, "date": "2024-06-01", "speaker": "Erik Sand", "quote": "We missed our customers",
     "kind": "direct", "cue": "said", "outlet": "Town Crier", "title": "Market Day Returns",
     "article_id": article_key(MARKET), "start": 51, "end": 74},
    {"id": 1, "date": "2024-05-20", "speaker": "Karin Moe", "quote": "Traffic will flow again",
     "kind": "direct", "cue": "said", "outlet": "River Post", "title": "Bridge Reopens",
     "article_id": article_key(BRIDGE), "start": 38, "end": 61},
]


def _delimited(rows, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows([[r[c] for c in HEADER] for r in rows])
    return out.getvalue()


def test_ingest_reports_counts_on_stderr_and_nothing_on_stdout(stored):
    assert stored.stdout == ""
    assert stored.stderr == "2 articles inserted, 0 skipped as already stored, 0 failed; 2 quotes\n"


def test_reingest_reports_all_skipped_and_keeps_quote_count(stored):
    again = run("ingest", str(DATA / "batch.jsonl"))
    assert again.exit_code == 0
    assert again.stderr == "0 articles inserted, 2 skipped as already stored, 0 failed; 0 quotes\n"
    assert len(json.loads(run("quotes", "--json").stdout)) == 2


def test_ingest_folder_quiet_and_jobs():
    result = run("ingest", str(DATA), "--quiet", "--jobs", "2")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert [r["quotes"] for r in json.loads(run("articles", "--json").stdout)] == [1, 1, 1, 1, 1, 2]


def test_ingest_stdin_text_and_jsonl_with_outlet():
    text = run("ingest", "-", "--outlet", "Hill News", input="Hill Title\n\n“Roads first,” said Tor Eng.")
    assert text.exit_code == 0, text.output
    lines = '{"text": "“Rails next,” said Tor Eng.", "title": "Rails"}\n'
    assert run("ingest", "-", "--format", "jsonl", input=lines).exit_code == 0
    rows = json.loads(run("quotes", "--json").stdout)
    assert sorted((r["quote"], r["outlet"], r["title"]) for r in rows) == [
        ("Rails next", None, "Rails"), ("Roads first", "Hill News", "Hill Title")]


def test_quotes_json(stored):
    assert json.loads(run("quotes", "--json").stdout) == ROWS


def test_quotes_nl(stored):
    assert [json.loads(line) for line in run("quotes", "--nl").stdout.splitlines()] == ROWS


@pytest.mark.parametrize("flag, delimiter", [("--csv", ","), ("--tsv", "\t")])
def test_quotes_csv_and_tsv(stored, flag, delimiter):
    assert run("quotes", flag).stdout == _delimited(ROWS, delimiter)


def test_quotes_table(stored):
    out = run("quotes", "--table", "--person", "Karin Moe").stdout
    lines = out.splitlines()
    assert [c.strip() for c in lines[1].strip("┃").split("┃")] == ["id", "date", "speaker", "kind", "quote",
                                                                   "outlet"]
    cells = [c.strip() for c in lines[3].strip("│").split("│")]
    assert cells == ["1", "2024-05-20", "Karin Moe", "direct", "Traffic will flow again", "River Post"]


def test_quotes_filters_and_empty_message(stored):
    assert json.loads(run("quotes", "--json", "--since", "2024-05-25").stdout) == ROWS[:1]
    assert json.loads(run("quotes", "--json", "--search", "traffic").stdout) == ROWS[1:]
    empty = run("quotes", "--outlet", "River Post", "--since", "2024-05-25")
    assert (empty.exit_code, empty.stdout, empty.stderr) == (0, "", "No quotes match.\n")


@pytest.mark.parametrize("command", ["quotes", "articles", "export"])
def test_an_unknown_outlet_is_an_error_with_the_outlets_that_contain_it(stored, command):
    # A mistyped outlet used to give "No quotes match." with exit 0, as if the outlet had said nothing.
    result = run(command, "--outlet", "river")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "Error: No outlet 'river'. Did you mean: River Post?\n"
    assert run(command, "--outlet", "river post").exit_code == 0


def test_unknown_person_is_one_line_with_suggestion(stored):
    result = run("quotes", "--person", "Karen Moen")
    assert result.exit_code == 1
    assert result.stderr == "Error: No person 'Karen Moen'. Did you mean: Karin Moe?\n"


def test_bad_kind_is_a_usage_error(stored):
    assert run("quotes", "--kind", "shouted").exit_code == 2


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "markdown"])
def test_export_formats_have_the_same_rows_as_quotes(stored, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    result = run("export", "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    body = target.read_text()
    if fmt == "csv":
        assert body == _delimited(ROWS, ",")
    elif fmt == "json":
        assert json.loads(body) == ROWS
    elif fmt == "jsonl":
        assert [json.loads(line) for line in body.splitlines()] == ROWS
    else:
        lines = body.splitlines()
        assert lines[0] == "| " + " | ".join(HEADER) + " |"
        assert lines[2] == "| " + " | ".join(str(ROWS[0][c]) for c in HEADER) + " |"
        assert len(lines) == 4


@pytest.mark.parametrize(("name", "given"), [("out.md", None), ("out.jsonl", None), ("out.txt", None),
                                           ("out.json", "md")])
def test_export_takes_its_format_from_the_file_name_unless_given(stored, tmp_path, name, given):
    target = tmp_path / name
    assert run("export", "-o", str(target), *(["--format", given] if given else [])).exit_code == 0
    first = target.read_text().splitlines()[0]
    expected = {"out.md": "| ", "out.jsonl": "{", "out.txt": "id,", "out.json": "| "}[name]
    assert first.startswith(expected)


def test_export_to_a_missing_folder_is_one_line_not_a_traceback(stored, tmp_path):
    target = tmp_path / "nowhere" / "q.csv"
    result = run("export", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"Error: Cannot write {target}: No such file or directory.\n"


def test_export_to_an_extension_it_cannot_write_says_so_and_writes_nothing(stored, tmp_path):
    target = tmp_path / "q.xlsx"
    result = run("export", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: Cannot tell the format of {target} from '.xlsx'; give --format")
    assert not target.exists()
    assert run("export", "-o", str(target), "--format", "csv").exit_code == 0
    assert target.read_text(encoding="utf-8") == _delimited(ROWS, ",")


def test_export_to_stdout_with_filters_matches_quotes(stored):
    exported = run("export", "--format", "json", "--person", "Erik Sand").stdout
    assert json.loads(exported) == json.loads(run("quotes", "--person", "Erik Sand", "--json").stdout)
    assert run("export", "--person", "Erik Sand").stdout == _delimited(ROWS[:1], ",")


def test_show_marks_the_span_in_its_paragraph(stored):
    result = run("show", "1")
    assert result.exit_code == 0
    assert result.stdout == (
        "Karin Moe (direct, said)\n"
        "“»Traffic will flow again«,” said Karin Moe, the mayor.\n"
        "Bridge Reopens · River Post · 2024-05-20\n"
        f"quote 1 · article {article_key(BRIDGE)} · characters 38-61\n"
    )


def test_show_lists_the_quote_stances(stored):
    assert run("topics", "add", "road traffic", "--keyword", "traffic").exit_code == 0
    assert run("stance", "set", "1", "road traffic", "support").exit_code == 0
    lines = run("show", "1").stdout.splitlines()
    assert lines[-1] == "road traffic: support (set by user)"


def test_show_json_is_the_quote_row_with_its_paragraph_and_stances(stored):
    assert run("topics", "add", "road traffic", "--keyword", "traffic").exit_code == 0
    assert run("stance", "set", "1", "road traffic", "support").exit_code == 0
    result = run("show", "1", "--json")
    assert result.exit_code == 0
    (row,) = json.loads(result.stdout)
    assert {k: row[k] for k in ROWS[1]} == ROWS[1]
    assert row["paragraph"][row["span_start"]:row["span_end"]] == "Traffic will flow again"
    stances = [(s["topic"], s["stance"], s["source"]) for s in row["stances"]]
    assert stances == [("road traffic", "support", "user")]


def test_show_unknown_quote(stored):
    result = run("show", "99")
    assert (result.exit_code, result.stderr) == (
        1, "Error: No quote with id 99; list ids with `quotetrack quotes`.\n")


def test_articles_lists_quote_counts(stored):
    assert run("articles", "--csv").stdout == (
        "id,date,outlet,title,quotes\n"
        f"{article_key(MARKET)},2024-06-01,Town Crier,Market Day Returns,1\n"
        f"{article_key(BRIDGE)},2024-05-20,River Post,Bridge Reopens,1\n"
    )
