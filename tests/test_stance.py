"""Stance rules, the seed check, the labelled set, and stance over time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotetrack import stance, stance_eval, stance_history, topics
from quotetrack.model import STANCES
from quotetrack.store import open_db
from tests.conftest import SHARED_EVAL

DATA = Path(__file__).parent / "data" / "stance"
TAXONOMY = {t.label: t for t in topics.load_taxonomy()}
W = "foreign troop withdrawal"


@pytest.mark.parametrize("text, topic, cue, kind, label", [
    # attitude verbs and modals toward the topic, and their negations
    ("We back the truce and want it to last.", "ceasefire", None, None, "support"),
    ("Our government firmly rejects the truce offered by the rebels.", "ceasefire", None, None, "oppose"),
    ("The embargo should be tightened.", "sanctions", None, None, "support"),
    ("The embargo should not be tightened.", "sanctions", None, None, "oppose"),
    ("We do not support easing the sanctions.", "sanctions", None, None, "support"),
    ("We will never accept a withdrawal under fire.", "foreign troop withdrawal", None, None, "oppose"),
    ("Pulling out now would be a grave mistake.", "foreign troop withdrawal", None, None, "oppose"),
    # "against" phrases count the other way: ending the occupation supports withdrawal
    ("It is time to end the occupation of our land.", "foreign troop withdrawal", None, None, "support"),
    ("We condemn this bombing in the strongest terms.", "counter-terrorism", None, None, "support"),
    ("There will be no ceasefire until the prisoners come home.", "ceasefire", None, None, "oppose"),
    # the quote's own cue verb for indirect speech
    ("the international troops to leave by spring", W, "urged", "indirect", "support"),
    ("the embargo would bankrupt small farmers", "sanctions", "warned", "indirect", "oppose"),
    # reports and conditions take no side
    ("The last convoy of troops crossed the border on Sunday.", W, None, None, "neutral"),
    ("If the sanctions are lifted, prices will fall.", "sanctions", None, None, "neutral"),
    ("The committee discussed the truce for three hours.", "ceasefire", None, None, "neutral"),
])
def test_classify(text, topic, cue, kind, label):
    assert stance.classify(text, TAXONOMY[topic], cue=cue, kind=kind).label == label


@pytest.mark.parametrize("text, topic, label", [
    # generic attitude words, negated ones, and verdicts
    ("We have no objection to an international monitoring mission for the truce.", "ceasefire", "support"),
    ("My party is not against dialogue with the rebels.", "peace talks", "support"),
    ("The embargo has failed to change anything.", "sanctions", "oppose"),
    ("An election held under martial law would be a farce.", "elections", "oppose"),
    ("Torture has no place in a country that calls itself free.", "human rights", "support"),
    ("Easing the embargo now would only embolden the junta.", "sanctions", "support"),
    ("We cannot afford to ignore rising emissions.", "climate action", "support"),
    # passives and subjects: the operator acts on the target before it
    ("The referendum should be postponed indefinitely.", "elections", "oppose"),
    ("Officials who take bribes must be brought to justice.", "anti-corruption", "support"),
    # rhetorical questions deny what they ask
    ("Why should we sit down for talks with people who shell our schools?", "peace talks", "oppose"),
    ("Who in their right mind would scrap the embargo now?", "sanctions", "support"),
    # contrast: what follows "but" is the position
    ("We understand the anger, but scrapping the embargo would be a serious error.", "sanctions", "support"),
    # a body or measure aimed at an ``against`` phrase is on the topic's side
    ("The mayor called for a special court for bribery cases.", "anti-corruption", "support"),
    # anti- turns a phrase into its opposite; loaded words keep their side under any verb
    ("The anti-graft commission has become a tool to silence critics.", "anti-corruption", "oppose"),
    ("We reject this sham election.", "elections", "oppose"),
    # cue words must bear on the topic phrase
    ("We support the families of the soldiers who died during the withdrawal.", W, "neutral"),
    ("Firms have sixty days to wind down contracts covered by the embargo.", "sanctions", "neutral"),
    ("The registration of asylum seekers continues at two centres.", "refugees and migration", "neutral"),
])
def test_general_attitude_rules(text, topic, label):
    assert stance.classify(text, TAXONOMY[topic]).label == label


@pytest.mark.parametrize("text, label", [
    # attitude phrases of news quotes: championing, fighting for, being a fan of, doubting
    ("Our mayor has long championed the cycle lane scheme.", "support"),
    ("We will keep fighting for the cycle lane scheme.", "support"),
    ("I am firmly in favour of the cycle lane scheme.", "support"),
    ("Frankly I have never been a fan of the cycle lane scheme.", "oppose"),
    ("I have serious doubts about the cycle lane scheme.", "oppose"),
    ("There is no case for the cycle lane scheme.", "oppose"),
    ("We cannot afford not to build the cycle lane scheme.", "support"),
    ("The time has come for the cycle lane scheme.", "support"),
    # verdicts: evaluative adjectives and hedged judgements of the topic
    ("The cycle lane scheme is unworkable on our narrow streets.", "oppose"),
    ("The cycle lane scheme is a white elephant.", "oppose"),
    ("The cycle lane scheme is far too expensive.", "oppose"),
    ("The cycle lane scheme may well be worth trying.", "support"),
    ("The cycle lane scheme would make sense for the old town.", "support"),
    # effects the topic has: helping, creating jobs, harming, driving people out
    ("The cycle lane scheme could help parents get children to school safely.", "support"),
    ("The cycle lane scheme will create hundreds of jobs.", "support"),
    ("The cycle lane scheme will drive shoppers out of the centre.", "oppose"),
    ("The cycle lane scheme harms every trader on the high street.", "oppose"),
    # taking the topic away, under a refusal
    ("We will never let anyone take the cycle lane scheme away from this town.", "support"),
    # a reported deed the speaker endorses
    ("The council scrapped the cycle lane scheme, and rightly so.", "oppose"),
    ("People rightly ask what the cycle lanes cost.", "neutral"),
    # a passive of a past deed reports
    ("The cycle lanes were shut for resurfacing last week.", "neutral"),
    # denials of a claim, negated subjects, and conditions held necessary
    ("It is not true that the cycle lane scheme harms trade.", "support"),
    ("Nobody on the town council is against the cycle lane scheme.", "support"),
    ("Without the cycle lane scheme, no child can ride to school safely.", "support"),
])
def test_news_attitudes_toward_a_keyword_topic(text, label):
    topic = topics.keyword_topic("cycle lanes", ["cycle lane scheme", "cycle lanes"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # feelings and verdicts of news quotes
    ("I am proud of the ferry link.", "support"),
    ("We are deeply concerned about the ferry link.", "oppose"),
    ("The ferry link is a step in the right direction.", "support"),
    ("The ferry link is a great idea.", "support"),
    ("The ferry link is money well spent.", "support"),
    ("The ferry link makes no sense.", "oppose"),
    ("The ferry service is too little, too late.", "oppose"),
    ("The ferry link is a vanity project.", "oppose"),
    ("The ferry link is deeply flawed.", "oppose"),
    ("The ferry link is dead in the water.", "oppose"),
    ("It would be madness to scrap the ferry service.", "support"),
    # hedged and plain judgements of whether it works or is worth it
    ("I think the ferry link could work.", "support"),
    ("The ferry link simply does not work.", "oppose"),
    ("The ferry link will work from March.", "neutral"),
    ("The ferry link is not worth the money.", "oppose"),
    ("The ferry link does more good than harm.", "support"),
    ("I would not rule out a ferry link.", "support"),
    ("I have no problem with the ferry link.", "support"),
    ("I have a real problem with the ferry link.", "oppose"),
    ("Islanders have been begging for the ferry link for years.", "support"),
    # questions that ask for what they name
    ("If the buses can run at night, why not the ferry service?", "support"),
    ("Is it really too much to ask for a ferry link that runs on time?", "support"),
    # a merit or a flaw granted before "but" leans the other way, unless what follows decides
    ("The ferry link sounds attractive, but the islanders will pay for it.", "oppose"),
    ("The ferry link will be expensive, but the islands deserve it.", "support"),
    ("The ferry link has its flaws, but the timetable is what people wanted.", "support"),
    ("The ferry link was discussed, but nothing was decided.", "neutral"),
    # an adjective that judges nothing here
    ("A great many people use the ferry service every day.", "neutral"),
])
def test_feelings_verdicts_and_concessions(text, label):
    topic = topics.keyword_topic("ferry link", ["ferry link", "ferry service"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # what an actor named by the topic does to something else
    ("Norway's envoys have given the fishing talks fresh momentum.", "support"),
    ("Norway is trying to wreck the fishing talks.", "oppose"),
])
def test_an_actor_topic_judged_by_its_effect(text, label):
    topic = topics.keyword_topic("Norway's role", ["Norway", "Norwegian"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # putting something in place is a position as a commitment, a report otherwise
    ("We will install heat pumps in every council flat by 2030.", "support"),
    ("We will introduce a heat pump grant next spring.", "support"),
    ("The council installed heat pumps in two schools last year.", "neutral"),
    ("We will put pressure on heat pump makers to cut prices.", "neutral"),
])
def test_commitments_to_put_the_topic_in_place(text, label):
    topic = topics.keyword_topic("heat pumps", ["heat pump", "heat pumps"])
    assert stance.classify(text, topic).label == label


def test_removal_labels_make_their_object_the_opposite():
    topic = topics.keyword_topic("medical debt relief", ["medical debt", "debt forgiveness"])
    assert topic.against == ("medical debt",) and topic.keywords == ("debt forgiveness",)
    assert stance.classify("Wiping out medical debt would be a blessing.", topic).label == "support"
    assert topics.keyword_topic("minimum wage", ["minimum wage"]).against == ()


@pytest.mark.parametrize("text, label", [
    ("We reject any return to the old voting system.", "support"),  # rejecting what the cue names
    ("We will never go back to the old voting system.", "support"),
    ("A return to the old voting system would suit us fine.", "oppose"),
])
def test_an_oppose_cue_that_starts_with_a_motion_verb_is_an_action_the_speaker_judges(text, label):
    topic = topics.Topic("electoral reform", keywords=("electoral reform",),
                         oppose_cues=("return to the old voting system", "go back to the old voting system"))
    assert stance.classify(text, topic).label == label


def test_neutral_when_nothing_fires_shows_no_cues():
    found = stance.classify("The talks took place in a hotel.", TAXONOMY["peace talks"])
    assert found == stance.Stance("neutral", 0.6, ())


def test_decisive_cues_are_shown():
    found = stance.classify("We call for an immediate ceasefire.", TAXONOMY["ceasefire"])
    assert found.label == "support" and "call for" in found.cues and 0.5 < found.confidence <= 0.95


def test_denial_flips_what_the_content_says():
    found = stance.classify("the government had ever supported the sanctions", TAXONOMY["sanctions"],
                            cue="denied", kind="indirect")
    assert found.label == "oppose" and found.cues[0] == "denied (denial)"


SEED = SHARED_EVAL / "seed.jsonl"


@pytest.mark.skipif(not SEED.exists(), reason="shared eval data not available")
@pytest.mark.parametrize("speaker, topic", [
    ("Sergey Lavrov", "foreign troop withdrawal"),
    ("Abdul Ghani Baradar", "foreign troop withdrawal"),
    ("Hamid Karzai", "Russia's role"),
])
def test_seed_speakers_stances(speaker, topic):
    article = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    text = article["text"]
    found = []
    for quote in article["quotes"]:
        if quote["speaker"] != speaker or not topics.match(TAXONOMY[topic], quote["text"]):
            continue
        around = text[max(0, quote["start"] - 80) : quote["end"] + 60]
        cue, _ = stance_eval.context_cue(quote["text"], around)
        found.append(stance.classify(quote["text"], TAXONOMY[topic], cue=cue, kind=quote["kind"]))
    assert found, f"no {speaker} quote on {topic}"
    assert all(s.label == "support" and s.cues for s in found)


# History: rules first tuned on stance_gold only; the held-out third then scored macro-F1 0.71. In the
# second round both were used for tuning (gold 0.896, held-out 0.958) and a fresh blind set, written
# before any rule change, was scored once before (macro-F1 0.716, topic accuracy 0.833) and once after
# (0.882, 0.875). Third round (general attitude, concession, denial and question rules, checked on our
# own stance_train2 shapes): gold 0.935, train2 0.869, held-out 0.958, blind 0.892 (its total only).
# Fourth round: stance_train3, 122 rows written before reading the rules, scored 0.536 before any change
# and 0.825 after (gold 0.941 -> 0.960; held-out, train2 and blind unchanged).
# Fifth round: stance_train4 (keyword-only topics named by derived forms, plurals and compounds) 0.511 ->
# 0.790, topic recall 0.840 -> 0.867 (gold, held-out, train2, train3 and blind unchanged).
# Sixth round (stance_blind2 made a tuning set: evaluative words as verdicts, concessions, reported
# denials): blind2 0.526 -> 0.614, held-out 0.958 -> 0.972; blind3 and blind4 (blind) unchanged.
# Round E10 (a broad evaluative lexicon as a fallback, no set's rows read for words): train3 0.842 ->
# 0.851, the other tuning sets unchanged; blind3 0.569 -> 0.597 and blind4 0.619 -> 0.633 (totals only).
# Round E11 (what the speaker wants done with the topic; double negation): blind 0.892 -> 0.912, train3
# 0.860 -> 0.870, the other tuning sets unchanged.
# Floors sit below those scores so a regression shows.
@pytest.mark.parametrize("name, min_f1", [
    ("stance_gold.jsonl", 0.93), ("stance_heldout.jsonl", 0.85), ("stance_blind.jsonl", 0.91),
    ("stance_train2.jsonl", 0.80), ("stance_train3.jsonl", 0.87),
])
def test_labelled_set_meets_targets(name, min_f1):
    rows = stance_eval.load_gold(str(DATA / name))
    assert len(rows) >= 80
    metrics, predictions = stance_eval.evaluate(rows, list(TAXONOMY.values()))
    assert metrics["stance"]["macro_f1"] >= min_f1
    assert metrics["topic"]["accuracy"] >= 0.85
    assert len(predictions) == len(rows) and {"id", "stance", "relevant", "cues"} == set(predictions[0])


def test_keyword_only_set_meets_targets():
    rows = stance_eval.load_gold(str(DATA / "stance_train4.jsonl"))
    metrics, _ = stance_eval.evaluate(rows, list(TAXONOMY.values()))
    assert metrics["stance"]["macro_f1"] >= 0.81
    assert metrics["topic"]["recall"] >= 0.86


def test_labelled_set_shape():
    rows = [json.loads(line) for name in ("stance_gold.jsonl", "stance_heldout.jsonl")
            for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 200 and len({r["id"] for r in rows}) == len(rows)
    irrelevant = sum(not r["relevant"] for r in rows) / len(rows)
    assert 0.10 <= irrelevant <= 0.20
    assert any("topic_keywords" in r for r in rows)
    labels = [r["stance"] for r in rows if r["relevant"]]
    assert min(labels.count(x) for x in STANCES) >= 0.25 * len(labels)


def test_context_cue():
    assert stance_eval.context_cue("troops to go", "The envoy urged troops to go.") == ("urged", "indirect")
    assert stance_eval.context_cue("We stay", '"We stay," he warned.') == ("warned", "direct")
    assert stance_eval.context_cue("x", None) == (None, None)


# --- stance over time ----------------------------------------------------------------------------


def build_history(db):
    """One speaker who backs a truce in March, then turns against it in June; a second who opposes."""
    db["people"].insert_all([{"id": 1, "name": "Mira Stone"}, {"id": 2, "name": "Owen Vale"}])
    quotes = [
        ("a1", "2024-03-02", 1, "We welcome the truce and want it extended."),
        ("a1", "2024-03-02", 2, "This truce is a trap."),
        ("a2", "2024-04-10", 1, "The truce was discussed on Monday."),
        ("a3", "2024-06-15", 1, "We reject this truce; it only helps the gunmen rearm."),
    ]
    ids = []
    for article, date, person, text in quotes:
        db["articles"].insert({"id": article, "text": text, "published": date}, ignore=True)
        ids.append(db["quotes"].insert({"article_id": article, "person_id": person, "text": text,
                                        "start": 0, "end": len(text), "kind": "direct"}).last_pk)
    topics.tag_quotes(db, ids)
    return ids, topics.find_topic(db, "ceasefire")["id"]


def test_person_stances_timeline_and_shift(isolated_db):
    db = open_db(isolated_db)
    ids, topic_id = build_history(db)
    rows = stance_history.person_stances(db, 1)
    assert [r["topic"] for r in rows] == ["ceasefire"]
    row = rows[0]
    assert (row["support"], row["oppose"], row["neutral"], row["stance"]) == (1, 1, 1, "mixed")
    assert [(d["date"], d["stance"]) for d in row["timeline"]] == [
        ("2024-03-02", "support"), ("2024-04-10", "neutral"), ("2024-06-15", "oppose")]
    assert stance_history.shifts(db, 1, topic_id) == [{
        "topic": "ceasefire", "from": "support", "to": "oppose", "from_date": "2024-03-02",
        "to_date": "2024-06-15", "from_quote_id": ids[0],
        "from_quote": "We welcome the truce and want it extended.",
        "to_quote_id": ids[3], "to_quote": "We reject this truce; it only helps the gunmen rearm.",
    }]


def test_topic_positions_lists_supporters_then_opponents(isolated_db):
    db = open_db(isolated_db)
    ids, topic_id = build_history(db)
    stance.set_stance(db, ids[3], "ceasefire", "support")
    rows, everyone = stance_history.topic_positions(db, topic_id)
    assert [(r["person"], r["stance"]) for r in rows] == [("Mira Stone", "support"), ("Owen Vale", "oppose")]
    assert rows[0]["quote_id"] == ids[3] and rows[1]["quote"] == "This truce is a trap."
    most = max(rows, key=lambda r: (r["support"] + r["oppose"], -r["person_id"]))
    assert stance_history.topic_positions(db, topic_id, limit=1) == ([most], everyone) == ([most], 2)


@pytest.mark.parametrize("text, label", [
    # verdicts news quotes use that the lexicons lacked (found on stance_train3)
    ("The tram extension works: journeys are twenty minutes shorter.", "support"),
    ("The tram extension was the right call.", "support"),
    ("The tram extension will save lives on our roads.", "support"),
    ("It would be foolish not to finish the tram extension.", "support"),
    ("The tram extension is a regressive grab.", "oppose"),
    ("The tram extension is dead on arrival.", "oppose"),
    ("The tram extension is a lazy fix for a real problem.", "oppose"),
    ("The tram extension has driven shoppers away from the market.", "oppose"),
    ("The tram extension puts pedestrians at risk.", "oppose"),
    ("Rip out the tram extension.", "oppose"),
])
def test_more_verdicts_and_removals(text, label):
    topic = topics.keyword_topic("tram extension", ["tram extension"])
    assert stance.classify(text, topic).label == label


def test_a_gerund_of_a_removal_verb_acts_on_the_topic():
    topic = topics.keyword_topic("leaf blower ban", ["leaf blowers", "leaf blower ban"])
    assert stance.classify("Banning leaf blowers is common sense.", topic).label == "support"


@pytest.mark.parametrize("text, label", [
    # a negated subject ("not one penny ... should"), the noun of an adjective-noun verdict, a verdict a few
    # words after the copula, and a plural pronoun pointing back to the topic
    ("Not one penny should go to the speed cameras.", "oppose"),
    ("Switching off the speed cameras was a historic blunder.", "support"),
    ("Speed cameras are one of the most effective tools we have.", "support"),
    ("We studied the speed cameras for a year; they are a disaster.", "oppose"),
])
def test_negated_subjects_noun_verdicts_and_pronouns(text, label):
    topic = topics.keyword_topic("speed cameras", ["speed camera"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # a keyword phrase written another way ("rent cap": "capping rents", "caps on rents") is still the target
    ("Capping rents is the only way to keep nurses in this city.", "support"),
    ("We will never accept caps on rents.", "oppose"),
])
def test_targets_found_as_topic_matching_finds_them(text, label):
    topic = topics.keyword_topic("rent cap", ["rent cap"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # what the speaker keeps fighting for: the "until" clause is the goal
    ("We will keep campaigning until the tram extension is scrapped.", "oppose"),
    ("We will not rest until the tram extension is finished.", "support"),
    ("The tram extension opens until midnight.", "neutral"),
    # who gains, and asking who gains
    ("Shop owners benefit from the tram extension.", "support"),
    ("Who exactly benefits from the tram extension?", "oppose"),
    ("The tram extension will protect local workers.", "support"),
    ("The tram extension lets the developers off the hook.", "oppose"),
])
def test_goals_and_beneficiaries(text, label):
    topic = topics.keyword_topic("tram extension", ["tram extension"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # what the topic would mean for people, and what it would force them to do
    ("The toll bridge means lower bills for commuters.", "support"),
    ("The toll bridge would mean longer queues and fewer buses.", "oppose"),
    ("The toll bridge will force small hauliers to close.", "oppose"),
    ("The toll bridge has no winners.", "oppose"),
    ("Stripping away the toll bridge funding puts commuters at risk.", "support"),
    # "expected" as a participle reports
    ("The toll bridge opens on Monday with heavy traffic expected.", "neutral"),
])
def test_consequences_for_people(text, label):
    topic = topics.keyword_topic("toll bridge", ["toll bridge"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # "without" heads a phrase: "X without consent is wrong" judges X; "Without X, ..." is a condition
    ("Building the toll bridge without consent is wrong.", "oppose"),
    ("Without the toll bridge, the town is a cul-de-sac.", "neutral"),
    ("Without the toll bridge, no lorry can reach the port.", "support"),
    ("Scrapping the toll bridge puts drivers' lives at risk.", "support"),
])
def test_without_heads_a_phrase(text, label):
    topic = topics.keyword_topic("toll bridge", ["toll bridge"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, topic, label", [
    # "lift" raises pay but removes a ban; putting a measure in place; a promise after "I'd"
    ("Lift the minimum wage now.", "minimum wage", "support"),
    ("We will bring in a minimum wage for apprentices.", "minimum wage", "support"),
    ("I'd go further and extend the minimum wage to interns.", "minimum wage", "support"),
    ("A minimum wage is the only honest answer to poverty pay.", "minimum wage", "support"),
    ("Lift the ban on street food stalls.", "street food ban", "oppose"),
])
def test_raising_pay_and_putting_measures_in_place(text, topic, label):
    keywords = {"minimum wage": ["minimum wage"],
                "street food ban": ["street food ban", "street food stalls"]}
    assert stance.classify(text, topics.keyword_topic(topic, keywords[topic])).label == label


@pytest.mark.parametrize("text, label", [
    # refusing to stay passive while something happens rejects it
    ("We will not stand by while the toll bridge is forced on us.", "oppose"),
    ("Residents won't stay silent while the toll bridge goes ahead.", "oppose"),
    ("We stood on the toll bridge while the sun set.", "neutral"),
])
def test_not_standing_by_while_something_happens(text, label):
    topic = topics.keyword_topic("toll bridge", ["toll bridge"])
    assert stance.classify(text, topic).label == label


def test_an_operator_word_inside_the_target_is_no_operator():
    topic = topics.keyword_topic("hosepipe ban", ["hosepipe ban"])
    assert stance.classify("The hosepipe ban is a lazy fix.", topic).label == "oppose"


@pytest.mark.parametrize("text, label", [
    # leaving something in a state is no departure; leaving a place is
    ("The hosepipe ban has punished gardeners and left the golf courses untouched.", "oppose"),
    ("The troops should leave the country by June.", "support"),
])
def test_leaving_something_in_a_state(text, label):
    topic = topics.keyword_topic("t", ["hosepipe ban"]) if "hosepipe" in text else TAXONOMY[W]
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # denying someone a right takes it away
    ("We must never deny nurses the right to strike.", "support"),
    ("We will not stay silent while nurses are denied the right to strike.", "support"),
])
def test_denying_a_right_removes_it(text, label):
    topic = topics.keyword_topic("right to strike", ["right to strike"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # letting or allowing something, and asking whether someone would let it happen to them
    ("We should allow the night market to stay open.", "support"),
    ("Would you let a night market open under your bedroom window?", "oppose"),
    ("The night market opens at six.", "neutral"),
])
def test_letting_and_would_you_questions(text, label):
    topic = topics.keyword_topic("night market", ["night market"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # cutting what nobody wants more of is a merit; pushing it up a harm
    ("The night market has cut crime in the old town.", "support"),
    ("The night market will push up rents for everyone nearby.", "oppose"),
    ("We will cut the night market budget.", "oppose"),
])
def test_effects_on_what_nobody_wants_more_of(text, label):
    topic = topics.keyword_topic("night market", ["night market"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # a threat against something going ahead opposes it; a plain condition takes no side
    ("If the night market goes ahead, residents will take the council to court.", "oppose"),
    ("If the night market is approved, we'll see them in court.", "oppose"),
    ("If the night market goes ahead, stalls will open at six.", "neutral"),
])
def test_threats_against_something_going_ahead(text, label):
    topic = topics.keyword_topic("night market", ["night market"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize("text, label", [
    # a "while" clause inside the subject: the verdict after it judges the subject
    ("Building the night market while the old town floods is madness.", "oppose"),
    ("We back the night market while the council reviews it.", "support"),
])
def test_a_while_clause_inside_the_subject(text, label):
    topic = topics.keyword_topic("night market", ["night market"])
    assert stance.classify(text, topic).label == label


_CONTRACTIONS = [("don't", "do not"), ("didn't", "did not"), ("doesn't", "does not"), ("can't", "cannot"),
                 ("won't", "will not"), ("wouldn't", "would not"), ("shouldn't", "should not"),
                 ("mustn't", "must not")]


@pytest.mark.parametrize("verb", ["support", "accept", "want", "need", "oppose", "close", "ban", "keep"])
@pytest.mark.parametrize(("short", "full"), _CONTRACTIONS, ids=[c[0] for c in _CONTRACTIONS])
def test_a_contracted_negation_reads_as_the_written_out_one(short: str, full: str, verb: str) -> None:
    topic = topics.keyword_topic("night market", ["night market"])
    contracted = stance.classify(f"We {short} {verb} the night market.", topic).label
    assert contracted == stance.classify(f"We {full} {verb} the night market.", topic).label


@pytest.mark.parametrize(("text", "label"), [
    ("I don't support the night market.", "oppose"),  # "n't" written onto its verb still negates
    ("We can't accept the night market.", "oppose"),
    ("We shouldn't close the night market.", "support"),  # the modal inside "shouldn't" is found
    ("We won't close the night market.", "support"),  # a refusal is a commitment, like "will not"
    ("Why shouldn't we have the night market?", "support"),
])
def test_contracted_negations(text: str, label: str) -> None:
    topic = topics.keyword_topic("night market", ["night market"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize(("text", "label"), [
    # a measure named after what it acts on is against it: the topic's own side
    ("We need to reinstate the harbour dredging ban.", "support"),
    ("The harbour dredging ban was a failure.", "oppose"),
    ("The council called for a crackdown on dredging and an end to silt.", "support"),
    # "control" acting on a harm reduces it
    ("The port must act to control silt pollution.", "support"),
])
def test_measures_named_after_the_opposite(text: str, label: str) -> None:
    topic = topics.keyword_topic("clean harbour", ["clean harbour", "harbour clean-up"])
    topic = type(topic)(**{**topic.__dict__, "against": ("harbour dredging", "silt pollution", "dredging")})
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize(("text", "label"), [
    # the topic as the subject of a merit or a harm it brings about
    ("The night market saves young people's lives.", "support"),
    ("Night markets protect the most vulnerable stallholders and their children.", "support"),
    ("The night market keeps the square busy and the cafes alive.", "support"),
    ("A night market would give the old bakeries a fighting chance.", "support"),
    ("The night market has brought in millions of tourist money.", "support"),
    ("The night market made the neighbours happier and more productive.", "support"),
    ("A weekly night market is exactly what shopkeepers asked for.", "support"),
    ("The night market has our full backing.", "support"),
    ("The night market has cut petty fraud and street injuries.", "support"),
    ("A night market would lock the council into years of cleaning bills.", "oppose"),
    ("The night market is stifling the small shops on the high road.", "oppose"),
    ("Night markets are throwing the day traders onto the scrapheap.", "oppose"),
    ("The night market has given us the highest rents in the county.", "oppose"),
    # a merit granted before "until" is conceded, like one before "but"
    ("A night market sounds lovely until you live above one.", "oppose"),
])
def test_merits_and_harms_the_topic_brings(text: str, label: str) -> None:
    topic = topics.keyword_topic("night market", ["night market"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize(("text", "label"), [
    # "do not think / believe" reaches the verb of the clause it denies
    ("I don't think this town needs a night market at all.", "oppose"),
    ("We do not believe the square needs the night market.", "oppose"),
    # kept off / out of: a passive removal
    ("The night market should be kept out of the conservation area.", "oppose"),
    # a need or a demand written as a noun is no attitude of the speaker's
    ("The night market now meets a tenth of the district's needs.", "neutral"),
    # an attitude with an object of its own bears on that object, not on the topic before it
    ("Night market traders voted heavily in favour of the new parking scheme.", "neutral"),
    ("Stallholders have every right to run a night market.", "support"),
    ("A night market is the only thing that will bring footfall back.", "support"),
    ("The night market freed the bakers to focus on bread.", "support"),
])
def test_denied_beliefs_nouns_and_attitudes_with_their_own_object(text: str, label: str) -> None:
    topic = topics.keyword_topic("night market", ["night market"])
    assert stance.classify(text, topic).label == label


def test_the_need_for_the_topic_still_calls_for_it():
    topic = topics.keyword_topic("night market", ["night market"])
    assert stance.classify("This shows the need for a night market.", topic).label == "support"


@pytest.mark.parametrize(("text", "label"), [
    # a label that starts with a removal verb makes its object the opposite
    ("We must end harbour dredging before the reef dies.", "support"),
    ("Harbour dredging keeps the port open and must continue.", "oppose"),
    # what the topic leaves behind never recovers: an irreversible harm
    ("Reef lost to dredging never comes back the same.", "support"),
    # "back" after a verb of motion is a particle, not "back the X"
    ("The harbour came back the same after the storm, dredging or not.", "neutral"),
])
def test_a_label_that_removes_its_object(text: str, label: str) -> None:
    topic = topics.keyword_topic("ending harbour dredging", ["dredging", "harbour dredging"])
    assert topic.against == ("dredging", "harbour dredging")
    assert stance.classify(text, topic).label == label


def test_bringing_back_the_opposite_policy_opposes_the_label():
    topic = topics.keyword_topic("ferry privatisation", ["privatisation", "nationalise"])
    assert stance.classify("Renationalising the ferries is the right call.", topic).label == "oppose"
    assert stance.classify("Privatisation of the ferries is the right call.", topic).label == "support"


@pytest.mark.parametrize(("text", "label"), [
    # "never again" denies that the harm comes back, however many words stand before it
    ("We have to make sure this valley never again turns into a shelter for terrorists.", "support"),
    ("This valley must never again become a shelter for terrorists.", "support"),
    ("This valley could become a shelter for terrorists again.", "neutral"),
])
def test_never_again_denies_the_harm_it_governs(text: str, label: str) -> None:
    assert stance.classify(text, TAXONOMY["counter-terrorism"]).label == label


@pytest.mark.parametrize(("text", "label"), [
    # evaluative words about the topic, read as a verdict and flipped by a negation
    ("A tram line is never a sign of weakness in a growing city.", "support"),
    ("Tram lines are reckless with public money.", "oppose"),
    ("A tram line here is unfair on the people who live along the route.", "oppose"),
    ("The tram line is probably right for the eastern suburbs.", "support"),
    ("A tram line on this scale is not sustainable.", "oppose"),
    ("Building the tram line would be a waste of a generation's savings.", "oppose"),
    # a denied verb of making reaches the verdict it makes
    ("The tram line will not make the commute cheaper.", "oppose"),
    ("The tram line has made the commute cheaper and fairer.", "support"),
    ("The tram line has kept the old market district alive.", "support"),
    # backing every or all of it
    ("I have backed every tram line proposal this council has seen.", "support"),
])
def test_evaluative_words_about_the_topic(text: str, label: str) -> None:
    topic = topics.keyword_topic("tram line", ["tram line", "tram lines"])
    assert stance.classify(text, topic).label == label


@pytest.mark.parametrize(("text", "label"), [
    # granting why others like it before a "but" leans against it
    ("I see why commuters like the idea of a tram line, but the bridge cannot take it.", "oppose"),
    # an attitude after "than" measures an outcome, it is nobody's wish
    ("The tram line carried fewer riders than the council had hoped.", "neutral"),
])
def test_granted_appeal_and_compared_hopes(text: str, label: str) -> None:
    topic = topics.keyword_topic("tram line", ["tram line", "tram lines"])
    assert stance.classify(text, topic).label == label


def test_a_reported_denial_in_the_quote_flips_what_it_denies():
    topic = topics.keyword_topic("tram line", ["tram line"])
    text = "the mayor denied that she planned to scrap the tram line"
    assert stance.classify(text, topic, cue="said", kind="indirect").label == "support"
    assert stance.classify("We deny that we oppose the tram line.", topic).label == "support"


LEVY = topics.keyword_topic("harbour levy", ["harbour levy", "harbour levies"])


@pytest.mark.parametrize(("text", "label"), [
    # the broad lexicon: the topic as subject of a judgement (copula, judging verb), its inflections
    ("The harbour levy has been a godsend for the lifeboat crews.", "support"),
    ("The harbour levy on visiting yachts is a lifeline.", "support"),
    ("The harbour levy plan is utterly ludicrous.", "oppose"),
    ("The harbour levy backfired within a month.", "oppose"),
    ("The harbour levy has simply strangled the fishing fleet.", "oppose"),
    ("Harbour levies always bleed the small boat owners.", "oppose"),
    ("The harbour levy transformed the quayside.", "support"),
    # an adjective before the topic, after a pointing determiner
    ("Here we are again with this heartless harbour levy.", "oppose"),
    ("What a farcical harbour levy.", "oppose"),
    # negation in the word's scope flips it
    ("The harbour levy is not a fiasco at all.", "support"),
    ("The harbour levy has never been a godsend.", "oppose"),
    # a removal by the topic of something judged bad
    ("Think of the chaos the harbour levy would end.", "support"),
    # a removal heading the subject: the verdict is on the removal
    ("Scrapping the harbour levy would be a godsend.", "oppose"),
    # "it" for the topic in the same sentence
    ("We voted for the harbour levy and it has been a boon.", "support"),
    # asides, the speaker's own verdict on an object, an extraposed verdict on doing something to it
    ("The harbour levy, frankly, is a godsend.", "support"),
    ("I find the harbour levy ludicrous.", "oppose"),
    ("It's sheer lunacy for the council to keep the harbour levy.", "oppose"),
    ("It was visionary for the town to introduce a harbour levy.", "support"),
    # a new sentence: its subject "that" or a verdict on its own judges the topic just named
    ("The council plans a harbour levy. That would be a godsend.", "support"),
    ("The council plans a harbour levy. Sheer lunacy.", "oppose"),
    # a relative clause on the topic itself
    ("The town got a harbour levy that is heartless.", "oppose"),
    # what leads somewhere shares its verdict
    ("The harbour levy is a step towards a nanny state.", "oppose"),
])
def test_broad_evaluative_lexicon_judges_the_topic(text: str, label: str) -> None:
    assert stance.classify(text, LEVY).label == label


@pytest.mark.parametrize("text", [
    # a judgement of someone else, of a phrase the topic is only part of, or reported as others' view
    "Critics of the harbour levy are cynical.",
    "Opponents say the harbour levy is ludicrous.",
    "The money from the harbour levy was a godsend.",
    # a question, a conditional, a clause of time, a passive done to the topic
    "Is the harbour levy a godsend?",
    "The harbour levy is a godsend, but the pier needs more than money.",
    "The harbour levy would be a godsend if the council spent it on the pier.",
    "When the harbour levy backfired, the mayor resigned.",
    "The harbour levy was hobbled by the courts.",
    # descriptions, not verdicts: an adjective after a plain article, a name, an object between
    "They did a heartless job on the harbour levy.",
    "The harbour levy is Brilliant Marine's idea.",
    "The harbour levy asks sailors to pay off the pier loan.",
    # a factual report has no word of judgement
    "The harbour levy raised four million pounds last year.",
    # in a new sentence only a subject "it/this/that" stands for the topic, not an object
    "The harbour levy starts in May. Lawyers call it a godsend.",
])
def test_broad_lexicon_keeps_other_judgements_neutral(text: str) -> None:
    assert stance.classify(text, LEVY).label == "neutral"


def test_broad_lexicon_inflections_by_rule() -> None:
    forms = stance._broad_lexicon()
    assert forms["cripples"] == forms["crippled"] == (-1, stance._VERB) and forms["crippling"][0] == -1
    assert forms["robbed"][0] == forms["robbing"][0] == -1
    assert forms["paid off"][0] == 1 and forms["lifelines"] == (1, stance._NOUN)
    lines = (Path(stance.__file__).parent / "data" / "evaluative.txt").read_text().splitlines()
    entries = [line for line in lines if line and not line.startswith(("#", "["))]
    assert 400 <= len(entries) <= 900 and len(forms) > len(entries)


@pytest.mark.parametrize("text, cue, kind, label", [
    # only the speaker's own denial turns the claim around
    ("We deny that the sanctions are harmful.", None, None, "support"),
    ("You cannot deny that the sanctions are harmful.", None, None, "oppose"),
    ("The opposition denied that the sanctions are harmful, but they are.", None, None, "oppose"),
    # an indirect quote reports its subject's denial ("[she said] the minister denied that ...")
    ("the minister denied that the sanctions are harmful", "said", "indirect", "support"),
])
def test_denial_is_the_speakers_own(text: str, cue: str | None, kind: str | None, label: str) -> None:
    assert stance.classify(text, TAXONOMY["sanctions"], cue=cue, kind=kind).label == label


@pytest.mark.parametrize("text, label", [
    ("The sanctions are right.", "support"),
    # "right" inside a longer word or a set phrase is no verdict
    ("The sanctions are right-wing posturing.", "neutral"),
    ("The sanctions are right in line with what we expected.", "neutral"),
])
def test_right_is_a_verdict_only_alone(text: str, label: str) -> None:
    assert stance.classify(text, TAXONOMY["sanctions"]).label == label


@pytest.mark.parametrize("text, label", [
    # a verdict alone as the next sentence judges the topic, capitalised as any sentence start
    ("The council announced peace talks on Monday. Sheer madness.", "oppose"),
    ("The council announced peace talks on Monday. Madness.", "oppose"),
    # a capital inside a clause is a name, not a verdict
    ("The Great Recession followed the peace talks.", "neutral"),
])
def test_verdict_fragment_at_a_sentence_start(text: str, label: str) -> None:
    assert stance.classify(text, TAXONOMY["peace talks"]).label == label


def test_broad_lexicon_phrase_across_a_line_break() -> None:
    # the shared prefix-tree pattern takes any blank between a phrase entry's words
    hits = stance._broad_hits("the peace talks are sheer\nmadness")
    assert [(h.words, h.sign) for h, _ in hits] == [("sheer\nmadness", -1)]


def test_verdict_word_lists_hold_each_entry_once() -> None:
    for words in (stance._EVAL_POS_WORDS, stance._EVAL_NEG_WORDS):
        assert len(set(words)) == len(words)
    # the broad lexicon's words of judgement are left to it
    assert not {"damaging", "short-sighted", "wasteful", "costly", "draconian"} & set(stance._EVAL_NEG_WORDS)


@pytest.mark.parametrize("text, label", [
    ("The tariffs have paid off.", "oppose"),
    # an irregular participle of a hand-listed verb after "were ... by" is done to the topic
    ("The tariffs were paid off by the exporters.", "neutral"),
    ("The tariffs were brought together by the exporters.", "neutral"),
])
def test_irregular_participles_make_a_passive(text: str, label: str) -> None:
    assert stance.classify(text, TAXONOMY["free trade"]).label == label
    assert {"paid", "made", "brought", "gone", "fallen", "borne", "ridden"} <= stance._irregular_participles()


def test_broad_lexicon_lists_each_entry_once_per_section() -> None:
    lines = (Path(stance.__file__).parent / "data" / "evaluative.txt").read_text().splitlines()
    section, seen = "", set()
    for line in (line.strip() for line in lines if line.strip() and not line.startswith("#")):
        section = line if line.startswith("[") else section
        assert (section, line) not in seen, line
        seen.add((section, line))


@pytest.mark.parametrize("text", [
    # verbs that report what a measure did, not a judgement of it
    "The sanctions disrupted shipping in the gulf for a week.",
    "The sanctions have divided the cabinet.",
    "The sanctions crushed the rouble within a month.",
    "The sanctions excluded two banks from the payment system.",
])
def test_descriptive_verbs_take_no_side(text: str) -> None:
    assert stance.classify(text, TAXONOMY["sanctions"]).label == "neutral"


_LEVY = topics.keyword_topic("harbour levy", ["harbour levy"])


@pytest.mark.parametrize("text, label", [
    # what the speaker wants done with the topic: a verb of advancing or of removing it as the object of
    # a modal, a commitment or a call; a negation flips it
    ("We will vote down the harbour levy.", "oppose"),
    ("Ministers must ditch the harbour levy before the summer.", "oppose"),
    ("The council should kill off the harbour levy.", "oppose"),
    ("We must not ditch the harbour levy.", "support"),
    ("The assembly should pass the harbour levy this year.", "support"),
    ("I will never vote to scrap the harbour levy.", "support"),
    # the topic as subject of a verb of ending or going on after a modal
    ("The harbour levy must end.", "oppose"),
    ("The harbour levy has to go.", "oppose"),
    ("The harbour levy should continue.", "support"),
    # a passive after a modal of obligation or of what cannot be, verbs of refusing included
    ("The harbour levy cannot be abandoned.", "support"),
    ("The harbour levy should be rejected.", "oppose"),
    ("The harbour levy must not be rejected.", "support"),
    ("The harbour levy should never be rejected.", "support"),
    # the measure named by its head in the sentence after the one that names the topic
    ("The harbour levy is back on the agenda. We should approve the measure at once.", "support"),
    # ... but not a head that what follows names: another plan, judged apart from the topic
    ("We back the harbour levy. The policy of the opposition is a disaster.", "support"),
    ("We back the harbour levy. The plan for the ferries is a disaster.", "support"),
    # reports, plans and other senses of the verbs take no side
    ("The harbour levy was abandoned last spring.", "neutral"),
    ("The harbour levy will be scrapped in May.", "neutral"),
    ("Ferry fares will drop once the harbour levy is in place.", "neutral"),
    ("The council voted to keep the harbour levy.", "neutral"),
    ("The fishermen's sacrifices built the harbour levy fund.", "neutral"),
    ("His undoing was the harbour levy.", "neutral"),
])
def test_what_the_speaker_wants_done_with_the_topic(text: str, label: str) -> None:
    assert stance.classify(text, _LEVY).label == label


def test_ending_the_topic_is_against_it() -> None:
    assert stance.classify("The harbour levy has to stop.", _LEVY).label == "oppose"


@pytest.mark.parametrize("text, label", [
    # a passive after a modal acts on its subject, not on a topic inside the subject's phrase
    ("Critics of the harbour levy should be rejected.", "support"),
    # ... but a measure's head is the measure, and a conjunction ends the phrase before the subject
    ("The plan for a harbour levy should be scrapped.", "oppose"),
    ("Prices are out of control and the harbour levy must stop.", "oppose"),
])
def test_a_passive_demand_falls_on_its_subject(text: str, label: str) -> None:
    assert stance.classify(text, _LEVY).label == label


@pytest.mark.parametrize("text, label", [
    # a negated verb of thinking denies the claim: the claim's verdict flips, once
    ("No one thinks the harbour levy is harmful.", "support"),
    ("Nobody believes the harbour levy works.", "oppose"),
    ("Nobody thinks we should keep the harbour levy.", "oppose"),
    # a negated verb of doubting denies the doubt: the claim stands as said
    ("No one doubts that the harbour levy works.", "support"),
    ("Nobody seriously disputes that the harbour levy is a mistake.", "oppose"),
    ("I don't doubt the harbour levy is fair.", "support"),
])
def test_double_negation(text: str, label: str) -> None:
    assert stance.classify(text, _LEVY).label == label


@pytest.mark.parametrize("text, topic, label", [
    # verbs of checking or reducing remove their object, as "curb" and "tackle" do
    ("We need further action to stem gun violence.", "gun control", "support"),
    ("We must stem the spread of extremism.", "counter-terrorism", "support"),
    ("We will stamp out corruption in every ministry.", "anti-corruption", "support"),
    ("The government must clamp down on graft.", "anti-corruption", "support"),
    ("We must stem the flow of migrants.", "refugees and migration", "oppose"),
    ("We will halve the number of refugees next year.", "refugees and migration", "oppose"),
    # ... but a noun or "stems from" is no remedy
    ("The violence stems from lax gun laws.", "gun control", "neutral"),
    ("The fighting stemmed from a dispute over the truce.", "ceasefire", "neutral"),
])
def test_remedy_verbs_remove_their_object(text: str, topic: str, label: str) -> None:
    assert stance.classify(text, TAXONOMY[topic]).label == label


@pytest.mark.parametrize("text, topic, label", [
    # action on a harm, or doing something about it, is a measure against it: the topic's own side
    ("We need real action on gun violence.", "gun control", "support"),
    ("Congress must do something about gun violence.", "gun control", "support"),
    # ignoring a harm is no fight against it: against the topic that fights it
    ("We will not turn a blind eye to torture.", "human rights", "support"),
    ("We must never ignore the abuses in our prisons.", "human rights", "support"),
])
def test_acting_on_or_ignoring_a_harm(text: str, topic: str, label: str) -> None:
    assert stance.classify(text, TAXONOMY[topic]).label == label


@pytest.mark.parametrize("text, topic, label", [
    # a cut or a reduction named after the opposite is a measure against it
    ("We welcome the troop cuts announced today.", "foreign troop withdrawal", "support"),
    ("We want deep reductions in tariffs.", "free trade", "support"),
    ("We must limit the number of refugees.", "refugees and migration", "oppose"),
    # putting something out of business ends it; putting police on the streets keeps them
    ("We will put the cartels out of business.", "counter-narcotics", "support"),
    ("We will put more police on the streets.", "security", "support"),
    # a comma ends an operator's object: only the last verb of a list acts on the target
    ("We are committed to ending poverty, to fighting terrorism.", "counter-terrorism", "support"),
])
def test_measures_against_the_opposite_and_list_breaks(text: str, topic: str, label: str) -> None:
    assert stance.classify(text, TAXONOMY[topic]).label == label
