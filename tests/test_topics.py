"""Topics: the taxonomy file, inflected keyword matching, lookup, and tagging by regex and by FTS."""

from __future__ import annotations

import json

import pytest

from quotetrack import topics
from quotetrack.errors import InputError, NotFoundError, QueryError
from quotetrack.store import open_db
from quotetrack.topics import Topic

WITHDRAWAL = Topic(label="troop withdrawal", keywords=("withdraw", "pull out"), against=("occupation",))


def test_builtin_taxonomy_ships_in_the_package():
    path = topics.default_taxonomy_path()
    assert path.parts[-3:] == ("quotetrack", "data", "topics.toml")
    loaded = topics.load_taxonomy()
    labels = {t.label for t in loaded}
    assert 15 <= len(loaded) <= 25
    assert {"foreign troop withdrawal", "Russia's role", "ceasefire", "sanctions", "immigration",
            "gun control", "health care", "climate action"} <= labels
    assert all(t.keywords for t in loaded)


@pytest.mark.parametrize("word", ["withdraw", "withdraws", "withdrawn", "withdrawal", "withdrawing",
                                  "Withdrawals", "pulled out", "pull-out"])
def test_keywords_match_light_inflection(word):
    assert topics.match(WITHDRAWAL, f"They spoke of a {word} soon.") == word


@pytest.mark.parametrize("text", ["They withdrew", "a withdrawer", "preoccupation with detail"])
def test_keywords_match_whole_words_only(text):
    assert topics.match(WITHDRAWAL, text) is None


def test_plurals_and_acronyms():
    tax = Topic(label="t", keywords=("tax", "policy"))
    assert topics.match(tax, "new taxes") == "taxes"
    assert topics.match(tax, "two policies") == "policies"
    us = Topic(label="us", keywords=("US",))
    assert topics.match(us, "the US said") == "US"
    assert topics.match(us, "let us go") is None


def test_determiners_are_interchangeable():
    topic = Topic(label="d", keywords=("recall the ambassador",))
    assert topics.match(topic, "We are recalling our ambassador.") == "recalling our ambassador"


def test_user_taxonomy_from_env(tmp_path, monkeypatch):
    path = tmp_path / "mine.toml"
    path.write_text('[[topic]]\nlabel = "rail strikes"\nkeywords = ["strike", "walkout"]\n', encoding="utf-8")
    monkeypatch.setenv("QUOTETRACK_TOPICS", str(path))
    assert [t.label for t in topics.load_taxonomy()] == ["rail strikes"]


@pytest.mark.parametrize("content, message", [
    ("[[topic]\nlabel=", "is not valid TOML"),
    ("title = 'x'\n", r"has no \[\[topic\]\] entries"),
    ('[[topic]]\nlabel = "x"\n', "needs keywords or a search"),
    ('[[topic]]\nkeywords = ["a"]\n', "has no label"),
    ('[[topic]]\nlabel = "x"\nkeywords = "a"\n', "must be a list of strings"),
])
def test_bad_taxonomy_files_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        topics.load_taxonomy(path)


def test_missing_taxonomy_file():
    with pytest.raises(InputError, match="Cannot read topics file"):
        topics.load_taxonomy("/nonexistent/topics.toml")


def _db_with_quotes(isolated_db, texts):
    db = open_db(isolated_db)
    db["articles"].insert({"id": "a1", "text": " ".join(texts), "published": "2024-01-02"})
    ids, pos = [], 0
    for text in texts:
        row = {"article_id": "a1", "text": text, "start": pos, "end": pos + len(text), "kind": "direct",
               "cue": "said"}
        ids.append(db["quotes"].insert(row).last_pk)
        pos += len(text) + 1
    return db, ids


TEXTS = [
    "All foreign forces should be withdrawn from the country.",
    "We reject any new sanctions on our exports.",
    "The weather was fine for the parade.",
    "Tariffs protect nobody; we need free trade.",
]


