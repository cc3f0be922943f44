"""The `people` command group end to end: ingest invented articles, then list, show, fix and look up."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from quotetrack import extract as extract_module
from quotetrack.cli import cli
from quotetrack.model import Quote

# Three invented reports; the fake extractor below reads `“...,” said NAME.` so speakers are exact.
ARTICLES = {
    "one.txt": "Talks open\n\n“We came to listen,” said Atta Mohammad Noor.\n\n"
               "“Foreign troops must go,” said Sergey Lavrov.\n",
    "two.txt": "Talks continue\n\n“Trust takes time,” said Muhammad Noor.\n\n"
               "“My brother is not my spokesman,” said Hekmat Khalil Karzai.\n\n"
               "“Dialogue is the only road,” said Hamid Karzai.\n",
    "three.txt": "Talks stall\n\n“Nothing has changed,” said Karzai.\n\n“We wait,” said Lavrov.\n",
    "four.txt": "Fish prices\n\n“Quotas are too low,” said Ingrid Halvorsen.\n",  # a distant also-ran
}
_SAID = re.compile(r"“([^”]+?),?” said ([^.]+)\.")


def fake_extract(text: str) -> list[Quote]:
    return [Quote(text=m.group(1), start=m.start(1), end=m.end(1), kind="direct", speaker=m.group(2),
                  cue="said") for m in _SAID.finditer(text)]


@pytest.fixture
def run(monkeypatch, tmp_path):
    monkeypatch.setattr(extract_module, "extract", fake_extract)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert invoke("ingest", "--quiet", str(tmp_path / name)).exit_code == 0
    return invoke


def rows(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_people_lists_people_with_counts_and_flags(run):
    listed = {r["name"]: (r["quotes"], r["kind"], r["review"]) for r in rows(run("people", "--nl"))}
    assert listed == {
        "Atta Mohammad Noor": (2, "person", ""),
        "Sergey Lavrov": (2, "person", ""),
        "Hekmat Khalil Karzai": (1, "person", ""),
        "Hamid Karzai": (1, "person", ""),
        "Karzai": (1, "person", "yes"),  # two Karzais known: the bare surname waits for review
        "Ingrid Halvorsen": (1, "person", ""),
    }


@pytest.mark.parametrize("fmt", ["--csv", "--tsv", "--json", "--table"])
def test_people_list_in_every_format(run, fmt):
    result = run("people", fmt, "--kind", "person", "-n", "2")
    assert result.exit_code == 0
    assert "Atta Mohammad Noor" in result.stdout and "Sergey Lavrov" in result.stdout
    assert "Hamid Karzai" not in result.stdout


def test_show_accepts_a_variant_spelling(run):
    (detail,) = rows(run("people", "show", "Mohammed Nur", "--nl"))
    assert detail["name"] == "Atta Mohammad Noor"
    assert detail["quotes"] == 2
    assert detail["aliases"] == ["Muhammad Noor"]
    assert len(detail["articles"]) == 2
    table = run("people", "show", "Lavrov")
    assert table.exit_code == 0 and "Sergey Lavrov" in table.stdout and "aliases" in table.stdout


def test_unknown_person_is_a_one_line_error_with_a_suggestion(run):
    result = run("people", "show", "Lavorv")
    assert result.exit_code == 1
    assert result.stderr == "Error: No person 'Lavorv'. Did you mean: Sergey Lavrov?\n"
    assert result.stdout == ""


def test_ambiguous_name_lists_the_candidates_by_name(run):
    result = run("people", "show", "H. Karzai")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: 'H. Karzai' could be several people. Did you mean: Hamid Karzai, Hekmat Khalil Karzai?\n")


def test_a_person_called_exactly_what_was_typed_wins_over_people_of_that_surname(run, tmp_path):
    """A one-word "Karzai" beside two full Karzais is that person (found by U3 with "Obama")."""
    assert rows(run("people", "show", "Karzai", "--nl"))[0]["quotes"] == 1
    merged = run("people", "merge", "Hamid Karzai", "Karzai")
    assert merged.exit_code == 0
    assert merged.stderr == "Merged 'Karzai' into 'Hamid Karzai' (1 quote moved).\n"


def test_show_takes_a_surname_as_its_far_most_quoted_bearer_and_says_so(run, tmp_path):
    lines = "".join(f"“Point {i} stands,” said Hamid Karzai.\n\n" for i in range(12))
    (tmp_path / "five.txt").write_text(f"Speeches\n\n{lines}", encoding="utf-8")
    assert run("ingest", "--quiet", str(tmp_path / "five.txt")).exit_code == 0
    result = run("people", "show", "Karzai", "--json")
    assert json.loads(result.stdout)[0]["name"] == "Hamid Karzai"
    note = "'Karzai' taken as Hamid Karzai, the one quoted most; also: Hekmat Khalil Karzai.\n"
    assert result.stderr == note
    renamed = run("people", "rename", "Karzai", "H. Karzai")  # changes never guess: the one called that
    assert renamed.stderr == "Renamed 'Karzai' to 'H. Karzai'.\n"
    assert rows(run("people", "show", "Hamid Karzai", "--nl"))[0]["quotes"] == 13


def test_review_then_merge_fixes_the_flagged_surname(run):
    review = rows(run("people", "review", "--nl"))
    assert [(r["name"], r["method"]) for r in review] == [("Karzai", "flagged")]
    flagged = review[0]["id"]
    merged = run("people", "merge", "Hamid Karzai", f"#{flagged}")
    assert merged.exit_code == 0
    assert merged.stderr == "Merged 'Karzai' into 'Hamid Karzai' (1 quote moved).\n"
    assert rows(run("people", "review", "--nl")) == []
    (detail,) = rows(run("people", "show", "Hamid Karzai", "--nl"))
    assert detail["quotes"] == 2


def test_rename_and_alias_add(run):
    assert run("people", "rename", "Lavrov", "Sergei Viktorovich Lavrov", "-q").exit_code == 0
    assert run("people", "alias", "add", "Sergei Viktorovich Lavrov", "The Minister Himself").exit_code == 0
    (detail,) = rows(run("people", "show", "Minister Himself", "--nl"))
    assert detail["name"] == "Sergei Viktorovich Lavrov"
    assert "Sergey Lavrov" in detail["aliases"]


def test_an_alias_taken_from_someone_else_says_so_and_can_be_removed(run):
    added = run("people", "alias", "add", "Sergey Lavrov", "Muhammad Noor")
    assert added.exit_code == 0
    assert added.stderr == (
        "'Muhammad Noor' is now an alias of 'Sergey Lavrov'.\n"
        "It meant 'Atta Mohammad Noor' until now; undo with "
        "`quotetrack people alias remove \"Sergey Lavrov\" \"Muhammad Noor\"`.\n")
    assert rows(run("people", "show", "Muhammad Noor", "--nl"))[0]["name"] == "Sergey Lavrov"
    removed = run("people", "alias", "remove", "Sergey Lavrov", "Muhammad Noor")
    assert removed.exit_code == 0
    assert removed.stderr == "'Muhammad Noor' is no longer an alias of 'Sergey Lavrov'.\n"
    assert rows(run("people", "show", "Muhammad Noor", "--nl"))[0]["name"] == "Atta Mohammad Noor"


@pytest.mark.parametrize(("alias", "message"), [
    ("Muhammad Noor", "Error: 'Muhammad Noor' is not an alias of 'Sergey Lavrov'."),
    ("Sergey Lavrov",
     "Error: 'Sergey Lavrov' is the name of that person, not an alias; use `people rename`."),
])
def test_removing_what_is_not_an_alias_is_one_line_and_exit_1(run, alias, message):
    result = run("people", "alias", "remove", "Sergey Lavrov", alias)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(message)


def test_split_moves_a_quote_to_a_new_person(run):
    quotes = rows(run("quotes", "--person", "Atta Mohammad Noor", "--nl"))
    qid = next(q["id"] for q in quotes if q["quote"] == "Trust takes time")
    result = run("people", "split", "Atta Mohammad Noor", "--quote", str(qid), "--name", "Muhammad Noor Jr")
    assert result.exit_code == 0
    assert result.stderr == "Split 'Muhammad Noor Jr' off 'Atta Mohammad Noor' (1 quote moved).\n"
    (detail,) = rows(run("people", "show", "Atta Mohammad Noor", "--nl"))
    assert detail["quotes"] == 1


def test_split_without_anything_to_move_is_a_usage_error(run):
    result = run("people", "split", "Hamid Karzai", "--name", "Someone")
    assert result.exit_code == 2
    assert "give --alias NAME or --quote ID" in result.stderr


def test_load_file_and_bad_file(run, tmp_path):
    good = tmp_path / "people.toml"
    good.write_text('[[people]]\nname = "Zalmay Khalilzad"\nroles = ["US envoy"]\n', encoding="utf-8")
    result = run("people", "load", str(good))
    assert result.exit_code == 0
    assert result.stderr == f"Loaded 1 people from {good} (1 new, 0 updated).\n"
    bad = tmp_path / "bad.toml"
    bad.write_text("[[people]\n", encoding="utf-8")
    result = run("people", "load", str(bad))
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: People file {bad} is not valid TOML")
    assert "Traceback" not in result.output


def test_quotes_by_person_finds_variants_through_find_person(run):
    from quotetrack import people
    from quotetrack.store import open_db

    db = open_db()
    noor = people.find_person(db, "Muhammad Noor")
    assert people.person_name(db, noor) == "Atta Mohammad Noor"
    texts = {q["quote"] for q in rows(run("quotes", "--person", "Atta Mohammad Noor", "--nl"))}
    assert texts == {"We came to listen", "Trust takes time"}


def test_every_people_command_has_help_with_an_example(run):
    for args in (["people"], ["people", "show"], ["people", "merge"], ["people", "rename"],
                 ["people", "alias", "add"], ["people", "split"], ["people", "review"], ["people", "load"]):
        result = run(*args, "--help")
        assert result.exit_code == 0 and "Example:" in result.stdout, args


def test_quotes_person_filter_accepts_a_transliteration(run):
    texts = {q["quote"] for q in rows(run("quotes", "--person", "Mohamed Nur", "--nl"))}
    assert texts == {"We came to listen", "Trust takes time"}


def test_quotes_person_filter_suggests_on_a_typo(run):
    result = run("quotes", "--person", "Lavorv")
    assert result.exit_code == 1
    assert result.stderr == "Error: No person 'Lavorv'. Did you mean: Sergey Lavrov?\n"


def test_split_of_two_quotes_counts_them_in_the_plural(run):
    ids = [str(q["id"]) for q in rows(run("quotes", "--person", "Atta Mohammad Noor", "--nl"))]
    assert len(ids) == 2
    result = run("people", "split", "Atta Mohammad Noor", "--quote", ids[0], "--quote", ids[1],
                 "--name", "Muhammad Noor Jr")
    assert result.exit_code == 0
    assert result.stderr == "Split 'Muhammad Noor Jr' off 'Atta Mohammad Noor' (2 quotes moved).\n"


def test_undated_articles_give_no_first_or_last_seen(run):
    """U3: an undated article's ingest day is no day the person spoke; `people show` lists it as undated."""
    (detail,) = rows(run("people", "show", "Ingrid Halvorsen", "--nl"))
    assert (detail["first_seen"], detail["last_seen"]) == (None, None)
    assert detail["articles"] == ["Fish prices (undated): 1"]
    listed = run("people", "--tsv", "-n", "1", "--kind", "person")
    assert listed.stdout.splitlines()[1] == "1\tAtta Mohammad Noor\tperson\t2\t\t\t"


def test_split_and_show_give_one_list_of_aliases(run):
    """U3: after its one alias was split off, a person has no aliases, in `people show` and in the error."""
    noor = "Atta Mohammad Noor"
    result = run("people", "split", noor, "--alias", "Nope", "--name", "Someone")
    assert result.exit_code == 1
    assert result.stderr == f"Error: 'Nope' is not an alias of '{noor}' (its aliases: Muhammad Noor).\n"
    split = run("people", "split", noor, "--alias", "Muhammad Noor", "--name", "Muhammad Noor", "-q")
    assert split.exit_code == 0
    (detail,) = rows(run("people", "show", noor, "--nl"))
    assert detail["aliases"] == []
    result = run("people", "split", noor, "--alias", "Nope", "--name", "Someone")
    assert result.exit_code == 1
    assert result.stderr == f"Error: 'Nope' is not an alias of '{noor}' (it has none).\n"
