"""`quotetrack ask` end to end on a small database built here (ingest with a stand-in extractor)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from quotetrack import extract as extract_module
from quotetrack import stance
from quotetrack.cli import cli
from quotetrack.ingest import ingest
from quotetrack.model import Article, Quote
from quotetrack.store import open_db

TODAY = "2024-06-20"

# Three short reports written for these tests: (date, title, [(speaker, quote)]).
ARTICLES = [
    ("2024-03-10", "Envoys Meet on Troop Pullout", [
        ("Sergey Lavrov", "Foreign troops must withdraw from the country without delay."),
        ("Hamid Karzai", "Russia can play a useful role in bringing Afghans to one table."),
        ("Sergey Lavrov", "Our delegation came to listen before it came to speak."),
    ]),
    ("2024-05-02", "Doubts Over Timetable", [
        ("Sergey Lavrov", "There is no military solution to this war, only a political one."),
        ("Atta Mohammad Noor", "The Taliban cannot be trusted with power in Kabul."),
        ("Zalmay Khalilzad", "A hasty withdrawal of troops would be a grave mistake."),
    ]),
    ("2024-06-15", "Northern Leaders Soften Tone", [
        ("Atta Mohammad Noor", "We can work with the Taliban if they keep their word."),
        ("Hekmat Khalil Karzai", "Our neighbours deserve a say in whatever comes next."),
    ]),
]
# Stances pinned as user corrections, so these tests do not depend on the stance rules.
PINNED = [
    ("Foreign troops must withdraw", "foreign troop withdrawal", "support"),
    ("A hasty withdrawal", "foreign troop withdrawal", "oppose"),
    ("The Taliban cannot be trusted", "the Taliban", "oppose"),
    ("We can work with the Taliban", "the Taliban", "support"),
]


def _text(title: str, quotes: list[tuple[str, str]]) -> str:
    body = "\n\n".join(f'{speaker} said: "{quote}"' for speaker, quote in quotes)
    return f"{title}\n\n{body}\n"


@pytest.fixture()
def db_path(isolated_db, monkeypatch):
    """The three reports ingested with an extractor that knows their quotes; stances pinned."""
    speakers = {quote: speaker for _, _, quotes in ARTICLES for speaker, quote in quotes}

    def fake_extract(text: str) -> list[Quote]:
        found = []
        for quote, speaker in speakers.items():
            start = text.find(quote)
            if start >= 0:
                found.append(Quote(quote, start, start + len(quote), "direct", speaker=speaker,
                                   speaker_kind="person", cue="said", confidence=0.9))
        return sorted(found, key=lambda q: q.start)

    monkeypatch.setattr(extract_module, "extract", fake_extract)
    db = open_db(isolated_db)
    items = [Article(_text(title, quotes), title=title, outlet="Test Wire", published=day)
             for day, title, quotes in ARTICLES]
    report = ingest(db, items)
    assert report.failed == 0
    for prefix, topic, label in PINNED:
        quote_id = db.execute("select id from quotes where text like ?", [prefix + "%"]).fetchone()[0]
        stance.set_stance(db, quote_id, topic, label)
    db.conn.close()
    return isolated_db


def ask(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["ask", "--today", TODAY, *args], input=input)


def test_what_did_lavrov_say_prints_his_quotes_newest_first(db_path):
    result = ask("what did Lavrov say")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "“There is no military solution to this war, only a political one.”"
    assert lines[1].startswith("  — Sergey Lavrov · 2024-05-02 · Test Wire · Doubts Over Timetable [#")
    quoted = [line for line in lines if line.startswith("“")]
    assert len(quoted) == 3
    assert "Karzai" not in result.stdout and "Noor" not in result.stdout
    assert 'quotetrack quotes --person "Sergey Lavrov" --limit 20' in result.stderr


def test_question_words_need_no_shell_quotes(db_path):
    result = ask("what", "did", "Lavrov", "say", "since", "May")
    assert result.exit_code == 0
    assert result.stdout.count("— Sergey Lavrov") == 1
    assert "--since 2024-05-01" in result.stderr


def test_person_and_topic(db_path):
    result = ask("Lavrov on withdrawal")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "“Foreign troops must withdraw from the country without delay.”"
    assert lines[1].startswith("  — Sergey Lavrov · 2024-03-10 · Test Wire · Envoys Meet on Troop Pullout"
                               " · support on foreign troop withdrawal")
    assert 'quotetrack quotes --person "Sergey Lavrov" --topic "foreign troop withdrawal"' in result.stderr


def test_bare_words_name_a_person_and_a_topic(db_path):
    result = ask("Lavrov withdrawal")
    assert result.exit_code == 0
    quoted = [line for line in result.stdout.splitlines() if line.startswith("“")]
    assert quoted == ["“Foreign troops must withdraw from the country without delay.”"]
    assert "Read 'Lavrov withdrawal' as quotes by 'Lavrov' on 'withdrawal'." in result.stderr


@pytest.mark.parametrize("words", ["noor", "Taliban Noor", "Mohammad Noor"])
def test_bare_words_in_any_order_and_case(db_path, words):
    result = ask(words)
    assert result.exit_code == 0
    assert result.stdout.count("— Atta Mohammad Noor") == 2
    assert "Lavrov" not in result.stdout


def test_bare_words_found_in_one_quote(db_path):
    result = ask("military solution")
    assert result.exit_code == 0
    assert result.stdout.startswith("“There is no military solution to this war, only a political one.”\n")


@pytest.mark.parametrize("words", ["hello there", "???", "Lavrov astronomy"])
def test_bare_words_that_find_nothing_are_not_understood(db_path, words):
    result = ask(words)
    assert result.stdout == ""
    if words == "Lavrov astronomy":  # a person was named: his quotes on the words, none here
        assert result.exit_code == 0
        assert "No quotes match" in result.stderr
    else:
        assert result.exit_code == 2
        assert f"Sorry, I could not understand '{words}'." in result.stderr


def test_quotes_from_a_month_are_of_that_month(db_path):
    result = ask("quotes from May 2024")
    assert result.exit_code == 0
    assert result.stdout.count(" · 2024-05-02 · ") == 3
    assert "2024-03-10" not in result.stdout and "2024-06-15" not in result.stdout
    assert "--since 2024-05-01 --until 2024-05-31" in result.stderr


def test_who_changed_their_mind_lists_everyone_who_switched_sides(db_path):
    result = ask("who changed their mind on the taliban")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        "Atta Mohammad Noor on the Taliban: oppose → support between 2024-05-02 and 2024-06-15")
    assert "Lavrov" not in result.stdout


@pytest.mark.parametrize(("question", "message"), [
    ("who switched sides on troop withdrawal",
     "Nobody changed sides on foreign troop withdrawal (2 took a side)."),
    ("has Khalilzad's stance on the Taliban changed",
     "No stance of Zalmay Khalilzad recorded on the Taliban."),
])
def test_no_change_of_stance_says_whose_and_on_what(db_path, question, message):
    result = ask(question)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert message in result.stderr


def test_a_proper_noun_keyword_typed_in_lower_case_names_its_topic(db_path):
    result = ask("what did hamid karzai say about russia")
    assert result.exit_code == 0
    assert result.stdout.startswith("“Russia can play a useful role in bringing Afghans to one table.”\n")
    assert "--topic \"Russia's role\"" in result.stderr


def test_who_supports_withdrawal_lists_the_supporters(db_path):
    result = ask("who supports withdrawal")
    assert result.exit_code == 0
    assert "— Sergey Lavrov" in result.stdout
    assert "Khalilzad" not in result.stdout
    assert 'quotetrack stance --topic "foreign troop withdrawal"' in result.stderr


def test_who_opposes_withdrawal_lists_the_opponents(db_path):
    result = ask("who opposes troop withdrawal")
    assert result.exit_code == 0
    assert "— Zalmay Khalilzad" in result.stdout
    assert "Lavrov" not in result.stdout


def test_a_merged_speakers_stances_move_with_their_quotes(db_path):
    """Stances keep a copy of their quote's person for speed: a merge must move them too."""
    merged = CliRunner().invoke(cli, ["people", "merge", "Sergey Lavrov", "Zalmay Khalilzad"])
    assert merged.exit_code == 0, merged.output
    result = ask("stances on troop withdrawal", "--json")
    assert [(r["speaker"], r["stance"], r["support"], r["oppose"]) for r in json.loads(result.stdout)] == [
        ("Sergey Lavrov", "mixed", 1, 1)]