def test_tag_quotes_writes_tags_and_stances(isolated_db):
    db, ids = _db_with_quotes(isolated_db, TEXTS)
    count = topics.tag_quotes(db, ids)
    tagged = {(r[0], r[1]) for r in db.execute(
        "select q.text, t.label from quote_topics qt join quotes q on q.id = qt.quote_id "
        "join topics t on t.id = qt.topic_id")}
    assert count == len(tagged)
    assert (TEXTS[0], "foreign troop withdrawal") in tagged
    assert (TEXTS[1], "sanctions") in tagged
    assert not any(text == TEXTS[2] for text, _ in tagged)
    label = db.execute("select s.label from stances s join topics t on t.id = s.topic_id "
                       "where s.quote_id = ? and t.label = 'sanctions'", [ids[1]]).fetchone()[0]
    assert label == "oppose"


def test_retag_by_fts_agrees_with_tagging_at_ingest(isolated_db):
    db, ids = _db_with_quotes(isolated_db, TEXTS)
    topics.tag_quotes(db, ids)
    before = set(db.execute("select quote_id, topic_id, matched from quote_topics").fetchall())
    stances = set(db.execute("select quote_id, topic_id, label, cues from stances").fetchall())
    report = topics.retag(db)
    assert set(db.execute("select quote_id, topic_id, matched from quote_topics").fetchall()) == before
    assert set(db.execute("select quote_id, topic_id, label, cues from stances").fetchall()) == stances
    assert report.tags == len(before)


def test_ad_hoc_search_topic(isolated_db):
    db, ids = _db_with_quotes(isolated_db, TEXTS)
    topic = topics.add_topic(db, "parade weather", search='weath* "parade')
    assert topics.quote_count(db, topic.id) == 1
    assert topics.find_topic(db, "parade weather")["search"] == 'weath* "parade'
    with pytest.raises(QueryError):
        topics.add_topic(db, "empty", search='"" ()')


def test_find_topic_by_label_keyword_and_misspelling(isolated_db):
    db = open_db(isolated_db)
    assert topics.find_topic(db, "Ceasefire")["label"] == "ceasefire"
    assert topics.find_topic(db, "troop withdrawal")["label"] == "foreign troop withdrawal"
    assert topics.find_topic(db, "sanctoins")["label"] == "sanctions"
    with pytest.raises(NotFoundError) as err:
        topics.find_topic(db, "gardening")
    assert str(err.value) == ("No topic 'gardening'. `quotetrack topics` lists them; "
                              "`quotetrack topics add` defines one.")


@pytest.mark.parametrize("typed, suggested", [
    ("sanctoinz", ["sanctions"]),  # a misspelt label
    ("gunz", ["gun control"]),  # one word of a label
    ("abortoin", ["abortion rights"]),
    ("raw", []),  # part of "withdrawal" is no reason to offer it
])
def test_unknown_topics_suggest_labels_by_edit_similarity(isolated_db, typed, suggested):
    with pytest.raises(NotFoundError) as err:
        topics.find_topic(open_db(isolated_db), typed)
    assert err.value.suggestions == suggested


def test_fts_query_is_safe_for_odd_keywords():
    topic = Topic(label="odd", keywords=('say "no"', "AND", "NEAR(x)"))
    query = topics.fts_query(topic)
    assert query.count("(") == 3 and '"no"*' in query


def test_search_topics_with_or_alternatives(isolated_db):
    db, ids = _db_with_quotes(isolated_db, TEXTS)
    topic = topics.add_topic(db, "trade or parade", search="parad* OR tariffs")
    assert topics.quote_count(db, topic.id) == 2
    assert topics.match(topic, "The parades went on.") and not topics.match(topic, "or")


