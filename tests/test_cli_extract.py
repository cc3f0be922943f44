"""`quotetrack extract`: prediction JSONL from article JSONL, text, Markdown, HTML, folders or stdin."""

import json

from click.testing import CliRunner

from quotetrack.cli import cli

SAID = "“We will rebuild the bridge,” said Ana Ruiz, the mayor."


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_article_jsonl_gives_one_prediction_line_per_article_with_its_id(tmp_path):
    articles = tmp_path / "articles.jsonl"
    lines = [json.dumps({"id": "a1", "text": SAID}), json.dumps({"id": "a2", "text": "No quotes."})]
    articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(articles)])
    assert result.exit_code == 0, result.output
    assert _records(result.stdout) == [
        {"id": "a1", "quotes": [{"speaker": "Ana Ruiz", "text": "We will rebuild the bridge,", "start": 1,
                                 "end": 28, "kind": "direct", "cue": "said", "confidence": 0.9}]},
        {"id": "a2", "quotes": []},
    ]


def test_html_is_read_as_ingest_reads_it_and_the_offsets_index_the_text_written(tmp_path):
    page = tmp_path / "story.html"
    page.write_text("<html><body><h1>Bridge to reopen</h1><p>&ldquo;We will rebuild the bridge,&rdquo; "
                    "said Ana Ruiz.</p><footer>&copy; The Courier</footer></body></html>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(page), "--with-text"])
    assert result.exit_code == 0, result.output
    (record,) = _records(result.stdout)
    (quote,) = record["quotes"]
    assert record["id"] == str(page)
    assert (quote["text"], quote["speaker"]) == ("We will rebuild the bridge,", "Ana Ruiz")
    assert record["text"][quote["start"]:quote["end"]] == quote["text"]
    assert "&ldquo;" not in record["text"] and "<p>" not in record["text"]


def test_stdin_and_folders_are_read(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "one.txt").write_text(SAID, encoding="utf-8")
    (folder / "two.md").write_text("# Council\n\n" + SAID, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(folder)])
    assert [len(r["quotes"]) for r in _records(result.stdout)] == [1, 1]
    piped = CliRunner().invoke(cli, ["extract", "-"], input=SAID)
    assert _records(piped.stdout)[0]["id"] == "<stdin>"
    assert _records(piped.stdout)[0]["quotes"][0]["speaker"] == "Ana Ruiz"
    lines = json.dumps({"id": "desk-1", "text": SAID}) + "\n"
    jsonl = CliRunner().invoke(cli, ["extract", "-"], input=lines)
    assert [(r["id"], r["quotes"][0]["speaker"]) for r in _records(jsonl.stdout)] == [("desk-1", "Ana Ruiz")]


def test_a_binary_file_is_a_one_line_error(tmp_path):
    blob = tmp_path / "scan.txt"
    blob.write_bytes(b"\x00\x01\x02 not text")
    result = CliRunner().invoke(cli, ["extract", str(blob)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {blob}: binary file, not a text article"]