def test_a_merged_speakers_topic_tags_move_with_their_quotes(db_path):
    """Topic tags keep a copy of their quote's person for speed: a merge must move them too."""
    before = ask("who talked about troop withdrawal", "--json")
    assert json.loads(before.stdout) == [{"speaker": "Sergey Lavrov", "quotes": 1},
                                         {"speaker": "Zalmay Khalilzad", "quotes": 1}]
    merged = CliRunner().invoke(cli, ["people", "merge", "Sergey Lavrov", "Zalmay Khalilzad"])
    assert merged.exit_code == 0, merged.output
    after = ask("who talked about troop withdrawal", "--json")
    assert json.loads(after.stdout) == [{"speaker": "Sergey Lavrov", "quotes": 2}]


def test_positions_show_each_side_most_quoted_first_and_a_mixed_speakers_strongest_quote(db_path):
    db = open_db(db_path)
    topic_id = db.execute("select id from topics where label = 'foreign troop withdrawal'").fetchone()[0]
    quote_id = db.execute("select id from quotes where text like 'Our delegation came%'").fetchone()[0]
    db.execute("insert or replace into stances(quote_id, topic_id, label, confidence, cues, source)"
               " values (?, ?, 'oppose', 0.99, '[\"came\"]', 'rule')", [quote_id, topic_id])
    db.conn.commit()
    db.conn.close()
    result = ask("stances on troop withdrawal", "--json")
    assert result.exit_code == 0
    rows = [(r["speaker"], r["stance"], r["support"], r["oppose"], r["quote"][:20], r["cues"])
            for r in json.loads(result.stdout)]
    assert rows == [  # the user's correction outweighs the rule's 0.99 for Lavrov's mixed record
        ("Sergey Lavrov", "mixed", 1, 1, "Foreign troops must ", ["set by user"]),
        ("Zalmay Khalilzad", "oppose", 0, 1, "A hasty withdrawal o", ["set by user"]),
    ]
    limited = ask("stances on troop withdrawal", "--limit", "1")
    assert limited.stdout.count("— ") == 1 and "— Sergey Lavrov" in limited.stdout
    assert "Showing 1 of 2 people; add --limit N for more." in limited.stderr