def test_example_taxonomy_loads():
    from tests.conftest import REPO

    loaded = topics.load_taxonomy(REPO / "examples" / "topics.toml")
    assert [t.label for t in loaded][:2] == ["regional mediation", "lifting the blockade"]
    assert loaded[-1].search and not loaded[-1].keywords


@pytest.mark.parametrize("text, topic, hit", [
    ("Customers can withdraw cash at the kiosk.", "foreign troop withdrawal", False),
    ("The senator will withdraw from the race tomorrow.", "foreign troop withdrawal", False),
    ("Foreign troops will withdraw by June.", "foreign troop withdrawal", True),
    ("Social Security payments rise in January.", "security", False),
    ("The security situation in the north has worsened.", "security", True),
    ("Seats in premium economy cost more this year.", "economy", False),
    ("The economy grew by two percent.", "economy", True),
    ("Trade unions marched through the capital.", "free trade", False),
    ("The dreamers among us built a start-up.", "immigration", False),
    ("Dreamers deserve a path to citizenship.", "immigration", True),
])
def test_word_sense_guards(text, topic, hit):
    found = {t.label: t for t in topics.load_taxonomy()}[topic]
    assert (topics.match(found, text) is not None) is hit


def test_exclusions_are_stored_as_minus_keywords(isolated_db):
    db = open_db(isolated_db)
    topic = topics.add_topic(db, "bank runs", keywords=["bank run", "withdraw", "-withdraw from the race"])
    assert topic.exclude == ("withdraw from the race",) and topic.keywords == ("bank run", "withdraw")
    assert topics.match(topic, "She will withdraw from the race.") is None
    assert topics.match(topic, "Savers rushed to withdraw their deposits.") == "withdraw"


def test_keyword_tags_are_what_tag_quotes_stores(isolated_db):
    db, ids = _db_with_quotes(isolated_db, TEXTS)
    topics.tag_quotes(db, ids)
    stored = set(db.execute("select q.text, qt.topic_id, qt.matched, s.label, s.cues from quote_topics qt "
                            "join quotes q on q.id = qt.quote_id join stances s "
                            "on s.quote_id = qt.quote_id and s.topic_id = qt.topic_id").fetchall())
    taxonomy = topics.stored_topics(db)
    computed = {(text, tag.topic_id, tag.matched, tag.stance.label, json.dumps(list(tag.stance.cues)))
                for text in TEXTS for tag in topics.keyword_tags(taxonomy, text, "said", "direct")}
    assert computed == stored
    assert topics.keyword_tags(taxonomy, TEXTS[2]) == ()


PREFIX_TAXONOMY = [
    Topic(label="x factor", keywords=("X",), id=1),
    Topic(label="us sanctions", keywords=("US sanctions",), id=2),
    Topic(label="troops", keywords=("troop withdrawal", "pull out"), id=3),
    Topic(label="policy", keywords=("policies",), id=4),
    Topic(label="plan b", keywords=("plan B",), id=5),
]


@pytest.mark.parametrize("text, labels", [
    ("X marks the spot.", {"x factor"}),
    ("Xylophones and xenon.", set()),
    ("New US sanctions were announced.", {"us sanctions"}),
    ("A trooper saw the troop withdrawal begin.", {"troops"}),
    ("They pulled out; the policy stays.", {"troops", "policy"}),
    ("Policing was discussed.", set()),
    ("Plan bed, then a troop-withdrawal.", {"plan b", "troops"}),  # a one-letter word inflects too
    ("The plan was a b-side; troops withdrew from the pullout.", set()),  # every word, in its place
])
def test_keyword_tags_find_every_topic_a_phrase_matches(text, labels):
    found = {PREFIX_TAXONOMY[tag.topic_id - 1].label for tag in topics.keyword_tags(PREFIX_TAXONOMY, text)}
    assert found == labels == {t.label for t in PREFIX_TAXONOMY if topics.match(t, text)}