def test_unknown_person_suggests_the_nearest(db_path):
    result = ask("what did Lavorv say")
    assert result.exit_code == 1
    assert "No person 'Lavorv'. Did you mean: Sergey Lavrov" in result.output
    assert "Traceback" not in result.output


def test_ambiguous_surname_lists_the_candidates(db_path):
    result = ask("what did Karzai say")
    assert result.exit_code == 1
    assert "Hamid Karzai" in result.output and "Hekmat Khalil Karzai" in result.output


def test_possessive_lower_case_and_misspelt_question(db_path):
    result = ask("waht did lavrov's say")
    assert result.exit_code == 0
    assert result.stdout.count("— Sergey Lavrov") == 3


def test_unparseable_question_explains_and_exits_2(db_path):
    result = ask("tell me a joke")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Sorry, I could not understand 'tell me a joke'." in result.stderr
    assert result.stderr.count("quotetrack ask '") == 2


def test_empty_result_says_so_on_stderr_and_exits_0(db_path):
    result = ask("what did Lavrov say in 2020")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No quotes match (person Sergey Lavrov, since 2020-01-01, until 2020-12-31)." in result.stderr
    assert "understood: intent=quotes person='Lavrov'" in result.stderr


def test_json_gives_the_rows(db_path):
    result = ask("what did Lavrov say", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [r["speaker"] for r in rows] == ["Sergey Lavrov"] * 3
    assert rows[0]["quote"] == "There is no military solution to this war, only a political one."
    assert {"id", "date", "outlet", "title", "article_id", "start", "end"} <= set(rows[0])


def test_who_said_exact_words_and_loose_wording(db_path):
    exact = ask("who said 'no military solution'")
    assert exact.exit_code == 0
    assert "— Sergey Lavrov · 2024-05-02" in exact.stdout
    assert "quotetrack quotes --search '\"no military solution\"'" in exact.stderr
    loose = ask("who said 'military solutions never work'")
    assert loose.exit_code == 0
    assert "— Sergey Lavrov · 2024-05-02" in loose.stdout
    assert "closest matches" in loose.stderr


def test_one_quoted_word_found_is_an_exact_match(db_path):
    result = ask("who said 'military'")
    assert result.exit_code == 0
    assert "— Sergey Lavrov · 2024-05-02" in result.stdout
    assert "No exact match" not in result.stderr


def test_topic_that_is_not_in_the_taxonomy_searches_words(db_path):
    result = ask("who talked about neighbours")
    assert result.exit_code == 0
    assert "'neighbours' is not a topic; searching quote text for its words." in result.stderr
    assert "Hekmat Khalil Karzai" in result.stdout


def test_where_does_lavrov_stand(db_path):
    result = ask("where does Lavrov stand on withdrawal")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Sergey Lavrov on foreign troop withdrawal: support (1 support, 0 oppose, 0 neutral)",
        "  2024-03-10 +",
    ]
    assert 'quotetrack stance "Sergey Lavrov" --topic "foreign troop withdrawal"' in result.stderr