def test_a_quote_on_two_topics_gets_a_stance_for_each():
    taxonomy = [t for t in topics.load_taxonomy() if t.label in ("sanctions", "ceasefire")]
    taxonomy = [Topic(**{**t.__dict__, "id": n}) for n, t in enumerate(taxonomy, 1)]
    text = "We reject new sanctions, but we back the truce."
    tagger = topics.Tagger(taxonomy)
    tags = {taxonomy[tag.topic_id - 1].label: tag for tag in tagger.tags(text, "said", "direct")}
    assert {label: tag.stance.label for label, tag in tags.items()} == {"sanctions": "oppose",
                                                                        "ceasefire": "support"}
    assert tags["sanctions"].stance.cues == ("reject", "sanctions")
    assert tags["ceasefire"].stance.cues == ("back the", "truce")
    assert tagger.tags(text, "said", "direct") == tagger.prepare().tags(text, "said", "direct")


def test_folds_name_every_character_an_ascii_letter_matches_ignoring_case():
    import re

    every = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        found = "".join(sorted(set(re.findall(f"(?i){letter}", every))))
        assert found == "".join(sorted(topics._FOLDS.get(letter, letter + letter.upper()))), letter


_PHRASES = ("troops", "foreign troops", "Roe", "US", "NATO", "withdraw the troops", "ISIS", "Kabul airport",
            "a deal", "the surge", "security", "sanctions relief", "9/11", "Iran", "ideas")
_TEXTS = (
    "US troops and foreign troops; they will withdraw our troops, then the Troops.",
    "roe deer, Roe v. Wade, RoeV, us, U.S., U S, N.A.T.O and nato", "İran, ıran, IRAN and Iran's ideas",
    "Kabul Airport, kabul airport; KABUL AIRPORT, \u212aabul airport",
    "ſecurity, Security, the ſurge, a Deal, an deal, THE SURGE",
    "9/11 and 911 and the 9-11 attacks", "Sanctions-relief and sanctions  relief, xsecurity, securityx",
)


@pytest.mark.parametrize("text", _TEXTS)
def test_grouped_phrase_patterns_find_what_the_plain_alternation_finds(text):
    import re

    for size in range(1, len(_PHRASES) + 1):
        phrases = _PHRASES[:size]
        ordered = sorted(dict.fromkeys(phrases), key=len, reverse=True)
        plain = re.compile(r"(?<!\w)(?:" + "|".join(topics._phrase_body(p) for p in ordered) + r")(?!\w)",
                           re.IGNORECASE)
        grouped = topics.compile_phrases(phrases)
        assert grouped.pattern != plain.pattern
        expected = [(m.start(), m.group(0)) for m in plain.finditer(text)]
        assert [(m.start(), m.group(0)) for m in grouped.finditer(text)] == expected