def test_stance_change(db_path):
    result = ask("has Noor's stance on the Taliban changed")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Atta Mohammad Noor on the Taliban: oppose → support between 2024-05-02 and 2024-06-15"
    assert "The Taliban cannot be trusted with power in Kabul." in lines[1]
    assert "We can work with the Taliban if they keep their word." in lines[2]


def test_compare_two_people(db_path):
    result = ask("compare Lavrov and Khalilzad on withdrawal")
    assert result.exit_code == 0
    summaries = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert summaries == [
        "Sergey Lavrov on foreign troop withdrawal: support (1 support, 0 oppose, 0 neutral)",
        "Zalmay Khalilzad on foreign troop withdrawal: oppose (0 support, 1 oppose, 0 neutral)",
    ]


def test_count_mentions(db_path):
    result = ask("how many times did Noor mention the Taliban")
    assert result.exit_code == 0
    assert result.stdout.strip() == (
        "Atta Mohammad Noor: 2 quotes about the Taliban in 2 articles, 2024-05-02 to 2024-06-15"
    )


def test_most_quoted(db_path):
    result = ask("who is quoted most", "--csv")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "speaker,quotes"
    assert lines[1] == "Sergey Lavrov,3"


def test_the_most_quoted_overall_teaches_the_people_list_and_on_a_topic_its_quotes(db_path):
    assert ask("who is quoted most").stderr.splitlines()[0] == "quotetrack people --limit 10"
    assert ask("top 3 speakers").stderr.splitlines()[0] == "quotetrack people --limit 3"
    on_topic = ask("who is quoted most about withdrawal").stderr.splitlines()[0]
    assert on_topic == 'quotetrack quotes --topic "foreign troop withdrawal"'


def test_interactive_prompt_answers_until_an_empty_line_and_keeps_history(db_path):
    questions = ["what did Lavrov say since May", "hello there", "what did Lavorv say", "",
                 "who is quoted most"]
    result = ask(input="\n".join(questions) + "\n")
    assert result.exit_code == 0
    assert result.stdout.count("— Sergey Lavrov") == 1  # the last question came after the empty line
    assert "could not understand 'hello there'" in result.stderr
    assert "Did you mean: Sergey Lavrov" in result.stderr
    history = db_path.with_name(db_path.name + ".ask_history")
    assert history.read_text().splitlines()[-3:] == [
        "what did Lavrov say since May", "hello there", "what did Lavorv say",
    ]


def test_interactive_prompt_ends_at_end_of_input(db_path):
    result = ask(input="what did Lavrov say\n")
    assert result.exit_code == 0
    assert result.stdout.count("— Sergey Lavrov") == 3


def test_help_has_an_example():
    result = CliRunner().invoke(cli, ["ask", "--help"])
    assert result.exit_code == 0
    assert 'quotetrack ask "what did Lavrov say about withdrawal"' in result.output


def test_on_a_terminal_each_quote_is_a_panel_with_its_whole_source_line(db_path, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "70")
    result = ask("what did Lavrov say")
    assert result.exit_code == 0
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert plain.startswith("╭─ Sergey Lavrov ─")
    assert "There is no military solution to this war, only a political one." in plain
    # the date, outlet, title and quote id are all shown, wrapped inside the panel, never cut
    assert "2024-05-02 · Test Wire · Doubts Over Timetable · #" in plain


def test_a_shared_surname_means_the_one_quoted_most_and_the_answer_says_so(isolated_db, monkeypatch):
    lines = [f"Rally {i}: the speech ran long." for i in range(12)]
    monkeypatch.setattr(extract_module, "extract", lambda text: [Quote(
        text[:40], 0, 40, "direct", speaker="Hamid Karzai" if "Rally" in text else "Hekmat Khalil Karzai",
        speaker_kind="person", cue="said", confidence=0.9,
    )])
    db = open_db(isolated_db)
    articles = [Article(f"{line} {'x' * 40}", title=line, published="2024-01-02") for line in lines]
    ingest(db, [*articles, Article("Envoy: " + "y" * 40, title="Envoy", published="2024-01-03")])
    db.conn.close()
    result = ask("what did Karzai say")
    assert result.exit_code == 0
    assert result.stdout.count("— Hamid Karzai") == 12 and "Hekmat" not in result.stdout
    assert "'Karzai' taken as Hamid Karzai, the one quoted most; also: Hekmat Khalil Karzai." in result.stderr