def test_of_two_phrases_of_one_length_the_first_written_is_tried_first_in_every_process():
    """The order once came from a set, so the matched words changed with the process's hash seed."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = ("from quotetrack import topics as t\n"
              "text = 'the age of large foreign military presences is over'\n"
              "for keywords in (('foreign presence', 'foreign military', 'fighting'),\n"
              "                 ('foreign military', 'foreign presence', 'fighting')):\n"
              "    print(t.match(t.Topic(label='x', keywords=keywords), text))\n")
    root = str(Path(topics.__file__).resolve().parents[1])
    outputs = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": root}).stdout
        for seed in range(6)
    }
    assert outputs == {"foreign military presences\nforeign military\n"}


@pytest.mark.parametrize("keywords, text, found", [
    (("ban fireworks",), "We are banning fireworks in parks.", "banning fireworks"),
    (("rent control",), "Tenants in rent-controlled flats.", "rent-controlled"),
    (("legalize cannabis",), "Time to legalise cannabis.", "legalise cannabis"),
    (("cannabis legalization",), "Cannabis legalisation is near.", "Cannabis legalisation"),
    (("neighborhood policing",), "Neighbourhood policing works.", "Neighbourhood policing"),
    (("carbon tax",), "Carbon taxation is cheap.", "Carbon taxation"),
    (("three-day weekend",), "A 3-day weekend for all.", "3-day weekend"),
    (("three-day weekend",), "A three day weekend for all.", "three day weekend"),
    (("tourist tax",), "The tourists' tax rose.", "tourists' tax"),
    (("rent control",), "Controls on rent freeze building.", "Controls on rent"),
    (("sugar tax",), "Taxing sugar cuts obesity.", "Taxing sugar"),
    (("hotel levy",), "A levy on the hotels.", "levy on the hotels"),
    # a tax, a levy and (for a tax) a duty name one measure
    (("bottle tax",), "The bottle levy rose again.", "bottle levy"),
    (("plastic bag levy",), "A plastic bag tax works.", "plastic bag tax"),
    (("fuel duty",), "Fuel taxes went up.", "Fuel taxes"),
    (("fuel duty",), "A levy on fuel went up.", "levy on fuel"),
    # an -ise verb done again is the same measure
    (("nationalise",), "They would renationalise the ferries.", "renationalise"),
    (("water privatisation",), "Water re-privatisation is off the table.", "Water re-privatisation"),
])
def test_keyword_topics_find_news_variants(keywords, text, found):
    assert topics.match(topics.keyword_topic("t", keywords), text) == found


@pytest.mark.parametrize("keywords, text", [
    (("offshore wind",), "Strong winds hit the coast."),
    (("school phone ban",), "Parents were told by phone."),
    (("gun",), "He was gunned down."),
    (("two-child limit",), "The two children had no limit."),
    (("fireworks ban",), "The band played on."),
    (("corporate tax",), "Firms have a corporate duty of care."),
])
def test_keyword_variants_keep_unrelated_quotes_out(keywords, text):
    assert topics.match(topics.keyword_topic("t", keywords), text) is None


def test_variant_forms_pass_the_tagger_prefilter():
    topic = topics.keyword_topic("weekend", ("three-day weekend", "legalize cannabis"))
    tagger = topics.Tagger([topic])
    assert [t.matched for t in tagger.tags("A 4-day weekend? No, a 3-day weekend.")] == ["3-day weekend"]
    assert [t.matched for t in tagger.tags("They are legalising cannabis.")] == ["legalising cannabis"]


def test_prefilter_keeps_whole_stems_for_words_spelt_two_ways():
    topic = topics.keyword_topic("labour", ("labour reform", "corruption"))
    tagger = topics.Tagger([topic])
    assert [t.matched for t in tagger.tags("Labor reforms stalled again.")] == ["Labor reforms"]
    assert [t.matched for t in tagger.tags("Corruption is everywhere.")] == ["Corruption"]
    assert topics.candidates([topic], "The company's core business collapsed.") == []


def test_retag_finds_both_spellings_of_a_keyword(isolated_db):
    texts = ["Labor reforms will wait.", "The labour reform passed.", "The lab reported a leak."]
    db, ids = _db_with_quotes(isolated_db, texts)
    topics.retag(db, [topics.keyword_topic("labour reform", ("labour reform",))])
    matched = db.execute("select quote_id, matched from quote_topics order by quote_id").fetchall()
    assert matched == [(ids[0], "Labor reforms"), (ids[1], "labour reform")]


@pytest.mark.parametrize("keywords, text, found", [
    # one word between the words of a phrase, not a function word
    (("plastic bag",), "Plastic carrier bags clog our rivers.", "Plastic carrier bags"),
    (("rent freeze",), "A rent price freeze now!", "rent price freeze"),
    (("rent control",), "The rent is out of control.", None),
    (("peace talks",), "Peace and talks are different things.", None),
])
def test_a_phrase_with_one_word_inside_it(keywords, text, found):
    assert topics.match(topics.keyword_topic("t", keywords), text) == found


@pytest.mark.parametrize("keywords, text, found", [
    # a compound written as a verb and its object, with a determiner or an owner between
    (("asset freeze",), "Freezing the oligarchs' assets was right.", "Freezing the oligarchs' assets"),
    (("fireworks ban",), "We are banning the city's fireworks.", "banning the city's fireworks"),
    (("fireworks ban",), "Ban them, the fireworks.", None),
])
def test_a_compound_as_a_verb_and_its_owned_object(keywords, text, found):
    assert topics.match(topics.keyword_topic("t", keywords), text) == found


@pytest.mark.parametrize("keywords, text, found", [
    # a keyword's word family: the quote names the topic by a derived word
    (("regulation",), "Regulating these apps is overdue.", "Regulating"),
    (("regulation",), "The regulators will not act.", "regulators"),
    (("regulation",), "Over-regulated markets stall.", "regulated"),
    (("migration",), "Migrants keep our farms going.", "Migrants"),
    (("vaccination",), "Vaccines for every nurse.", "Vaccines"),
    (("deforestation",), "Deforested hills flood faster.", "Deforested"),
    (("pollution",), "Polluters must pay.", "Polluters"),
    (("corruption",), "Corrupt judges walk free.", "Corrupt"),
    (("retirement",), "Retirees lose out again.", "Retirees"),
    (("surveillance",), "Surveilling marchers is wrong.", "Surveilling"),
    (("terrorism",), "Terrorists struck again.", "Terrorists"),
    (("union",), "Unionised drivers voted yes.", "Unionised"),
    (("robot",), "Robotic warehouses need fewer hands.", "Robotic"),
    (("agriculture",), "Agricultural handouts grow.", "Agricultural"),
    (("democracy",), "A democratic vote settles it.", "democratic"),
    (("farm subsidy",), "Subsidising farms keeps villages alive.", "Subsidising farms"),
    (("taxation",), "Taxed drinks sold less.", "Taxed"),
])
def test_keywords_find_their_word_family(keywords, text, found):
    assert topics.match(topics.keyword_topic("t", keywords), text) == found


@pytest.mark.parametrize("keywords, text", [
    (("occupation",), "The occupants left the flat."),
    (("engagement",), "An engaging speaker."),
    (("counter-terrorism",), "Counting terrorists is hard."),
    (("fighting",), "Fighters of every kind."),
    (("mediation",), "The media were there."),
    (("withdraw",), "a withdrawer"),
])
def test_word_families_leave_other_senses_out(keywords, text):
    assert topics.match(topics.keyword_topic("t", keywords), text) is None


def test_word_families_pass_the_tagger_prefilter():
    topic = topics.keyword_topic("t", ("regulation", "corruption"))
    tagger = topics.Tagger([topic])
    assert [t.matched for t in tagger.tags("Regulators met.")] == ["Regulators"]
    assert [t.matched for t in tagger.tags("Corrupt officials.")] == ["Corrupt"]


def test_a_gerund_keyword_followed_by_up_is_a_phrasal_verb():
    topic = topics.keyword_topic("harbour dredging", ["dredging"])
    assert topics.match(topic, "They keep dredging up old grievances.") is None
    assert topics.match(topic, "Dredging the harbour starts in May.") == "Dredging"


def test_a_label_starting_with_a_removal_verb_makes_its_object_the_opposite():
    topic = topics.keyword_topic("phasing out coal power", ["coal power", "coal plants", "power cuts"])
    assert topic.against == ("coal power", "coal plants")
    assert topic.keywords == ("power cuts",)


def test_a_keyword_naming_the_opposite_policy_is_against_the_label():
    topic = topics.keyword_topic("ferry privatisation", ["privatised ferries", "nationalise", "ferry"])
    assert topic.against == ("nationalise",)
    assert topic.keywords == ("privatised ferries", "ferry")
    assert topics.keyword_topic("ferry routes", ["nationalise"]).against == ()


@pytest.mark.parametrize("keywords, text, found", [
    (("lantern ban",), "Paper lanterns should be banned at festivals.", "lanterns should be banned"),
    (("lantern ban",), "Lanterns have been quietly banned.", "Lanterns have been quietly banned"),
    (("lantern ban",), "Lanterns were banned last year.", "Lanterns were banned"),
    (("bonus cap",), "Bonuses must be capped.", "Bonuses must be capped"),
    (("vape tax",), "Vapes should not be taxed like cigarettes.", "Vapes should not be taxed"),
])
def test_a_measure_compound_is_found_as_its_verb_in_the_passive(keywords, text, found):
    assert topics.match(topics.keyword_topic("t", keywords), text) == found


@pytest.mark.parametrize("keywords, text", [
    (("lantern ban",), "The lanterns were lovely."),
    (("lantern ban",), "Lanterns were lit and the band played."),
    (("bonus cap",), "Bonuses were paid in March."),
    (("fuel duty",), "Fuel will be delivered on Monday."),  # a duty is no verb
    (("sugar levy",), "Sugar is levied at ten pence a litre."),  # what is levied is the charge
    (("time limit",), "Time is limited, so I will be brief."),  # limited time is no time limit
])
def test_the_passive_needs_the_measure_verb(keywords, text):
    assert topics.match(topics.keyword_topic("t", keywords), text) is None


def test_a_ban_is_also_named_by_what_is_free_of_it():
    topic = topics.keyword_topic("car ban", ["car ban"])
    tagger = topics.Tagger([topic])
    assert [t.matched for t in tagger.tags("The old town should be a car-free zone by 2030.")] == ["car-free"]
    assert tagger.tags("Parking is free after six, and the car park is free too.") == ()
    assert topics.match(topics.keyword_topic("travel ban", ["travel ban"]), "Children travel free.") is None


@pytest.mark.parametrize("keywords, text", [
    (("alcohol ban",), "We stock alcohol-free beer now."),
    (("meat ban",), "Meat-free Mondays are good for the planet."),
    (("alcohol ban",), "Two alcohol-free days a week are good for the liver."),
])
def test_free_of_a_thing_is_no_ban_unless_a_place_is(keywords, text):
    assert topics.match(topics.keyword_topic("t", keywords), text) is None


@pytest.mark.parametrize("text", [
    "It was a taxing afternoon for the defence.",
    "The climb is physically taxing, even for guides.",
    "Three games in a week is very taxing on the squad.",
])
def test_taxing_as_hard_work_is_no_tax(text):
    assert topics.match(topics.keyword_topic("harbour tax", ["harbour tax", "taxes"]), text) is None


def test_taxing_the_verb_is_still_a_tax():
    topic = topics.keyword_topic("harbour tax", ["harbour tax", "taxes"])
    assert topics.match(topic, "Taxing yachts pays for the pier.") == "Taxing"


@pytest.mark.parametrize("keywords, text, found", [
    (("trawling",), "Trawlers scrape the seabed bare.", "Trawlers"),
    (("fracking",), "The frackers have gone home.", "frackers"),
    (("poaching",), "A poacher was caught at dawn.", "poacher"),
])
def test_a_one_word_ing_keyword_finds_the_people_who_do_it(keywords, text, found):
    assert topics.match(topics.keyword_topic("t", keywords), text) == found


@pytest.mark.parametrize("keywords, text", [
    (("betting",), "We can do better than this."),
    (("letting",), "A letter arrived from the council."),
    (("banning",), "A banner hung over the gate."),  # any doubled consonant before -ing, not only -tt-
    (("winning",), "He was the winner by a mile."),
    (("stop trawling",), "Stop trawlers from docking here."),  # in a phrase the -ing is the activity
])
def test_agents_leave_other_words_and_phrases_out(keywords, text):
    assert topics.match(topics.keyword_topic("t", keywords), text) is None