@pytest.fixture()
def minister_db(isolated_db, tmp_path):
    """One article that introduces Foreign Minister Ana Lind and then quotes her by surname."""
    (tmp_path / "a.txt").write_text(
        "Corridor Opens\n\nVALMORA, March 10 — Grain ships left port on Monday, a week after Foreign "
        'Minister Ana Lind promised they would.\n\n"This is what a promise kept looks like," Lind said.\n',
        encoding="utf-8")
    assert CliRunner().invoke(cli, ["ingest", "-q", str(tmp_path / "a.txt")]).exit_code == 0


def test_a_role_in_a_question_is_the_person_given_it(minister_db):
    result = ask("what did the foreign minister say")
    assert result.exit_code == 0
    assert "— Ana Lind" in result.stdout and "This is what a promise kept looks like" in result.stdout
    assert "'foreign minister' taken as Ana Lind, called that in 1 article." in result.stderr


def test_the_latest_from_someone_is_their_newest_quote_first(db_path):
    result = ask("the latest from Lavrov")
    assert result.exit_code == 0
    assert result.stdout.startswith("“There is no military solution to this war, only a political one.”\n")
    assert 'quotetrack quotes --person "Sergey Lavrov" --limit 20' in result.stderr


def test_the_first_quote_is_not_answered_with_the_newest(db_path):
    result = ask("first quote from Lavrov")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "Sorry, I could not understand 'first quote from Lavrov'." in result.stderr


def test_a_persons_first_quote_is_not_answered_with_the_newest(db_path):
    result = ask("Lavrov's first quote")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith('Sorry, I could not understand "Lavrov\'s first quote".')


def test_first_away_from_a_quote_noun_is_a_word_to_look_up(db_path):
    result = ask("withdrawal first")
    assert result.exit_code == 0
    assert "Foreign troops must withdraw from the country without delay." in result.stdout
    assert "Read 'withdrawal first' as quotes on 'withdrawal first'." in result.stderr


def test_an_empty_period_says_what_there_is_without_the_dates(db_path):
    result = ask("what did Lavrov say in 2020")
    assert (result.exit_code, result.stdout) == (0, "")
    assert ("No quotes match (person Sergey Lavrov, since 2020-01-01, until 2020-12-31). "
            "Without the dates: 3 quotes, 2024-03-10 to 2024-05-02.") in result.stderr
    noor = ask("what did Noor say about the Taliban before 2021")
    assert "Without the dates: 2 quotes, 2024-05-02 to 2024-06-15." in noor.stderr
    nothing = ask("what did Khalilzad say about the Taliban in 2020")
    assert "No quotes match (person Zalmay Khalilzad, topic the Taliban, since 2020-01-01, until " \
           "2020-12-31). (understood:" in nothing.stderr


def test_who_is_someone_shows_their_profile(db_path):
    result = ask("who is Lavrov", "--json")
    assert result.exit_code == 0
    (person,) = json.loads(result.stdout)
    assert (person["name"], person["quotes"]) == ("Sergey Lavrov", 3)
    assert 'quotetrack people show "Sergey Lavrov"' in result.stderr
    table = ask("who is Lavrov")
    assert "│ name       │ Sergey Lavrov" in table.stdout


def test_whos_someone_shows_their_profile(db_path):
    result = ask("who's Lavrov", "--json")
    assert result.exit_code == 0
    assert [p["name"] for p in json.loads(result.stdout)] == ["Sergey Lavrov"]


@pytest.mark.parametrize("question", ["who is quoted about Karzai", "who was most critical of the Taliban",
                                      "who was in Moscow", "who is leading the talks", "who is Lavorv"])
def test_who_is_with_no_exact_name_is_not_understood(db_path, question):
    result = ask(question)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"Sorry, I could not understand {question!r}.\nTry a question like:")


def test_who_is_a_role_shows_its_holder(minister_db):
    result = ask("who is the foreign minister", "--json")
    assert result.exit_code == 0
    assert [p["name"] for p in json.loads(result.stdout)] == ["Ana Lind"]


def test_a_stance_on_a_person_says_stances_are_on_topics(db_path):
    result = ask("who criticised Lavrov")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("Error: No topic 'Lavrov': stances are held on topics, and 'Lavrov' names a "
                             "person.\n")
