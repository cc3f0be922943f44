"""Stance of a quote toward a topic (support / oppose / neutral) and user corrections.

The classifier is a small cue grammar, not a sentiment score. In each clause that names the topic:

    score = attitude x operators x target

* attitude: what the speaker does to what follows ("urge", "should", "reject", "a mistake"), +1 or
  -1, flipped by a negation ("should not", "never accept"); +1 when the clause only asserts;
* operators: verbs that remove or undo their object ("end", "lift", "stop", "no ..."), each -1;
* target: +1 for a topic keyword, -1 for an ``against`` phrase ("occupation" for troop withdrawal).

So "called for an end to the occupation" = (+1)(-1)(-1) = support withdrawal. A topic's own cue
phrases replace operators and target ("lift" the sanctions = -1). The quote's cue verb ("urged",
"denied") joins the first clause of indirect speech. Nothing fired means neutral, never a guess.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import sqlite_utils

from quotetrack import topics as topics_mod
from quotetrack.errors import NotFoundError, QueryError
from quotetrack.lexicon import trie_alternation
from quotetrack.model import STANCES
from quotetrack.topics import Topic


@dataclass(frozen=True)
class Stance:
    """A classified stance and the words that decided it (empty when neutral by default)."""

    label: str
    confidence: float
    cues: tuple[str, ...] = ()


# --- lexicons ------------------------------------------------------------------------------------


_LEADING_GROUP = re.compile(r"^\(\?:([\w' |-]+)\)(\??)")


def _expand(entry: str) -> list[str]:
    """A leading plain group becomes separate entries ("(?:a|an) blow" -> "a blow", "an blow") so each
    starts with a letter; an optional one ("(?:a )?farce") also yields the entry without it."""
    found = _LEADING_GROUP.match(entry)
    if not found:
        return [entry]
    rest = entry[found.end() :]
    out = [e for option in found.group(1).split("|") for e in _expand(option + rest)]
    return out + (_expand(rest) if found.group(2) else [])


def _grouped(words: Iterable[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The entries of a lexicon, longest first: those that do not start with a plain letter, and the rest
    of each other entry grouped by its first letter."""
    ordered = sorted((e for w in words for e in _expand(w)), key=len, reverse=True)
    other = [w for w in ordered if not (w[:1].isalpha() and w[1:2] not in ("?", "*", "{", "+"))]
    groups: dict[str, list[str]] = {}
    for w in ordered:
        if w not in other:
            groups.setdefault(w[0].lower(), []).append(w[1:])
    return other, groups


def _alt(*words: str) -> str:
    """One alternation, longest first, factored by first letter: the regex engine then tries one letter
    per position instead of every entry (several times faster on long lexicons)."""
    other, groups = _grouped(words)
    # The letter as a class of what IGNORECASE matches there (ASCII only here): unlike an IGNORECASE
    # literal, the engine rejects a branch starting with it after one test, without entering it.
    branches = [f"(?-i:[{topics_mod.case_folds(c)}])(?:{'|'.join(rest)})"
                for c, rest in sorted(groups.items())]
    return "|".join(other + branches)


_ATT_POS_WORDS = (
    r"urg(?:e|es|ed|ing)",
    r"call(?:s|ed|ing)? (?:for|on|upon)",
    r"should",
    r"must",
    r"ought to",
    r"needs?",
    r"needed",
    r"ha(?:s|ve|d) to",
    r"demand(?:s|ed|ing)?",
    r"welcom(?:e|es|ed|ing)",
    r"support(?:s|ed|ing)?",
    r"back(?:s|ed|ing)? (?:the|a|an|this|our|their|his|her|every|all|any)",
    r"endors(?:e|es|ed|ing)",
    r"favou?r(?:s|ed|ing)?",
    r"prais(?:e|es|ed|ing)",
    r"applaud(?:s|ed|ing)?",
    r"committed to",
    r"ready to",
    r"willing to",
    r"wants?",
    r"wanted",
    r"hop(?:e|es|ed|ing)",
    r"insist(?:s|ed|ing)? on",
    r"push(?:es|ed|ing)? for",
    r"press(?:es|ed|ing)? for",
    r"advocat(?:e|es|ed|ing)",
    r"agree(?:s|d|ing)? to",
    r"accept(?:s|ed|ing)?",
    r"embrac(?:e|es|ed|ing)",
    r"encourag(?:e|es|ed|ing)",
    r"look(?:s|ing)? forward to",
    r"determined to",
    r"pledg(?:e|es|ed|ing)",
    r"vow(?:s|ed|ing)? to",
    r"promis(?:e|es|ed|ing) to",
    r"seek(?:s|ing)?",
    r"expects?",
    r"expected(?= to | that )",
    r"time to",
    r"time for",
    r"let(?:'s| us)",
    r"let(?= (?:\w+ ){1,3}\w+)",
    r"allow(?:s|ed|ing)?",
    r"permit(?:s|ted|ting)?",
    r"deserves?",
    r"recogni[sz](?:e|es|ed|ing)",
    r"toler(?:ate|ates|ated|ating)",
    r"(?:am|is|are|was|were|be|'m|'re)(?:\s+not|n't)\s+(?:against|opposed to)",
    r"stand(?:s|ing)? (?:firmly |squarely |fully )?(?:by|behind|with)",
    r"stood (?:by|behind|with)",
    r"open to",
    r"(?:would|'d) (?:like|love) to see",
    r"(?:would|'d) like",
    r"wants? to see",
    r"champion(?:s|ed|ing)?",
    r"(?:fully|strongly|firmly|wholeheartedly) back(?:s|ed|ing)?",
    r"the time has come (?:to|for)",
    r"proud of",
    r"(?:and )?rightly so",
    r"(?:have|has|see|sees) no problems? with",
    r"(?:would not|wouldn't|will not|won't|do not|don't) rule out",
    r"(?:begging|crying out|clamoring|clamouring) for",
    r"pleased (?:with|by|about)",
    r"delighted (?:with|by|about)",
    r"glad",
    r"(?:am|is|are|was|were|'m|'re) right to",
    r"(?:has|have|had) (?:a|the|every) right to",
    r"vot(?:e|es|ed|ing) for",
    r"vot(?:e|es|ing) to",  # "we will vote to scrap X"; "voted to" reports a count, not a wish
    r"fight(?:s|ing)? for",
    r"fought for",
    r"campaign(?:s|ed|ing)? for",
    r"(?:a|the) (?:big |great |huge )?fan of",
    r"in favou?r of",
    r"optimistic about",
    r"(?:cannot|can't) afford not to",
    r"exactly what (?:\w+ ){0,3}needs?",
    r"ha(?:s|ve|d) (?:our|my|the|their|his|her) (?:full |complete |total |unanimous )?(?:backing|support)",
)
_ATT_POS = _alt(*_ATT_POS_WORDS)
_ATT_NEG_WORDS = (
    r"reject(?:s|ed|ing)?",
    r"condemn(?:s|ed|ing)?",
    r"refus(?:e|es|ed|ing)",
    r"oppos(?:e|es|ed|ing)",
    r"denounc(?:e|es|ed|ing)",
    r"(?:am|is|are|was|were|be|stand|stood|vote|voted) against",
    r"critici[sz](?:e|es|ed|ing)",
    r"object(?:s|ed|ing)? to",
    r"resist(?:s|ed|ing)?",
    r"warn(?:s|ed|ing)? against",
    r"veto(?:es|ed|ing)?",
    r"deplor(?:e|es|ed|ing)",
    r"decr(?:y|ies|ied|ying)",
    r"slam(?:s|med|ming)?",
    r"dismiss(?:es|ed|ing)?",
    r"protest(?:s|ed|ing)? against",
    r"cannot afford",
    r"can't afford",
    r"objections? to",
    r"opposition to",
    r"fight(?:s|ing)? against",
    r"campaign(?:s|ed|ing)? against",
    r"will not stand for",
    r"never accept",
    r"(?:serious |grave |real )?doubts about",
    r"not convinced",
    r"no (?:case|need) for",
    r"(?:deeply |very |gravely |seriously )?(?:concerned|worried) (?:about|by|over)",
    r"alarmed (?:at|by)",
    r"(?:have|has) (?:a |real |serious |big ){1,2}problems? with",
    r"scepti(?:c|cal) (?:of|about)",
    r"skepti(?:c|cal) (?:of|about)",
)
_ATT_NEG = _alt(*_ATT_NEG_WORDS)
# "works" judges only at the end of a clause or with "well", "for us" ("it will work from March" reports).
# What nobody wants more of: cutting it is a merit, raising it a harm.
_HARMS = (r"(?:traffic|crime|pollution|congestion|costs|bills|rents|waiting (?:times|lists)|deaths|"
          r"accidents|poverty|homelessness|obesity|debt|queues|decay|emissions|fraud|injuries|overruns)\b")
_LESS = (r"cut(?:s|ting)?", r"reduc(?:e|es|ed|ing)", r"lower(?:s|ed|ing)?", r"slash(?:es|ed|ing)?",
         r"halv(?:e|es|ed|ing)")
_MORE = (r"increas(?:e|es|ed|ing)", r"rais(?:e|es|ed|ing)", r"doubl(?:e|es|ed|ing)", r"push(?:es|ed|ing)? up",
         r"driv(?:e|es|en|ing) up")
_WORKS_END = r"""(?=\s*(?:[.,;:!?"]|$)|\s+(?:well|better|here|for (?:us|everyone|people|families)))"""
_EVAL_POS_WORDS = (
    r"good",
    r"positive",
    r"important",
    r"essential",
    r"vital",
    r"necessary",
    r"crucial",
    r"the only way",
    r"the only thing (?:that )?(?:will|can|would|could)",
    r"the only path",
    r"the right thing",
    r"(?:a|an) step forward",
    r"progress",
    r"success(?:ful)?",
    r"beneficial",
    r"advantages?",
    r"in the interests? of",
    r"key to",
    r"the best way",
    r"best",
    r"historic",
    r"welcome",
    r"good relations",
    r"friendly relations(?:hip)?",
    r"a priority",
    r"long overdue",
    r"(?:a|the) right to",
    r"is a right",
    r"stronger",
    r"safer",
    r"better",
    r"momentum",
    r"common[- ]?sense",
    r"justice",
    r"the least",
    r"(?:a|our|the) (?:moral )?(?:duty|obligation)",
    r"no alternative to",
    r"(?:the )?clean(?:est)?",
    r"reliable",
    r"in (?:everyone's|our|the national|the public) interests?",
    r"constructive",
    r"helpful",
    r"effective",
    r"working",
    r"(?:is|are|has|have) worked",
    r"(?:a|an) (?:lifeline|win|victory|opportunity)",
    r"fair",
    r"sensible",
    r"reasonable",
    r"wise",
    r"not up for negotiation",
    r"non-negotiable",
    r"fundamental",
    r"(?:the|a) (?:answer|solution)",
    r"the only (?:\w+ )?(?:answer|solution|option|hope)",
    r"overdue",
    r"cheapest",
    r"fairest",
    r"wonderful",
    r"worth (?:trying|a try|doing|considering|exploring|it)",
    r"mak(?:e|es) sense",
    r"the only (?:protection|hope|option|chance|defence|defense)",
    r"(?:our|the) best hope",
    r"(?:a )?step in the right direction",
    r"great",
    r"excellent",
    r"(?:a|an) (?:huge |great |real )?benefit",
    r"(?:a )?no-brainer",
    r"money well spent",
    r"(?:could|can|will|would|might|does|do) work" + _WORKS_END,
    r"works" + _WORKS_END,
    r"worth a look",
    r"worth (?:the|every) (?:money|cost|price|penny|effort)",
    r"(?:will|would|could) pay for itself",
    r"more good than harm",
    r"(?:good|great|excellent) news",
    r"g(?:ive|ives|ave|iven|iving) (?:\w+ ){0,3}(?:new |fresh |real )?(?:momentum|impetus|hope)",
    r"creat(?:e|es|ing) (?:\w+ ){0,3}jobs",
    r"(?:would|will|could|can|might) (?:really |greatly )?help",
    r"the right (?:call|decision|choice|move|step|approach)",
    r"healthier",
    r"humane",
    r"affordable",
    r"sav(?:e|es|ed|ing) (?:[\w']+ ){0,2}lives",
    r"protect(?:s|ed|ing)? (?:[\w']+ ){0,3}(?:jobs|workers|families|consumers|farmers|industry|industries|"
    r"vulnerable|patients|residents|children|lives|the public)",
    r"ke(?:ep|eps|eping|pt) (?:[\w']+ ){0,6}alive",
    r"g(?:ive|ives|ave|iven|iving) (?:[\w']+ ){0,3}(?:a |an )?(?:fighting |real |fair |better )?chance",
    r"br(?:ing|ings|inging|ought) in (?:[\w']+ ){0,3}(?:investment|jobs|money|revenue)",
    r"happier",
    r"fre(?:es|ed|eing) (?:[\w']+ ){1,2}to (?:\w+ )?(?:help|focus|spend|care|work|serve)",
    r"more productive",
    r"(?:exactly |just )?what (?:[\w']+ ){1,2}(?:asked|voted|called) for",
    r"g(?:ive|ives|ave|iving) (?:\w+ ){0,3}access to",
    r"benefit(?:s|ed|ing)? from",
    *(verb + r" (?:\w+ ){0,2}" + _HARMS for verb in _LESS),
    r"mean(?:s|t)? (?:\w+ )?(?:more|better|higher wages|lower bills|lower prices|real money|cheaper)",
    r"level(?:s|led|ling)? the playing field",
    r"(?:foolish|mad|crazy|wrong|silly) not to",
    r"cheaper",
    r"fairer",
    r"sustainable",
    r"needed",
    r"justified",
    r"worthwhile",
    # "is right" judges; "right now", "right-wing", "right in line", "to the right", "right on/about X",
    # "..., right?" do not
    r"right(?<!the right)(?<!far right)"
    r"(?![\w-]| now| in| away| here| there| to| of| on| about| wing| after| before| across| through|\s*\?)",
)
_EVAL_POS = _alt(*_EVAL_POS_WORDS)
_EVAL_NEG_WORDS = (
    r"mistake",
    r"disast(?:er|rous)",
    r"dangerous",
    r"threat",
    r"obstacles? to",
    r"illegal",
    r"unconstitutional",
    r"unacceptable",
    r"wrong",
    r"failure",
    r"catastroph(?:e|ic)",
    r"disgrace(?:ful)?",
    r"shameful",
    r"irresponsible",
    r"reckless",
    r"premature",
    r"rushed",
    r"hasty",
    r"counterproductive",
    r"counter-productive",
    r"harmful",
    r"(?:a|an) blow to",
    r"unjust",
    r"unfair",
    r"absurd",
    r"outrageous",
    r"betray(?:s|ed|al)?",
    r"bad",
    r"terrible",
    r"worst",
    r"(?:a|an) violation of",
    r"ill-advised",
    r"misguided",
    r"kill(?:s|ing)? jobs",
    r"killing",
    r"destroy(?:s|ed)?",
    r"hurt(?:s|ing)?",
    r"punish(?:es|ed|ing)?",
    r"poison(?:s|ed|ing)?",
    r"freefall",
    r"sham",
    r"trap",
    r"excuse",
    r"waste of",
    r"witch hunt",
    r"a tool to",
    r"so-called",
    r"(?:a )?farce",
    r"charade",
    r"(?:a|an) (?:gift|reward|boost|victory) (?:to|for) (?:the )?"
    r"(?:enemy|enemies|terrorists?|extremists?|insurgents?|aggressors?|regime|criminals?)",
    r"(?:a|an) (?:slap in the face|attack on|assault on|affront to|insult to|recipe for|magnet for)",
    r"(?:a|an) licen[cs]e to",
    r"(?:a )?blank (?:cheque|check)",
    r"(?:a )?luxury",
    r"(?:a )?step back(?:wards?)?",
    r"reward(?:s|ed|ing)?",
    r"embolden(?:s|ed|ing)?",
    r"prolong(?:s|ed|ing)?",
    r"(?:would|will|could|can) only (?:serve to )?(?:\w+)",
    r"play(?:s|ed|ing)? into the hands of",
    r"ha(?:s|ve|d) no (?:place|business|future)",
    r"no place (?:in|on)",
    r"(?:has|have|had) failed",
    r"failed to",
    r"(?:is|are) failing",
    r"failing",
    r"ineffective",
    r"useless",
    r"pointless",
    r"futile",
    r"unaffordable",
    r"cruel",
    r"inhumane",
    r"immoral",
    r"naive",
    r"(?:an )?outrage",
    r"scandal(?:ous)?",
    r"(?:a )?danger",
    r"(?:a )?distraction",
    r"(?:a )?burden",
    r"(?:a )?tax on",
    r"bankrupt",
    r"cost(?:s|ing)? jobs",
    r"lies",
    r"(?:a )?lie",
    r"(?:a )?joke",
    r"(?:a )?monument to",
    r"not the (?:answer|solution|way)",
    r"error",
    r"blunder",
    r"folly",
    r"unworkable",
    r"unrealistic",
    r"(?:a )?white elephant",
    r"(?:an )?eyesore",
    r"(?:far |much )?too (?:expensive|costly|slow|risky)",
    r"crippl(?:e|es|ing)",
    r"too little,? too late",
    r"mak(?:e|es) no sense",
    r"doomed",
    r"(?:a|an) con(?:-trick| trick)?",
    r"(?:a )?mess",
    r"(?:a )?shambles",
    r"(?:a )?vanity project",
    r"dead in the water",
    r"(?:deeply |fundamentally |seriously )?flawed",
    r"madness",
    r"insanity",
    r"bad news",
    r"(?:will not|won't|would not|wouldn't|cannot|can't|does not|doesn't|do not|don't) work" + _WORKS_END,
    r"not worth (?:the|it)",
    r"(?:trying|tries|tried|seeking|seeks|sought|want|wants|wanted) to "
    r"(?:undermine|sabotage|derail|wreck|destroy|strangle|stifle)",
    r"never (?:comes?|came|grows?|grew|recovers?|recovered)(?: back)?",
    r"strangl(?:e|es|ed|ing)",
    r"stifl(?:e|es|ed|ing)",
    r"lock(?:s|ed|ing)? (?:[\w']+ ){0,2}into",
    r"thr(?:ow|ows|own|owing|ew) (?:[\w']+ ){0,4}(?:on|onto|on to) the scrap ?heap",
    r"g(?:ive|ives|ave|iven|iving) (?:[\w']+ ){0,2}(?:the )?(?:highest|higher|worst) "
    r"(?:fares|prices|bills|costs|rents)",
    r"harm(?:s|ed|ing)?",
    r"(?:would|will|could) (?:drive|force|push) (?:\w+ ){0,3}out",
    r"driv(?:e|es|en|ing) (?:\w+ ){0,3}away",
    r"drove (?:\w+ ){0,3}away",
    r"put(?:s|ting)? (?:[\w']+ ){0,4}at risk",
    r"hit(?:s|ting)? (?:\w+ ){0,3}hardest",
    r"overreach",
    r"lazy",
    r"regressive",
    r"(?:a )?(?:cash )?grab",
    r"trag(?:edy|ic)",
    r"vandalism",
    r"self-harm",
    r"dead on arrival",
    r"(?:a )?fantasy",
    r"nanny[- ]state",
    r"worse",
    r"no winners",
    *(verb + r" (?:\w+ ){0,2}" + _HARMS for verb in _MORE),
    r"mean(?:s|t)? (?:\w+ )?(?:fewer|less|longer|worse|lost|job losses|higher prices|higher bills)",
    r"forc(?:e|es|ed|ing) (?:\w+ ){0,3}to (?:cut|close|shut|lay off|sack|raise prices|leave|quit|move)",
    r"(?:let|lets|letting) (?:\w+ ){0,3}off the hook",
    r"(?:a )?sign of weakness",
    r"(?:a|an) (?:complete |total |utter )?(?:waste|disgrace|scandal|outrage|insult|betrayal|blow to)",
    r"(?:a|an) (?:\w+ )?gift to",
)
_EVAL_NEG = _alt(*_EVAL_NEG_WORDS)
# Evaluations that act like verbs ("killing jobs") count anywhere; the rest only as a verdict: after a
# copula or "as" ("is a mistake", "denounced X as an obstacle") or right before a target ("hasty withdrawal").
_EVAL_VERB = re.compile(
    r"^(?:kill|destroy|hurt|punish|poison|betray|so-called|reward|embolden|prolong|cost|would|will|could|"
    r"can|play|ha[sdv]e? no|no place|has failed|have failed|had failed|failed to|is failing|are failing|"
    r"bankrupt|make|makes|creat|crippl|harm|doomed|giv|gave|trie|tryi|seek|soug|want|does|do\b|won't|wouldn't|"
    r"can't|doesn't|don't|more good|sav|protect|level|driv|drove|put|hit|nanny|the right|"
    r"foolish|mad|crazy|silly|works|benefit|let|no winners|mean|forc|"
    r"keep|kept|bring|brought|strangl|stifl|lock|throw|threw|fre|never|"
    r"cut|reduc|lower|slash|halv|increas|rais|doubl|push)",
    re.I,
)
_COPULA = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|become|becomes|became|seems?|as|remains?|makes?|made|making|keeps?|keeping)|'s|'re)\W+(?:\w+\W+){0,4}$",
    re.I,
)
# What "lift" raises rather than removes ("lift the minimum wage", not "lift the ban").
_AMOUNT = (r" (?:the |their |our |your )?(?:minimum |national |living |basic )?"
           r"(?:wages?|pay|salar\w*|pensions?|incomes?)\b")
# "left the elite untouched", "leaves parents unable to": leaving something in a state, not departing.
_RESULT = (r" (?:[\w']+ ){1,4}(?:untouched|intact|unable|alone|stranded|exposed|vulnerable|homeless|"
           r"worse off|out of pocket|in limbo|in the dark|without|behind)\b")
# "put coal miners out of business": an end of the object, not a keeping.
_OUT_OF_WORK = r"(?: [\w'-]+){1,8} out of (?:business|work)\b"
_OPERATOR_WORDS = (
    r"end(?:s|ed|ing)?",
    r"an end to",
    r"stop(?:s|ped|ping)?",
    r"halt(?:s|ed|ing)?",
    r"lift(?:s|ed|ing)?(?!" + _AMOUNT + ")",
    r"scrap(?:s|ped|ping)?",
    r"repeal(?:s|ed|ing)?",
    r"abolish(?:es|ed|ing)?",
    r"remov(?:e|es|ed|ing)",
    r"cancel(?:s|led|ed|ling)?",
    r"abandon(?:s|ed|ing)?",
    r"suspend(?:s|ed|ing)?",
    r"block(?:s|ed|ing)?",
    r"prevent(?:s|ed|ing)?",
    r"eliminat(?:e|es|ed|ing)",
    r"eradicat(?:e|es|ed|ing)",
    r"revers(?:e|es|ed|ing)",
    r"roll(?:s|ed|ing)? back",
    r"fight(?:s|ing)?(?: against)?",
    r"fought",
    r"combat(?:s|ed|ing)?",
    r"tackl(?:e|es|ed|ing)",
    r"defeat(?:s|ed|ing)?",
    r"crack(?:s|ed)? down on",
    r"counter(?:s|ed|ing)?",
    r"undermin(?:e|es|ed|ing)",
    r"derail(?:s|ed|ing)?",
    r"sabotag(?:e|es|ed|ing)",
    r"delay(?:s|ed|ing)?",
    r"postpon(?:e|es|ed|ing)",
    r"withdraw(?:s|ing)? from",
    r"pull(?:s|ed|ing)? (?:\w+ ){0,2}out(?: of)?",
    r"get rid of",
    r"do away with",
    r"fail(?:s|ed)?",
    r"collaps(?:e|es|ed|ing)",
    r"threaten(?:s|ed|ing)?",
    r"cut(?:s|ting)?",
    r"destroy(?:s|ed|ing)?",
    r"leav(?:e|es|ing)(?!" + _RESULT + ")",
    r"left(?!" + _RESULT + ")",
    r"go home",
    r"went(?: home)?",  # "it is time they went (home)"; a report when no wish governs it (see _past)
    r"get out",
    r"be out of",
    r"give up on",
    r"giv(?:e|es|ing) up",
    r"clos(?:e|es|ed|ing)",
    r"no place for",
    r"no room for",
    r"no safe haven for",
    r"no tolerance for",
    r"hunt(?:s|ed|ing)? down",
    r"ban(?:s|ned|ning)?",
    r"outlaw(?:s|ed|ing)?",
    r"switch(?:es|ed|ing)? off",
    r"strip(?:s|ped|ping)?(?: away)?",
    r"den(?:y|ies|ied|ying)(?= (?:\w+ ){0,2}(?:the |their |its |our |any )?(?:right|rights|access)\b)",
    r"turn(?:s|ed|ing)? off",
    r"rip(?:s|ped|ping)? (?:out|up)",
    r"shut(?:s|ting)?(?: down)?",
    r"overturn(?:s|ed|ing)?",
    r"recall(?:s|ed|ing)?",
    r"deport(?:s|ed|ing)?",
    r"expel(?:s|led|ling)?",
    r"send(?:s|ing)?(?= (?:\w+ ){0,3}back\b)",
    r"sent(?= (?:\w+ ){0,3}back\b)",
    r"tear(?:s|ing)? up",
    r"tore up",
    r"confront(?:s|ed|ing)?",
    r"dismantl(?:e|es|ed|ing)",
    r"curb(?:s|ed|ing)?",
    r"control(?:s|led|ling)?(?= (?:\w+ ){0,2}(?:violence|crime|spread|outbreak|costs|prices|inflation"
    r"|pollution|emissions|disease|epidemic|pandemic)\b)",
    r"rein(?:s|ed|ing)? in",
    r"stem(?:s|med|ming)?(?! from\b| cells?\b)",  # not "violence stems from", "stem cells"
    r"stamp(?:s|ed|ing)? out",
    r"clamp(?:s|ed|ing)? down on",
    r"br(?:ing|ings|inging|ought) down",
    r"driv(?:e|es|en|ing) down",
    r"drove down",
    r"halv(?:e|es|ed|ing)",
    r"slash(?:es|ed|ing)?",
    r"reduc(?:e|es|ed|ing)",
    r"restrict(?:s|ed|ing)?",
    r"put(?:s|ting)?(?=" + _OUT_OF_WORK + ")",
    r"limit(?:s|ing)?",
    r"isolat(?:e|es|ed|ing)",
    r"stand up to",
    r"root(?:s|ed|ing)? out",
    r"wip(?:e|es|ed|ing) out",
    r"walk(?:s|ed|ing)? away from",
    r"held (?:accountable|responsible)",
    r"hold(?:s|ing)?(?= (?:\w+ ){1,3}accountable\b)",
    r"brought to justice",
    r"bring(?:s|ing)?(?= (?:\w+ ){1,3}to justice\b)",
    r"prosecut(?:e|es|ed|ing)",
    r"jail(?:s|ed|ing)?",
    r"locked up",
    r"belongs? (?:in|behind) (?:prison|jail|bars)",
    r"ignor(?:e|es|ed|ing)",
    r"neglect(?:s|ed|ing)?",
    r"turn(?:s|ed|ing)? (?:our|their|its|his|her|your|my|a) (?:backs?|blind eye) (?:on|to)",
    r"water(?:s|ed|ing)? down",
    r"gut(?:s|ted|ting)?",
    r"weaken(?:s|ed|ing)?",
    r"erod(?:e|es|ed|ing)",
    r"walk(?:s|ed|ing)? back",
    r"scal(?:e|es|ed|ing) back",
    r"wind(?:s|ing)? down",
    r"phas(?:e|es|ed|ing) out",
    r"tak(?:e|es|ing|en)(?= (?:\w+ ){0,4}away\b)",
    r"took(?= (?:\w+ ){0,4}away\b)",
    r"kept (?:off|out of|away from)",
    r"vot(?:e|es|ed|ing) down",
    r"kill(?:s|ed|ing)? off",
    r"ditch(?:es|ed|ing)?",
    r"ax(?:e|es|ed|ing)",
    r"shelv(?:e|es|ed|ing)",
    r"und(?:o|oes|id)",  # not "undoing", more often a noun ("his undoing was ...")
    r"str(?:ike|ikes|iking|uck) down",
    r"thr(?:ow|ows|owing|ew|own) out",
    r"sacrific(?:ed|ing)",  # not "sacrifice(s)", more often a noun ("the sacrifices of our soldiers")
    r"torpedo(?:es|ed|ing)?",
    r"quash(?:es|ed|ing)?",
    r"scupper(?:s|ed|ing)?",
    r"ceas(?:e|es|ed|ing)",
    r"go(?=\s*(?:[.!;,]|$)|\s+(?:now|at once|immediately)\b)",
)
_OPERATOR = _alt(*_OPERATOR_WORDS)
# Verbs that keep or grow their object: +1, so they only make a clause count ("keep the embargo").
_KEEPER_WORDS = (
    r"keep(?:s|ing)?",
    r"lift(?:s|ed|ing)?(?=" + _AMOUNT + ")",
    r"bring(?:s|ing)? in",
    r"brought in",
    r"maintain(?:s|ed|ing)?",
    r"extend(?:s|ed|ing)?",
    r"expand(?:s|ed|ing)?",
    r"strengthen(?:s|ed|ing)?",
    r"protect(?:s|ed|ing)?",
    r"defend(?:s|ed|ing)?",
    r"uphold(?:s|ing)?",
    r"restor(?:e|es|ed|ing)",
    r"preserv(?:e|es|ed|ing)",
    r"widen(?:s|ed|ing)?",
    r"step up",
    r"deepen(?:s|ed|ing)?",
    r"build(?:s|ing)?",
    r"finish(?:es|ed|ing)?",
    r"rais(?:e|es|ed|ing)",
    r"increas(?:e|es|ed|ing)",
    r"boost(?:s|ed|ing)?",
    r"invest(?:s|ed|ing)? in",
    r"fund(?:s|ed|ing)?",
    r"sav(?:e|es|ed|ing)",
    r"respect(?:s|ed|ing)?",
    r"honou?r(?:s|ed|ing)?",
    r"codify(?:ing)?",
    r"guarantee(?:s|d|ing)?",
    r"secur(?:e|es|ed|ing)",
    r"press(?:es|ed|ing)? on with",
    r"carr(?:y|ies|ied|ying) on with",
    r"continu(?:e|es|ed|ing)(?: with)?",
    r"double(?:s|d)? down on",
    r"ramp(?:s|ed|ing)? up",
    r"(?:push|go|move)(?:es|s|ed|ing)? (?:ahead|forward) with",
    r"join(?:s|ed|ing)?",
    r"sign(?:s|ed|ing)?(?: up to| on to)?",
    r"ratif(?:y|ies|ied|ying)",
    r"implement(?:s|ed|ing)?",
    r"enforc(?:e|es|ed|ing)",
    r"renew(?:s|ed|ing)?",
    r"approv(?:e|es|ed|ing)",
    r"adopt(?:s|ed|ing)?",
    r"reinstat(?:e|es|ed|ing)",
    r"introduc(?:e|es|ed|ing)",
    r"install(?:s|ed|ing)?",
    r"deliver(?:s|ed|ing)?",
    r"roll(?:s|ed|ing)? out",
    r"pass(?:es|ed|ing)?(?= (?:the|this|that|a|an|any|our|their|its) "
    r"(?!(?:\w+ )?(?:costs?|buck|baton|test|time|savings|burden|point|ball)\b))",
    r"enact(?:s|ed|ing)?",
    r"bring(?:s|ing)? forward",
    r"scal(?:e|es|ed|ing) up",
    r"safeguard(?:s|ed|ing)?",
    r"sustain(?:s|ed|ing)?",
    r"stay(?:s)?(?= in place\b|\s*(?:[.!;]|$))",
    r"remain(?:s)?(?= in place\b)",
    r"put(?:s|ting)?(?!\s+(?:more\s+|real\s+|the\s+)?(?:pressure|blame|questions?|emphasis)\b|"
    + _OUT_OF_WORK + ")",
)
_KEEPER = _alt(*_KEEPER_WORDS)
_NEGATOR = (
    r"(?:not|n't|never|no longer|hardly|nor|without|cannot|no one|nobody|nothing|no country|no government|"
    r"no plans? to|no intention (?:of|to)|no)"
)
# Cue verbs of the quote itself: direction, or "deny" which flips what the content says.
_CUE_POS = re.compile(rf"^(?:{_ATT_POS}|propos(?:e|es|ed|ing))$", re.I)
_CUE_NEG = re.compile(rf"^(?:{_ATT_NEG}|warn(?:s|ed|ing)?|accus(?:e|es|ed|ing))\b", re.I)
_CUE_DENY = re.compile(r"^(?:den(?:y|ies|ied|ying)|rebut(?:s|ted)?|refut(?:e|es|ed))\b", re.I)

_ACTION = _alt(
    r"impos(?:e|es|ed|ing)",
    r"tighten(?:s|ed|ing)?",
    r"eas(?:e|es|ed|ing)",
    r"engag(?:e|es|ed|ing)",
    r"talk(?:s|ed|ing)?",
    r"reach(?:es|ed|ing)?",
    r"releas(?:e|es|ed|ing)",
    r"investigat(?:e|es|ed|ing)",
    r"shelter(?:s|ed|ing)?",
    r"resettl(?:e|es|ed|ing)",
    r"t(?:ake|akes|ook|aking)",
    r"gi(?:ve|ves|ving|ven)",
    r"stand(?:s|ing)?",
    r"observ(?:e|es|ed|ing)",
    r"rejoin(?:s|ed|ing)?",
    r"renegotiat(?:e|es|ed|ing)",
    r"downgrad(?:e|es|ed|ing)",
    r"freez(?:e|es|ing)",
    r"sever(?:s|ed|ing)?",
    r"break(?:s|ing)?",
    r"confiscat(?:e|es|ed|ing)",
    r"defund(?:s|ed|ing)?",
    r"legali[sz](?:e|es|ed|ing)",
    r"decriminali[sz](?:e|es|ed|ing)",
    r"call(?:s|ed|ing)? off",
    r"walk(?:s|ed|ing)?",
    r"come",
    r"go",
    r"get",
    r"return(?:s|ed|ing)?",
)
_FLAGS = re.I | re.UNICODE
_ACTION_CUE = re.compile(rf"^(?:{_OPERATOR}|{_KEEPER}|{_ATT_POS}|{_ATT_NEG}|{_ACTION})(?![\w])", _FLAGS)
_WORD_START = r"\b(?<![\w'])"


class _CueScan:
    r"""Finds the entries of signed lexicons in a text, as ``finditer`` of ``\b(?<![\w'])(?:(?P<pos>POS)|
    (?P<neg>NEG))(?![\w])`` would, in one pass factored by first letter across the lexicons (each word start
    tests a letter once, not once per lexicon); a lower-cased ASCII text is matched case-sensitively, which
    the engine does faster than IGNORECASE. Together about a third faster than the plain pattern.

    Entries of different first letters never match at one place, and at each place those of its letter
    are tried in the plain pattern's order (the first lexicon's, then the second's), so each place finds
    the same entry; the capturing group that matched gives its sign. Entries not starting with a letter
    are left out: after a word start only "'" entries are, and they cannot match there."""

    def __init__(self, kind: str, lexicons: tuple[tuple[int, tuple[str, ...]], ...], tail: str = r"(?![\w])"):
        self.kind, self.tail = kind, tail
        self.grouped = [(sign, *_grouped(words)) for sign, words in lexicons]
        assert all(o.startswith("'") for _, other, _ in self.grouped for o in other), "an entry not factored"
        self.letters = sorted({c for _, _, groups in self.grouped for c in groups})
        self.signs = (0, *(sign for c in self.letters for sign, _, groups in self.grouped if c in groups))

    @functools.cached_property
    def patterns(self) -> tuple[re.Pattern, re.Pattern]:
        """(for a lower-cased ASCII text, for any text): compiled on first use, not at import, since most
        commands never classify; ``prepare`` compiles them before ingest forks its workers."""
        return self._compile(folded=False), self._compile(folded=True)

    def _compile(self, folded: bool) -> re.Pattern:
        branches = []
        for c in self.letters:
            first = f"(?-i:[{topics_mod.case_folds(c)}])" if folded else c
            rests = [f"({'|'.join(groups[c])})" for _, _, groups in self.grouped if c in groups]
            branches.append(f"{first}(?:{'|'.join(rests)})")
        body = "|".join(branches)
        assert folded or not re.search(r"(?<!\\)[A-Z]", body), "a lower-cased text cannot match a capital"
        pattern = re.compile(f"{_WORD_START}(?:{body}){self.tail}", _FLAGS if folded else re.UNICODE)
        assert pattern.groups == len(self.signs) - 1, "a lexicon entry has a capturing group"
        return pattern

    def __call__(self, text: str) -> tuple[_Hit, ...]:
        """The entries found, as hits of this scan's kind with their lexicon's sign."""
        lower, folded = self.patterns
        found = lower.finditer(text.lower()) if text.isascii() else folded.finditer(text)
        return tuple(_Hit(m.start(), m.end(), self.signs[m.lastindex or 0], text[m.start() : m.end()],
                          self.kind) for m in found)


_ATT_SCAN = _CueScan("att", ((1, _ATT_POS_WORDS), (-1, _ATT_NEG_WORDS)))
_EVAL_SCAN = _CueScan("eval", ((1, _EVAL_POS_WORDS), (-1, _EVAL_NEG_WORDS)))
# Keepers (+1) before operators (-1); "end of the year" is no operator.
_OP_SCAN = _CueScan("op", ((1, _KEEPER_WORDS), (-1, _OPERATOR_WORDS)),
                    r"(?![\w])(?!\s+of\s+(?:the\s+)?(?:year|month|week|day))")
_TEMPORAL_END = re.compile(r"(?:by|at|until|till|before|after|to) the\s*$", re.I)
# A negated subject reaches further than "not": "nobody in this party is against X".
_NEG_SUBJECT = r"(?:nobody|no one|none of us|not (?:one|a single|a)|(?:not|n't)\s+(?:think|believe))"
_NEG_SCOPE = rf"(?:{_NEG_SUBJECT}(?:\W+\w+){{0,5}}|{_NEGATOR}(?:\W+\w+){{0,2}})\W*$"
# "n't" is written onto its verb ("don't support"): it needs no blank before it.
_NEG_BEFORE = re.compile(rf"(?:^|\W|(?=n't)){_NEG_SCOPE}", _FLAGS)
_NEG_WORDS = re.compile(_NEG_SCOPE, _FLAGS)
# A negation that falls on a verb of holding or doubting a claim is about the claim, not the target: "no one
# thinks X works" denies the claim (the negation flips its verdict, it does not remove X), and "nobody
# doubts that X works" denies a doubt, so the claim stands as said.
_DOUBTING = r"den(?:y|ies|ied)|doubts?|doubted|disputes?|disputed|questions?|questioned"
_CLAIM_VERB = re.compile(
    rf"\b(?:think|thinks|thought|believe|believes|believed|says?|said|claims?|claimed|pretends?|suggests?|"
    rf"{_DOUBTING})\b", re.I)
_DOUBT_VERB = re.compile(rf"\b(?:{_DOUBTING})\b", re.I)
_NEG_MAKE = re.compile(
    r"(?:\bnot|\bnever|n't)\s+(?:make|makes|made|making|keep|keeps|kept|render|leave|leaves)\s+(?:[\w'-]+\s+){1,3}$",
    re.I,
)
_NOUN_VERDICT = re.compile(r"\b(?:a|an|same|another)\s+$", re.I)
_NEG_AFTER = re.compile(rf"^\W*(?:\w+\W+)?{_NEGATOR}(?!\w)", _FLAGS)
# Modals of obligation: a demand ("must", "ought to"); _OBLIGED below adds what cannot be.
_MUSTS = r"should|must|ought to|needs? to|ha(?:s|ve) to"
_MODAL = re.compile(rf"^(?:{_MUSTS}|had to)$", re.I)
_MODAL_BEFORE = re.compile(r"(?:should|must|ought to|need|needs|have to|has to|had to)\W*$", re.I)
# "never again" denies that something recurs, so it reaches further: "never again becomes a base for X".
_NO_BEFORE = re.compile(
    rf"(?:^|\W)(?:(?:no|no more|an end to|{_NEGATOR})\W+(?:\w+\W+){{0,2}}"
    rf"|never\s+again\W+(?:\w+\W+){{0,6}})$",
    re.I,
)
# What every match of _NEGATOR, "no" and "an end to" contains, lower-cased ("thout": "without" has an "i",
# which IGNORECASE also matches as "İ" or "ı"): a text without all of them skips the slower searches.
_NEGATOR_PARTS = ("no", "n't", "never", "hardly", "thout", "an end to")


def _may_negate(text: str) -> bool:
    low = text.lower()
    return any(part in low for part in _NEGATOR_PARTS)
_LEAD_WORD = r"(?:but|however|although|though|whereas|while|if|unless|until|because|whether|yet)\s"
_AND_SUBJECT = r"(?:we|i|they|he|she|it|this|that|these|those)\s"
_AND_VERB = r"(?:should|must|will|would|need|needs|has|have|had|is|are|can|cannot|only)\s"
# Splits at: blanks after [.!?;]; "; " or ": "; ", but" / " but"; ", and we" / " and we"; " and should".
# Written as its first character (a blank or [,;:]) and then, by what that character was, the rest: a
# pattern that starts with a character class lets the regex engine skip the other characters in C
# (twice as fast as the plain alternation, same splits).
_CLAUSE_SPLIT = re.compile(
    rf"[\s,;:](?:(?<=[.!?;]\s)\s*|(?<=[;:])\s+|(?<=,)\s+(?={_LEAD_WORD})|(?<=\s)\s*(?={_LEAD_WORD})|"
    rf"(?<=,)\s+and\s+(?={_AND_SUBJECT})|(?<=\s)\s*and\s+(?={_AND_SUBJECT})|(?<=\s)\s*and\s+(?={_AND_VERB}))",
    re.I,
)
_ELIDED = re.compile(r"^\W*(?:should|must|will|would|need|needs|has|have|had|is|are|can|cannot|only)\s", re.I)
# Rhetorical questions that deny what they ask ("Why should we negotiate with them?").
_RHETORICAL = re.compile(
    r"^\W*(?:why (?:should|would|must|do|does|did|is|are|on earth)|would (?:you|the|any|your)\s|"
    r"(?:is|does|would|will|can) "
    r"(?:anyone|anybody)|who (?:in their right mind )?(?:would|could|can|wants)|"
    r"what (?:good|use|sense) (?:is|would|does)|who (?:exactly |really )?(?:benefits|gains))\b.*\?\W*$",
    re.I,
)
# Denials of a claim: the clause after them states what the speaker rejects ("It is not true that X hurts").
_DENIAL = re.compile(
    r"^\W*(?:it\s+(?:is|'s|was)\s+(?:simply\s+|just\s+)?(?:not\s+true|untrue|false|a\s+myth|nonsense)|"
    r"there\s+is\s+no\s+(?:evidence|proof)|"
    r"(?:i|we)\s+(?:flatly\s+|strongly\s+)?den(?:y|ied))\s+that\b",
    re.I,
)
# A denial of having said something ("I never said X", "nobody is saying we should X", "I'm not suggesting
# that X") is about the words, not about X: the clause takes no side (a claim denied, "no one thinks X
# works", is another thing).
_SAID = r"(?:said|say|saying|claimed|claiming|suggested|suggesting|argued|arguing|proposed|proposing)"
_UNSAID = re.compile(
    r"^\W*(?:(?:i|we)(?:'m|'re|'ve|\s+am|\s+are|\s+have|\s+has|\s+did|\s+do)?\s*(?:not|never|n't)|"
    r"(?:nobody|no one|no-one)(?:'s|\s+is|\s+are|\s+was|\s+has|\s+ever)?)\s+(?:ever\s+)?"
    rf"{_SAID}\b",
    re.I,
)
# A position stated by naming those who hold one ("those who want to scrap the levy are wrong", "critics of
# the levy are mistaken"): the held position is theirs, the verdict on them the speaker's. The verdict starts
# at the holders' verb.
_HOLDER_VERB = r"(?:is|are|was|were|has|have|had|will|would|should|must)"
_HOLDERS = re.compile(
    r"^\W*(?:(?:all\s+|the\s+)?(?:those|people|anyone|anybody|everyone|everybody|ones)\s+(?:"
    r"(?:who|that)\s+(?P<held>.+?)|"
    r"(?P<doing>(?:calling|demanding|pushing|arguing|campaigning|clamou?ring|lobbying|fighting)\s.+?))|"
    r"(?P<group>critics|opponents|detractors|enemies|supporters|proponents|advocates|backers|champions|"
    r"defenders|fans)\s+of\s+(?P<object>.+?))"
    rf"\s+(?P<verdict>{_HOLDER_VERB}\s+.+)$",
    re.I,
)
# Verdicts on whether the holders are right: a judgement of their character ("cynical") is not about the
# position (the lexicons judge measures, not people).
_HOLDER_VERDICT = re.compile(
    r"\b(?:(?P<pos>right|correct|ha(?:s|ve) a (?:fair |good |real )?point|(?:is|are) on to something|"
    r"on the right side of history)|"
    r"(?:wrong|mistaken|misguided|deluded|naive|misinformed|ill-informed|dreaming|"
    r"kidding (?:themselves|yourself|himself|herself)|living in (?:a )?(?:fantasy|dream)\w*))(?![\w-])",
    re.I,
)
_FOR_GROUPS = ("supporters", "proponents", "advocates", "backers", "champions", "defenders", "fans")
_NEGATED = re.compile(r"\b(?:not|never|hardly)\b|n't", re.I)


def _holders(clause: str, topic: Topic, cued: bool) -> tuple[float, list[str]] | None:
    """A clause that names the holders of a position on the topic and judges them: their position times
    the verdict (no word of any judgement: the clause takes no side); None when the clause is no such thing
    or says something else of them."""
    found = _HOLDERS.match(clause)
    if not found or _targets(found["verdict"], topic):
        return None
    if found["group"]:
        if not _targets(found["object"], topic):
            return None
        group = 1.0 if found["group"].lower() in _FOR_GROUPS else -1.0
        held = group * _main_target(found["object"], topic)
    else:
        phrase = f"we {found['held']}" if found["held"] else f"we are {found['doing']}"
        held = _clause_score(phrase, topic, None, cued)[0]
        if not held:
            return None
    verdict = found["verdict"]
    said = _HOLDER_VERDICT.search(verdict)
    if not said:  # a deed asked of them is read as usual ("critics of X should be rejected")
        return None if any(_cue_words(verdict)) else (0.0, [])
    sign = 1 if said["pos"] else -1
    sign = -sign if _NEGATED.search(verdict[: said.start()]) else sign
    side = 1 if held > 0 else -1
    return float(sign * side), [f"{clause[: found.start('verdict')].strip()}: {said[0]} (holders)"]


# In an indirect quote's first clause a named subject's denial is the one reported ("[she said] the
# governor denied that ..."); anywhere else it is someone else's ("The opposition denied that ...").
_REPORTED_DENIAL = re.compile(r"^\W*(?:he|she|they|the\s+[\w'-]+)\s+den(?:ies|ied)\s+that\b", re.I)
# Questions that ask for what they name ("Why not X?", "Is it too much to ask for X?").
_RHETORICAL_CALL = re.compile(
    r"\b(?:why\s+(?:not|can't|cannot|couldn't|should not|won't|don't)|"
    r"(?:is|was)\s+(?:it|that)\s+(?:really\s+)?too\s+much\s+to\s+ask)\b[^?]*\?",
    re.I,
)
# A threat against something going ahead ("If the mine goes ahead, we will see them in court").
_THREAT = re.compile(
    r"\bif\s+(?P<what>[^,;.]{1,80}?)\s+(?:go(?:es)? ahead|(?:is|are|gets?) (?:approved|passed|built|imposed)|"
    r"happens?),\s*(?:[\w']+\s+){0,4}?\w*(?:'ll|\s*\b(?:will|would|are going to))\s+(?:\w+\s+)?"
    r"(?:block|strike|protest|sue|fight|resign|boycott|challenge|walk out|take (?:\w+ ){0,2}to court|"
    r"see \w+ in court)\b",
    re.I,
)
# A "while" clause inside a subject: its own verb, then the main verb ("while the deficit balloons is ...").
_EMBEDDED_WHILE = re.compile(
    r"^\s*(?P<aside>while\s+(?:[\w'-]+\s+){1,5}?[\w'-]+s)\s+(?:is|was|would be|will be)\s", re.I
)
_CONTRAST = re.compile(r"^\W*(?:but|however|yet|still)\b", re.I)
_CONCESSION = re.compile(r"^\W*(?:although|though|even though|even if|while|whereas)\b", re.I)
# Merits (+1) or flaws (-1) granted before a "but": the speaker weighs against what is granted ("it sounds
# attractive, but ..." opposes; "it will be expensive, but ..." supports).
_CONCEDED = re.compile(
    r"\b(?:(?P<merit>(?:understand|see|get)\s+why\s+(?:\w+\s+){1,3}(?:like|likes|want|wants|support|supports)\b|"
    r"sounds?\s+(?:attractive|good|nice|appealing|great|tempting|fine|lovely)|looks?\s+good\s+on\s+paper|"
    r"(?:is|are|may\s+be)\s+popular)|"
    r"(?:has|have)\s+(?:its|their|some)\s+(?:flaws|faults|problems|drawbacks|critics|costs)|"
    r"(?:is|are)(?:n't|\s+not)\s+perfect|(?:will|would|may)\s+be\s+(?:expensive|costly|hard|difficult|painful))\b",
    re.I,
)
_MEASURE_HEAD = (r"(?:plan|proposal|scheme|measure|bill|policy|project|ban|reform|legislation|programme|"
                 r"program)s?")
_ANAPHOR = re.compile(
    r"\b(?:it(?!\s+(?:is|'s|was|would be|will be)\s+(?:time|clear|true|important|necessary|essential|vital|"
    r"possible|likely|unlikely|hard|difficult|too early|too late)\b)|its|them|this|that|they|these|those|"
    # the measure named by its head after the clause that named it ("... a levy. We will scrap the plan."),
    # not a head that what follows names ("the plan of the opposition", "the plan that they drew up")
    rf"the\s+{_MEASURE_HEAD}\b(?!\s+(?:of|for|they|that)\b))",
    re.I,
)
_CONDITION = re.compile(r"^\W*(?:if|unless|whether)\s", re.I)
_UNTIL = re.compile(r"^\W*until\s", re.I)
_WHILE = re.compile(r"^\W*while\s", re.I)
# Refusing to stay passive: a following "while X" names what the speaker rejects.
_NOT_IDLE = re.compile(
    r"(?:\b(?:not|never|refuse to)|n't)\s+(?:\w+\s+)?(?:stand (?:idly )?by|stay silent|"
    r"keep quiet|remain silent|sit (?:back|idly by)|look away|turn a blind eye)\W*$",
    re.I,
)
# Persisting or refusing to stop: a following "until X" names what the speaker wants.
_PERSIST = re.compile(
    r"\b(?:keep|keeps|kept(?!\s+(?:off|out|away)\b)|continu\w*|fight\w*|campaign\w*|"
    r"(?:not|never|n't) (?:stop|rest|give up|back down))\b",
    re.I,
)
_CLAUSE_LEAD = re.compile(r"^\W*(?:but|however|although|though|whereas|while|until|because|yet)\s+", re.I)
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}


# --- classification ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    sign: int
    words: str
    kind: str = ""  # att | eval | op | keep | topic | target | passive | condition


def classify(
    text: str, topic: Topic, cue: str | None = None, kind: str | None = None, context: str | None = None
) -> Stance:
    """The speaker's stance toward ``topic`` in quote ``text``.

    ``cue`` is the quote's speech verb ("urged", "denied"); for indirect quotes it is read as the
    start of the reported clause. ``context`` is unused by the rules (kept for callers that have it).
    """
    body = _time_that(_preconditions(_modal_negations(_straight_quotes(text))))
    cue_sign, deny = _cue_sign(cue)
    if kind == "indirect" and cue and (cue_sign or deny) and not deny:
        body = f"{cue.strip()} {body}"
    score, cues, last = 0.0, [], None
    cued = _has_topic_cues(body, topic)  # no cue phrase in the quote: none in any of its clauses
    clauses = _clauses(body)
    targeted: dict[int, list[_Hit]] = {}  # the clauses that name the topic, with its phrases in them
    for at, (lead, clause) in enumerate(clauses):
        if _UNTIL.match(lead) and at and _PERSIST.search(clauses[at - 1][1]):
            clause = f"we want {clause}"  # "we will keep fighting until X is banned": X is the goal
        elif _WHILE.match(lead) and at and _NOT_IDLE.search(clauses[at - 1][1]):
            clause = f"we oppose {clause}"  # "we will not stand by while X": X is what they reject
        if _IF.match(lead):  # the pledge's "it" is what the condition named
            last = next(iter(_targets(lead[: len(lead) - len(clause)], topic)[-1:]), last)
        value, words, own = _clause_score(clause, topic, last, cued)
        last = own[-1] if own else None
        if _UNSAID.match(clause):
            continue
        if own and (held := _holders(clause, topic, cued)) is not None:
            value, words = held
            if not value:
                continue
        if own:
            targeted[at] = own if clause == clauses[at][1] else _targets(clauses[at][1], topic)
        turn = clauses[at + 1][0] if at + 1 < len(clauses) else ""
        if not value and (_CONTRAST.match(turn) or _UNTIL.match(turn)):  # "sounds lovely until ...": a turn
            value, words = _conceded(clause, topic)
        if value and _RHETORICAL.match(clause):
            value, words = -value, [f"{clause.split()[0]} ...? (rhetorical)", *words]
        elif value and (_DENIAL.match(clause)
                        or (kind == "indirect" and not at and _REPORTED_DENIAL.match(clause))):
            value, words = -value, [f"{' '.join(clause.split()[:4])} (denial)", *words]
        if value and _CONTRAST.match(lead):  # "..., but X": what follows the contrast is the position
            score *= 0.5
        elif _CONCESSION.match(lead):  # "although X, ...": X is conceded, not the position
            value *= 0.5
        score += value
        cues.extend(words)
    if score == 0 and "?" in body and (call := _RHETORICAL_CALL.search(body)) and _targets(call[0], topic):
        score, cues = 0.75 * _main_target(call[0], topic), [f"{call[0].split()[0]} ...? (rhetorical)"]
    if score == 0 and (threat := _THREAT.search(body)) and _targets(threat["what"], topic):
        score, cues = -_main_target(threat["what"], topic), [f"{threat[0]} (threat)"]
    if score == 0 and cue and cue_sign and _targets(body, topic):  # a cue sign comes from a cue
        score, cues = 0.75 * cue_sign * _main_target(body, topic), [f"{cue.strip()} (cue verb)"]
    if score == 0 and targeted:  # no stronger cue decided: a word of judgement about the topic may
        score, cues = _broad_verdict(body, topic, clauses, targeted)
    if deny and cue and score:
        score, cues = -score, [f"{cue.strip()} (denial)", *cues]
    return _decide(score, cues)


# "A must come before / precede / is a precondition for B": a demand for A; B is what follows once A is
# met, conditional, no position on it. Matched up to B's end (the clause), so B can be dropped.
_DEMAND = rf"(?:{_MUSTS})"
_PRECEDES = re.compile(
    rf"(?:\b{_DEMAND}(?P<neg>\s+(?:not|never|only))?\s+(?:\w+ly\s+)?"
    r"(?:come\s+(?:before|ahead of|prior to)|precede)|"
    r"\b(?:be|is|are|remains?|was)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:pre-?conditions?|prerequisites?)\s+"
    r"(?:for|of|to))\s+[^.;:!?,]*",
    re.I,
)
_ONLY_AFTER_WORDS = re.compile(r"\bonly\s+(?:after|once)\b", re.I)
_PRECEDES_WORDS = ("come", "preced", "condition", "requisite")  # one of them is in every _PRECEDES match
_INVERTED = r"(?:will|would|can|could|shall|is|are|does|do|did)\s+(?:there|we|they|it|he|she|i|you)\b"
# "B only after A", "Only once A, B": the same demand for A, B conditional on it ("only once a year", a
# frequency, is none).
_ONLY_AFTER = re.compile(
    r"(?P<then>[^.;:!?,\s][^.;:!?,]*?\s+)?\bonly\s+(?:after|once)\s+"
    r"(?!(?:or|in|a|an|per|every|this|last|before|since|during|again)\b)(?P<first>(?:(?!\s+"
    rf"{_INVERTED})[^.;:!?,])+)(?:,[^.;:!?]*|\s+{_INVERTED}[^.;:!?]*)?",
    re.I,
)


# A precondition that something ends ("once the occupation ends"): the demand is for its end.
_ENDS = re.compile(
    r"^(?P<what>.+?)\s+(?:ends|end|stops|stop|ceases|cease|is over|are over|has ended|have ended)$", re.I
)


# "It is (high) time X went / was scrapped": a demand, in the past tense of a wish ("to" and "for" are
# read as they stand: "time to scrap X", "time for X to go").
_TIME_THAT = re.compile(
    r"\b(?:it\s+is|it's|it\s+was|now\s+is\s+the)\s+(?:high\s+|about\s+|long\s+past\s+|past\s+)?time\s+"
    r"(?:that\s+)?(?!to\b|for\b)", re.I)


def _time_that(text: str) -> str:
    return _TIME_THAT.sub("we want ", text) if "time" in text else text


def _preconditions(text: str) -> str:
    """A precondition as a demand for it alone ("X must come before any Y" -> "X must come first"): Y is
    conditional, and a modal before "come before" demands X, not Y."""
    if ("only" in text or "Only" in text) and _ONLY_AFTER_WORDS.search(text):
        text = _ONLY_AFTER.sub(_first_demanded, text)  # the full pattern tries every position: costly
    low = text.lower()
    if not any(word in low for word in _PRECEDES_WORDS):  # most quotes: four substring tests, no scan
        return text
    return _PRECEDES.sub(lambda m: m[0] if m["neg"] else "must come first", text)


def _first_demanded(found: re.Match[str]) -> str:
    first = found["first"].rstrip()
    ended = _ENDS.match(first)
    return f"{'an end to ' + ended['what'] if ended else first} must come first"


def _conceded(clause: str, topic: Topic) -> tuple[float, list[str]]:
    """A clause that grants the topic a merit or a flaw before a "but" leans the other way."""
    found = _CONCEDED.search(clause)
    if not found or not _targets(clause, topic):
        return 0.0, []
    sign = -1 if found.group("merit") else 1
    return 0.75 * sign * _main_target(clause, topic), [f"{found.group(0)}, but (concession)"]


def _straight_quotes(text: str) -> str:
    """Curly quotes as straight ones, so the lexicons need one spelling ("don't"); str.replace scans in C,
    several times faster than str.translate with a table."""
    for curly, straight in _APOSTROPHES.items():
        text = text.replace(curly, straight)
    return text


_MODAL_CONTRACTION = re.compile(r"\b(should|must)n't\b", re.I)


def _modal_negations(text: str) -> str:
    """ "shouldn't" and "mustn't" as "should not" and "must not": the modal is an attitude of its own,
    which the negation after it flips, and written onto "n't" it is no word the lexicon can find."""
    return _MODAL_CONTRACTION.sub(r"\1 not", text) if "n't" in text else text


def _decide(score: float, cues: list[str]) -> Stance:
    if abs(score) < 0.5:
        return Stance("neutral", 0.4 if cues else 0.6, ())
    label = "support" if score > 0 else "oppose"
    return Stance(label, round(min(0.95, 0.5 + 0.15 * abs(score)), 2), tuple(dict.fromkeys(cues)))


@functools.lru_cache(maxsize=1024)
def _cue_sign(cue: str | None) -> tuple[int, bool]:
    """(direction, denial) of a quote's speech verb; cached: a few verbs ("said", "told") are most quotes'."""
    if not cue:
        return 0, False
    verb = " ".join(cue.lower().split())
    if _CUE_DENY.search(verb):
        return 0, True
    if _CUE_NEG.search(verb):
        return -1, False
    if _CUE_POS.search(verb):
        return 1, False
    return 0, False


@functools.lru_cache(maxsize=256)
def _clauses(text: str) -> tuple[tuple[str, str], ...]:
    """(lead, clause) per sentence and clause; conditions ("if ...", "whether ...") state no position and
    are dropped, but for the speaker's pledge after one; the lead is the clause as written, the clause has its
    conjunction removed.

    Cached: a quote on several topics is split once."""
    found = []
    for c in _parts(text):
        if not _CONDITION.match(c):
            found.append((c, _CLAUSE_LEAD.sub("", c)))
        elif _IF.match(c) and (then := _IF_THEN.search(c)):
            found.append((c, c[then.end() :]))  # "if A, I will back it": the pledge under the condition
    return tuple(found)


# The speaker's own pledge after a condition ("If the money goes to buses, then yes, I will vote for it"):
# conditional support or opposition is a side (the condition itself still states none).
_IF = re.compile(r"^\W*if\s", re.I)
_IF_THEN = re.compile(
    r",\s+(?:then\s+)?(?:yes,?\s+|no,?\s+)?(?=(?:i|we)(?:'ll|'d|\s+(?:will|would|can|could|shall))\s)", re.I)


@functools.lru_cache(maxsize=256)
def _parts(text: str) -> tuple[str, ...]:
    """Every sentence and clause as written, conditions included (cached for ``_clauses`` and the broad
    lexicon's fallback, which both read each quote)."""
    parts: list[str] = []
    for c in (c for c in _CLAUSE_SPLIT.split(text) if c and c.strip()):
        inside = _EMBEDDED_WHILE.match(c) if parts else None
        if inside:  # "Slashing taxes while the deficit balloons is vandalism": the verdict is the gerund's
            parts[-1] = f"{parts[-1].rstrip()} {c[inside.end('aside'):].lstrip()}"
        else:
            parts.append(c)
    return tuple(parts)


@functools.lru_cache(maxsize=1024)
def _cue_words(clause: str) -> tuple[tuple[_Hit, ...], tuple[_Hit, ...], tuple[_Hit, ...]]:
    """Operators (and keepers), attitudes and evaluations of a clause: the same for every topic, so found
    once."""
    return _OP_SCAN(clause), _ATT_SCAN(clause), _EVAL_SCAN(clause)


def _clause_score(clause: str, topic: Topic, previous: _Hit | None,
                  cued: bool = True) -> tuple[float, list[str], list[_Hit]]:
    """Score one clause (see the module docstring); return (score, decisive cue words, its own targets).

    A clause that names no target but points back to one ("... and we are leaving it") borrows the
    previous clause's target. ``cued`` False: the quote has none of the topic's cue phrases.
    """
    targets = own = _targets(clause, topic)
    if not targets and previous:
        anaphor = None if _ELIDED.match(clause) else _ANAPHOR.search(clause)
        if anaphor or _ELIDED.match(clause):  # "... and should be closed": the subject is the last target
            at = anaphor.start() if anaphor else 0
            targets = [_Hit(at, at, previous.sign, previous.words, "target")]
    value, words = _score(clause, topic, targets, cued)
    return value, words, own


# "Without X, nothing / no Y / we cannot ...": X is a condition the speaker holds necessary.
# The comma may be left out ("Without X nothing gets built").
_NECESSITY = re.compile(
    r"^\W*without\s+[^,;]{1,60}?(?:,\s*|\s+(?=no\b|nothing|none|nobody|never|there\s))(?P<then>"
    r"(?:no|nothing|none|nobody|no one|never|there\s+(?:is|will be|can be)\s+no|"
    r"(?:\w+\s+){1,4}(?:cannot|can't|will not|won't|would not|wouldn't|will never|can never|could never))\b)",
    re.I,
)


# Ignoring something fails to act on it, whatever it is: ignoring a harm ("ignore rising emissions") is no
# fight against it, so these verbs take the topic's side, not the target's.
_HEEDLESS = re.compile(r"\b(?:ignor|neglect)|\bturn\w* \w+ (?:backs?|blind eye)", re.I)


def _score(clause: str, topic: Topic, targets: list[_Hit], cued: bool = True) -> tuple[float, list[str]]:
    raw_topic = _topic_cues(clause, topic) if cued else []
    if not targets and not raw_topic:
        return 0.0, []
    needed = _NECESSITY.match(clause)
    condition = [t for t in targets if t.end <= needed.start("then")] if needed else []
    if needed and condition:
        return float(condition[0].sign), [f"without {condition[0].words}, {needed['then']}"]
    taken = [(t.start, t.end) for t in targets] + [(h.start, h.end) for h in raw_topic]
    op_matches, att_matches, eval_matches = _cue_words(clause)
    raw_att = _attitudes(clause, taken, op_matches, (att_matches, eval_matches))
    raw_ops = _operators(clause, taken + [(a.start, a.end) for a in raw_att], op_matches)
    if raw_att:
        raw_att, refused = _passive_refusals(clause, raw_att)
        raw_ops = sorted(raw_ops + refused, key=lambda h: h.start)
    bounds = sorted(h.end for h in raw_topic + raw_att + raw_ops)
    attitudes = [_negate(clause, h, bounds) for h in raw_att]
    bounds = sorted(bounds + _modal_negation_ends(clause, raw_att))  # "should not X": the "not" is used up
    topic_hits = [_negate(clause, h, bounds) for h in raw_topic]
    operators = [_negate(clause, h, bounds) for h in raw_ops] + _negated_targets(clause, targets, bounds)
    operators = [o for o in operators if _acts_on_target(clause, o, targets)]
    if not attitudes:  # a past event ("the offensive was halted", "police seized") reports, takes no side
        topic_hits = [h for h in topic_hits if not _past(h)]
        operators = [o for o in operators if o.kind != "condition" and (
            _modal_passive(clause, o) or (not _past(o) and (o.sign < 0 or _committed(clause, o))))]
    if topic_hits:
        actions = {h.start for h in raw_topic if h.sign > 0 or _ACTION_CUE.match(h.words)}
        return _topic_cue_score(clause, topic_hits, attitudes, actions)
    if not targets or not (operators or attitudes):
        return 0.0, []
    target = _governed_target(targets, attitudes, operators)
    att = _attitude_for(attitudes, target, text=clause)
    if att is None and not operators:  # the clause's attitudes bear on something else
        return 0.0, []
    product = -1 if sum(1 for o in operators if o.sign < 0) % 2 else 1
    weight = 1.0 if att else 0.75
    sign = (att.sign if att else 1) * product * target.sign
    if any(_HEEDLESS.search(o.words) for o in operators):
        sign *= target.sign
    words = [att.words] if att else []
    return weight * sign, [*words, *(o.words for o in operators), target.words]


def _topic_cue_score(
    text: str, hits: list[_Hit], attitudes: list[_Hit], actions: set[int]
) -> tuple[float, list[str]]:
    """Topic cue phrases decide the clause. An action ("lift", "engage with") or a named policy ("immediate
    ceasefire") takes the speaker's attitude toward it ("lifting them would be a mistake", "we reject an
    immediate ceasefire"); a loaded word ("sham", "government takeover") is a position on its own that
    only a negation before it turns."""
    total, words = 0, []
    for hit in hits:
        att = _attitude_for(attitudes, hit, verbs_only=True, text=text) if hit.start in actions else None
        total += hit.sign * (att.sign if att else 1)
        words += [att.words] if att else []
    if total == 0:
        return 0.0, []
    return 1.5 * (1 if total > 0 else -1), [*words, *(h.words for h in hits)]


_ANTI = re.compile(r"(?<![\w-])(?:anti|counter)-?$", re.I)  # "anti-graft" is against graft
# A measure named after what it acts on ("an assault weapons ban", "opium crop eradication", "emission cuts")
# is against it.
_MEASURE_AFTER = re.compile(
    r"\s+(?:bans?|prohibitions?|crackdown|eradication|restrictions|reductions?|cuts?|caps?|limits)\b", re.I)
_INTRANSITIVE = re.compile(r"^(?:leav|left|go home|went|get out|be out|pull|belong)", re.I)
# A past tense that asks for a deed only inside a wish ("it is high time they went home", read as "we want
# they went home"): it acts on a target only after a wish's verb a few words before it, never as a report.
_WISH_ONLY = re.compile(r"^went\b", re.I)
# Verbs of ending or going on whose subject is what ends: after a modal, a demand about it ("the
# curfew must stop", "the subsidy has to continue").
_MODAL_INTRANSITIVE = re.compile(r"^(?:end|stop|halt|ceas|go|continu|stay|remain)", re.I)
# Modals of obligation or of what cannot be, with an optional "not"/"never" after them.
_OBLIGED = rf"(?:{_MUSTS}|cannot|can't|can never)(?:\s+(?:not|never))?"
_SUBJECT_MODAL = re.compile(rf"^\W*(?:[\w'-]+\s+){{0,2}}{_OBLIGED}\s+$", re.I)
# A passive after a modal of obligation or of what cannot be ("must be scrapped", "cannot be given up")
# asks for a deed, it does not report one.
_MODAL_PASSIVE = re.compile(rf"\b{_OBLIGED}\s+be\s+(?:\w+ly\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were|get|gets|got)\s+(?:\w+ly\s+)?$", re.I)


# Between an operator and its object: a few words, none that starts another phrase ("wind down business
# covered by the sanctions" acts on the business, not on the sanctions).
_OBJECT_GAP = re.compile(
    r"^(?!.*\b(?:by|that|which|who|whose|where|when|because|while|and|or)\b)(?!.*\b\w+ed\b)(?!.*[,;:]\s)"
    r"\W*(?:[\w'-]+\W+){0,5}$",
    re.I,
)


# Between a target and an operator that says what is to become of it: an infinitive's "to be"
# ("calling for the levy to be scrapped"), or nothing when the target is the object of a wish and the
# operator a participle ("we want the levy scrapped").
_TO_BE = re.compile(r"^\s+to\s+be\s+(?:\w+ly\s+)?$", re.I)
_WISHED = re.compile(
    r"\b(?:want|wants|wanted|like to see|love to see|need|needs|get|got)\s+(?:[\w'-]+\s+){0,3}$", re.I)


def _subject_of(text: str, target: _Hit, op: _Hit) -> bool:
    gap = text[target.end : op.start]
    if _TO_BE.match(gap):
        return True
    if gap == " to " and (_MODAL_INTRANSITIVE.match(op.words) or _INTRANSITIVE.match(op.words)):
        return True  # "time for the levy to go", "we want the curfew to end"
    return not gap.strip() and _past(_Hit(op.start, op.end, -1, op.words, "passive")) and bool(
        _WISHED.search(text[max(0, target.start - 40) : target.start]))


def _acts_on_target(text: str, op: _Hit, targets: list[_Hit]) -> bool:
    """An operator counts when a target is its object ("end the occupation"), or, for verbs of leaving
    and passives, when the target is their subject ("troops to leave", "the poll should be postponed");
    otherwise it acts on something else."""
    if any(t.start >= op.end and _OBJECT_GAP.match(text[op.end : t.start]) for t in targets):
        return True
    if any(t.start <= op.start < t.end or t.start == t.end == op.start for t in targets):
        return True
    if _MODAL_INTRANSITIVE.match(op.words) and any(
            t.end <= op.start and _SUBJECT_MODAL.match(text[t.end : op.start])
            and not _in_other_phrase(text, t) for t in targets):
        return True  # "the curfew must stop": the target is the subject, a word or two before
    if any(t.end <= op.start and _subject_of(text, t, op) for t in targets):
        return True  # "calling for the levy to be scrapped", "we want the levy scrapped": its subject
    if op.kind == "passive":  # "critics of the levy should be rejected": the critics are the subject
        return any(not _in_other_phrase(text, t) for t in targets)
    if _WISH_ONLY.match(op.words) and not _WISHED.search(text[max(0, op.start - 40) : op.start]):
        return False  # "the troops went home" outside a wish is a report, whatever else is said
    return bool(_INTRANSITIVE.match(op.words)) and bool(targets)


_PHRASE_BREAK = re.compile(r"[,;:]|\b(?:and|or|but)\b", re.I)
_MEASURE_OF = re.compile(rf"\b{_MEASURE_HEAD}\s+(?:of|for|on)\s+(?:[\w'-]+\s+){{0,3}}$", re.I)


def _in_other_phrase(text: str, target: _Hit) -> bool:
    """The target inside a phrase headed by something else ("critics of the levy"); a comma or a conjunction
    ends the phrase, and a measure's head is the measure itself ("the plan for a levy")."""
    before = _PHRASE_BREAK.split(text[max(0, target.start - 40) : target.start])[-1]
    return bool(_INSIDE_PHRASE.search(before)) and not _MEASURE_OF.search(before)


def _modal_negation_ends(text: str, attitudes: list[_Hit]) -> list[int]:
    ends = []
    for hit in attitudes:
        after = _NEG_AFTER.match(text[hit.end :]) if _MODAL.match(hit.words) else None
        if after:
            ends.append(hit.end + after.end())
    return ends


# Between an attitude verb and what it bears on: no relative clause or agent starts ("we support the
# families who lost sons in the withdrawal" supports the families).
_SCOPE_GAP = re.compile(r"^(?!.*\b(?:by|who|whose|which|where|when|because)\b)\W*(?:[\w'-]+\W+){0,10}$", re.I)


def _attitude_for(
    attitudes: list[_Hit], anchor: _Hit, verbs_only: bool = False, text: str = ""
) -> _Hit | None:
    """The attitude that governs ``anchor``: a verdict after it ("X would be a mistake") judges the
    whole phrase; else the nearest attitude before it that reaches it ("we urge X"); else one after it."""
    verdicts = [a for a in attitudes if a.kind == "eval" and a.start >= anchor.end]
    if verdicts:
        return verdicts[0]
    before = [
        a
        for a in attitudes
        if a.start <= anchor.start
        and (a.kind == "att" or not verbs_only)
        and (_MODAL.match(a.words) or _SCOPE_GAP.match(text[a.end : anchor.start]))
    ]
    if before:
        return before[-1]
    after = [a for a in attitudes
             if a.start >= anchor.end and not (a.kind == "att" and _OWN_OBJECT.match(text[a.end :]))]
    return None if verbs_only or not after else after[0]


# An attitude after the target with an object of its own ("X voted in favour of the new deal") bears on
# that object, not on the target before it.
_OWN_OBJECT = re.compile(r"\s+(?:the|a|an|this|that|these|those)\s+(?!same\b)[\w-]+", re.I)


_COMMIT = re.compile(
    r"(?:^\W*|\b(?:will|would|shall|won't|wouldn't|shan't|going to|let us|vow to|pledge to)\s+(?:\w+\s+)?|"
    r"'ll\s+|"
    r"'d\s+(?:\w+\s+){0,3}|"
    r"\b(?:let|allow|allows|allowing)\s+(?:\w+\s+){0,2}(?:to\s+)?)$",
    re.I,
)


def _committed(text: str, hit: _Hit) -> bool:
    """A verb that keeps its object ("build", "continue") states a position only as a commitment or a
    call ("we will build it", "Build it!"), or under a refusal to let it happen ("never let them take it
    away"); otherwise it reports ("registration continues")."""
    return bool(_COMMIT.search(text[: hit.start]))


def _passive_refusals(text: str, attitudes: list[_Hit]) -> tuple[list[_Hit], list[_Hit]]:
    """ "X should be rejected": a verb of refusing in a passive after a modal acts on its subject, as
    "should be scrapped" does; it is no attitude of the speaker's next to the modal. Returns (the other
    attitudes, these as passive operators)."""
    refused = [a for a in attitudes
               if a.kind == "att" and a.sign < 0 and _MODAL_PASSIVE.search(text[: a.start])]
    if not refused:
        return attitudes, []
    kept = [a for a in attitudes if a not in refused]
    return kept, [_Hit(a.start, a.end, -1, a.words, "passive") for a in refused]


def _modal_passive(text: str, hit: _Hit) -> bool:
    """ "must be scrapped", "cannot be abandoned": a demand about the subject, however the verb is formed."""
    return hit.kind == "passive" and bool(_MODAL_PASSIVE.search(text[: hit.start]))


def _past(hit: _Hit) -> bool:
    """A verb that reports a done deed: "-ed", a few irregular pasts, or a passive participle ("was shut")."""
    word = hit.words.split()[0].lower() if hit.words else ""
    irregular = (word in ("left", "went", "fought", "struck", "threw", "thrown", "undid")
                 or (hit.kind == "passive" and word in _PARTICIPLES))
    return (hit.kind != "topic" or hit.sign > 0) and (word.endswith("ed") or irregular)


_PARTICIPLES = frozenset(("shut", "cut", "put", "set", "built", "torn", "withdrawn", "undone", "overturned"))


# A body or measure aimed at what follows ("a court for corruption cases", "a crackdown on graft"): an
# ``against`` phrase after one names the measure, the topic's own side.
_MEASURE = re.compile(
    r"\b(?:(?:courts?|tribunals?|units?|agency|commission|penalties|punishments?|sentences|prosecutors?)\s+for|"
    r"(?:crackdown|campaign|war|fight|battle|struggle|measures|laws?|action)\s+(?:against|on)|"
    r"(?:something|anything|more)\s+about|"
    r"(?:inquiry|investigation|probe)\s+into)\s+(?:\w+\s+)?$",
    re.I,
)


def _targets(text: str, topic: Topic) -> list[_Hit]:
    """The topic's phrases in ``text`` as written; when there are none, as topic matching also finds them
    ("capping rents", "caps on rents" for "rent cap"), so a clause the topic was assigned by has a target."""
    return _targets_as(text, topic, loose=False) or _loose_targets(text, topic)


def _loose_targets(text: str, topic: Topic) -> list[_Hit]:
    """``_targets_as(text, topic, loose=True)``, tested first with the topic's tagging pattern: it holds
    every loose keyword and ``against`` branch, so no match there is none in either list. Most clauses
    stop at that one search; without ``prepare``, the two lists' own patterns compile only for the topics
    that get further."""
    tagging = topics_mod.compile_phrases(topic.phrases, True)
    if tagging is None or tagging.search(text) is None:
        return []
    return _targets_as(text, topic, loose=True)


def _targets_as(text: str, topic: Topic, loose: bool) -> list[_Hit]:
    hits: list[_Hit] = []
    for phrases, sign in ((topic.keywords, 1), (topic.against, -1)):
        pattern = topics_mod.compile_phrases(tuple(phrases), loose)
        if pattern is not None:
            for m in topics_mod.matches(pattern, text, topic.exclude):
                floor = max(0, m.start() - 9)
                anti = _ANTI.search(text[floor : m.start()])
                if not anti and sign < 0:
                    anti = _MEASURE.search(text[max(0, m.start() - 40) : m.start()])
                    floor = max(0, m.start() - 40)
                start, flip = (floor + anti.start(), -1) if anti else (m.start(), 1)
                end = m.end()
                if sign < 0 and not anti and (after := _MEASURE_AFTER.match(text, end)):
                    end, flip = after.end(), -1
                hits.append(_Hit(start, end, sign * flip, text[start:end], "target"))
    return _no_overlap(_acts_of_removal(text, hits))


# A keyword that is itself an act of removal ("withdrawal", "repeal", "ban", "cut") and an ``against``
# phrase as its object ("the withdrawal of all foreign forces", "a ban on assault weapons"): the whole
# phrase names the topic, the object is no opposite of it.
# Up to three words of an object's noun phrase, none of them a clause's start or a verb.
_OBJECT_WORDS = (
    r"(?:(?!(?:that|which|who|and|or|but|is|are|was|were|will|would|must|should|has|have)\b)[\w'-]+\s+){0,3}$")
_REMOVAL_GAP = re.compile(
    r"^\s*(?:(?:of|on|from|by|in|to)\s+)?" + _OBJECT_WORDS,
    re.I,
)


# A noun of removal that no keyword names, with an ``against`` phrase as its object ("the departure / exit /
# removal of all foreign forces", "deep reductions in emissions"): the phrase names the removal, the topic's
# own side.
_REMOVAL_NOUN_OF = re.compile(
    rf"(?:{topics_mod.REMOVAL_WORD.pattern})\s+(?:of|in|on)\s+" + _OBJECT_WORDS,
    re.I,
)


def _acts_of_removal(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Each removal keyword joined with the ``against`` phrase that is its object, as one keyword hit; an
    ``against`` phrase that is the object of a removal noun no keyword names counts as the topic."""
    if any(h.sign < 0 for h in hits):
        hits = [_removed(text, h) if h.sign < 0 else h for h in hits]
    removals = [h for h in hits if h.sign > 0 and topics_mod.REMOVAL_WORD.search(h.words)]
    if not removals or len(hits) < 2:
        return hits
    for act in removals:
        after = [h for h in hits if h.start >= act.end]
        obj = min(after, key=lambda h: h.start) if after else None
        if obj and obj.sign < 0 and _REMOVAL_GAP.match(text[act.end : obj.start]):
            joined = _Hit(act.start, obj.end, 1, text[act.start : obj.end], "target")
            hits = [h for h in hits if h not in (act, obj)] + [joined]
    return sorted(hits, key=lambda h: h.start)


def _removed(text: str, hit: _Hit) -> _Hit:
    """``hit`` as the topic itself when a removal noun before it takes it as its object ("the exit of X")."""
    before = text[max(0, hit.start - 60) : hit.start]
    linked = " of " in before or " in " in before or " on " in before
    noun = _REMOVAL_NOUN_OF.search(before) if linked else None  # most have none: no search
    if noun is None:
        return hit
    start = hit.start - len(noun[0])
    return _Hit(start, hit.end, 1, text[start : hit.end], "target")


def _main_target(text: str, topic: Topic) -> int:
    signs = [t.sign for t in _targets(text, topic)]
    return 1 if sum(signs) >= 0 else -1


def prepare(topic: Topic) -> None:
    """Compile (and cache) the topic's patterns ``classify`` uses, before they are first needed.

    That includes the loose patterns of its keyword and ``against`` lists apart, which only some topics
    of an input reach: ingest prepares while its first workers extract, so compiling them once here
    costs less than compiling the ones each worker reaches in every worker."""
    for phrases in (topic.keywords, topic.against, topic.support_cues, topic.oppose_cues, topic.exclude):
        topics_mod.compile_phrases(tuple(phrases))
    topics_mod.compile_phrases(topic.phrases, True)  # what ``_loose_targets`` tests first
    if topic.against:  # without ``against`` phrases, the keyword list is the pattern just compiled
        for phrases in (topic.keywords, topic.against):
            topics_mod.compile_phrases(tuple(phrases), True)
    for scan in (_OP_SCAN, _ATT_SCAN, _EVAL_SCAN, _BROAD_SCAN):
        scan.patterns  # noqa: B018 (a cached property: reading it compiles the lexicons, once)


def _has_topic_cues(text: str, topic: Topic) -> bool:
    """Whether any of the topic's cue phrases occurs in ``text`` (tested once per quote, not per clause)."""
    patterns = (topics_mod.compile_phrases(tuple(p)) for p in (topic.support_cues, topic.oppose_cues))
    return any(p is not None and p.search(text) for p in patterns)


def _topic_cues(text: str, topic: Topic) -> list[_Hit]:
    hits: list[_Hit] = []
    for phrases, sign in ((topic.support_cues, 1), (topic.oppose_cues, -1)):
        pattern = topics_mod.compile_phrases(tuple(phrases))
        if pattern is not None:
            hits.extend(_Hit(m.start(), m.end(), sign, m.group(0), "topic") for m in pattern.finditer(text))
    return _no_overlap(hits)


def _attitudes(text: str, taken: list[tuple[int, int]], op_matches: tuple[_Hit, ...],
               found: tuple[tuple[_Hit, ...], tuple[_Hit, ...]]) -> list[_Hit]:
    """Attitude verbs, modals and evaluations outside targets and topic cues (signs not yet negated).

    ``found`` holds the clause's attitude and evaluation words (``_cue_words``)."""
    # an operator word inside a target ("phone ban is a lazy fix") is no operator
    removers = [m for m in op_matches if m.sign < 0 and not _overlaps(m.start, m.end, taken)]
    operator_ends = [m.end for m in removers]
    operator_spans = [(m.start, m.end) for m in removers]
    hits = []
    for matches in found:
        for m in matches:
            if _overlaps(m.start, m.end, taken):
                continue
            if m.kind == "att" and m.words[:4].lower() == "back" and _PARTICLE_VERB.search(text[: m.start]):
                continue  # "comes back the same", "fought back the tears": a particle, not "back the X"
            if (m.kind == "att" and _NOUN_ATTITUDE.match(m.words) and _OWNER_BEFORE.search(text[: m.start])
                    and not _NEED_FOR.match(text[m.end :])):
                continue  # "the region's needs": a noun, no attitude ("the need for X" still calls for X)
            if (m.kind == "att" and _COMPOUND_HEAD.match(m.words) and any(e + 1 == m.start for _, e in taken)
                    and text[m.start - 1] == " " and not _VERB_OBJECT.match(text, m.end)):
                continue  # "firearms permits issued", "ceasefire calls grew": a compound's noun, no attitude
            if m.kind == "att" and _COMPARED.search(text[: m.start]):
                continue  # "fewer than officials had hoped": a measure of the outcome, nobody's wish
            if m.kind == "eval" and any(s <= m.start and m.end <= e and e - s > m.end - m.start
                                        for s, e in operator_spans):
                continue  # "brought to justice": part of an operator
            if m.kind == "eval" and any(0 <= m.start - e <= 12 for e in operator_ends):
                continue  # "remove obstacles": the evaluation is the operator's object, not a verdict
            if m.kind == "eval" and not _verdict(text, m, taken):
                continue  # "unfair competition": describes some other noun
            if m.kind == "eval" and " " not in m.words and any(n.start == m.end + 1 for n in found[1]):
                continue  # "a historic blunder": the noun, not the adjective before it, is the verdict
            hits.append(m)
    return _no_overlap(hits)


_COMPARED = re.compile(r"\bthan\s+(?:[\w']+\s+){0,3}$", re.I)
# Attitude words that are also plural nouns: right after the topic's phrase, with no object of their own,
# they head a compound ("firearms permits") instead of saying what anyone wants ("the levy permits us to").
_COMPOUND_HEAD = re.compile(r"^(?:permits|calls|demands|requests|appeals|pleas)$", re.I)
_VERB_OBJECT = re.compile(
    r"\s+(?:for|on|to|upon|us|them|it|him|her|me|you|the|a|an|this|that|these|those|our|their|its|his|my|every|"
    r"all|any)\b", re.I)
_NEXT_WORD = re.compile(r"\W+(?:\w+\W+)?")
_PARTICLE_VERB = re.compile(
    r"\b(?:come|comes|came|coming|go|goes|went|going|get|gets|got|getting|bring|brings|brought|fight|fights|"
    r"fought|hold|holds|held|pay|pays|paid|step|steps|stepped|look|looks|looked|turn|turns|turned|"
    r"bounce|bounces|bounced|roll|rolls|rolled|scale|scales|scaled|hit|hits|grow|grows|grew|win|won)\s+$",
    re.I,
)
_NOUN_ATTITUDE = re.compile(r"^(?:needs?|wants?|demands?|hopes?)$", re.I)
_NEED_FOR = re.compile(r"\s+(?:for|to)\b", re.I)
_OWNER_BEFORE = re.compile(r"(?:\b(?:the|our|their|its|his|her|my|your|whose|basic|daily)|'s?)\s+$", re.I)


def _verdict(text: str, m: _Hit, taken: list[tuple[int, int]]) -> bool:
    if _EVAL_VERB.match(m.words) or _COPULA.search(text[: m.start]):
        return True
    following = _NEXT_WORD.match(text[m.end :])
    nxt = m.end + (following.end() if following else 0)
    return any(s <= nxt + 1 and nxt <= e for s, e in taken) or any(s == m.end + 1 for s, _ in taken)


def _operators(text: str, taken: list[tuple[int, int]], op_matches: tuple[_Hit, ...]) -> list[_Hit]:
    hits = []
    for m in op_matches:
        if _overlaps(m.start, m.end, taken) or _TEMPORAL_END.search(text[: m.start]):
            continue
        kind = "passive" if _PASSIVE.search(text[: m.start]) else "op"
        hits.append(_Hit(m.start, m.end, m.sign, m.words, kind))
    return _no_overlap(hits)


_WITHOUT_LEAD = re.compile(r"^\W*without\W", re.I)
# "Without X we will ...": the comma left out, a subject and its verb start the clause X is a condition of.
_WITHOUT_THEN = re.compile(
    r"\s*,|\s+(?:we|i|you|they|he|she|it|there|this|that|these|those|the|our|their|people|families)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:will|would|could|can|cannot|can't|won't|wouldn't|couldn't|must|might|may|"
    r"are|is|was|were|have|has|had)\b",
    re.I,
)
# "without consent is wrong": "without" heads a phrase that the verb after it judges, not a negation.
_WITHOUT_THEN_VERB = re.compile(
    r"^\W*without\W+(?:\w+\W+){0,2}(?:is|are|was|were|would be|will be)\W*$", re.I
)


_FOR_WHOM = re.compile(r"\s+(?:for|against)\s+(?:him|her|them|me|you|us|(?-i:[A-Z])[\w'-]+)\b", re.I)


def _negated_targets(text: str, targets: list[_Hit], bounds: list[int]) -> list[_Hit]:
    """ "no withdrawal", "not counterterrorism", "will not pull our troops": an operator on the target."""
    hits = []
    for t in targets:
        floor = max([b for b in bounds if b <= t.start] + [0])
        window = text[floor : t.start]
        found = _NO_BEFORE.search(window) if _may_negate(window) else None
        # "Without X, Y", "Without X we will Y": a condition, which only a judgement of Y turns into a side
        # ("without X we would be better off" opposes X); the negation stays for that judgement
        kind = "condition" if found and _WITHOUT_LEAD.match(text[: floor + found.end()]) and (
            "," in text[t.end :] or _WITHOUT_THEN.match(text, t.end)) else "op"
        if found and _CLAIM_VERB.search(found.group(0)):
            continue  # "no one thinks X works": the claim's verdict carries the negation
        if found and _FOR_WHOM.match(text, t.end):
            continue  # "I will not vote for him": a choice of whom, not a refusal of the vote
        if found and not _MODAL_BEFORE.search(text[: floor + found.start() + 1]):
            hits.append(_Hit(t.start, t.start, -1, f"{' '.join(found.group(0).split())} {t.words}", kind))
    return hits


def _negate(text: str, hit: _Hit, bounds: list[int]) -> _Hit:
    """Flip a cue under negation: "not"/"never" shortly before it (no other cue between), or "should not"."""
    after = _NEG_AFTER.match(text[hit.end :]) if _MODAL.match(hit.words) else None
    if after:
        return _Hit(hit.start, hit.end, -hit.sign, f"{hit.words} {after.group(0).strip()}", hit.kind)
    floor = max([b for b in bounds if b <= hit.start] + [hit.start - 40, 0])
    window = text[floor : hit.start].rsplit(",", 1)[-1]
    found = _NEG_WORDS.search(window) if _may_negate(window) and _NEG_BEFORE.search(window) else None
    if not found and hit.kind == "eval" and _may_negate(window):
        found = _NEG_MAKE.search(window)  # "will not make medicines cheaper": the verdict's verb is denied
        found = None if found and _NOUN_VERDICT.search(window) else found  # "won't make the same mistake"
    if not found or _WITHOUT_THEN_VERB.match(found.group(0)) or _DOUBT_VERB.search(found.group(0)):
        return hit  # "nobody doubts that X works": two negations, the claim stands
    return _Hit(hit.start, hit.end, -hit.sign, f"{' '.join(found.group(0).split())} {hit.words}", hit.kind)


def _governed_target(targets: list[_Hit], attitudes: list[_Hit], operators: list[_Hit]) -> _Hit:
    """The target a clause is about: an evaluation judges the target before it ("X is a mistake");
    verbs govern the first target after them ("urge X")."""
    cues = sorted(attitudes + operators, key=lambda h: h.start)
    anchor = cues[0] if cues else None
    if anchor is None:
        return targets[0]
    before = [t for t in targets if t.end <= anchor.start]
    after = [t for t in targets if t.start >= anchor.start]
    if anchor.kind == "eval" and before:
        return before[-1]
    return after[0] if after else before[-1] if before else targets[0]


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _no_overlap(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping hits (so "good relations" beats "good")."""
    if len(hits) < 2:
        return hits
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not _overlaps(hit.start, hit.end, [(k.start, k.end) for k in kept]) or hit.start == hit.end:
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


# --- the broad evaluative lexicon: a fallback ----------------------------------------------------
#
# quotetrack/data/evaluative.txt holds words of judgement by polarity and part of speech. When no rule
# above decides a quote, such a word decides it where it judges the topic itself: the topic (or "it" for
# it) is the subject of a copula before it ("the levy is sensible", "would be a nightmare") or of the
# judging verb ("the levy backfired"), or the word is an adjective before it ("this cruel levy"); a
# negative noun the topic removes judges the other way ("the chaos it would end"). A negation in the
# word's scope flips it; a question (unless rhetorical), a conditional, a word judging someone else
# ("the critics are cynical", "critics say the levy is unfair") do not count.

_POS_CODES = {"adjective": 1, "noun": 2, "verb": 3, "idiom": 4}
_ADJ, _NOUN, _VERB, _IDIOM = 1, 2, 3, 4


def _plural(word: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z)$", word):
        return word + "es"
    return word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"


def _verb_forms(verb: str) -> list[str]:
    """Base, -s, -ed and -ing forms by the spelling rules of regular English verbs."""
    if re.search(r"[^aeiou]y$", verb):
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    stem = verb + verb[-1] if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb) else verb
    if verb.endswith("ee"):
        return [verb, verb + "s", verb + "d", verb + "ing"]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    return [verb, _plural(verb) if verb[-1] != "y" else verb + "s", stem + "ed", stem + "ing"]


def _inflections(entry: str, pos: int) -> list[str]:
    """Every written form of an entry: the first word inflected ("a|b|c" lists its forms), the rest kept;
    a noun's last word in the plural."""
    first, _, rest = entry.partition(" ")
    tail = f" {rest}" if rest else ""
    if "|" in first:
        return [form + tail for form in first.split("|")]
    if pos == _VERB:
        return [form + tail for form in _verb_forms(first)]
    if pos == _NOUN:
        return [entry, *([] if entry.endswith("s") else [_plural(entry)])] if not rest else [
            entry, entry.rsplit(" ", 1)[0] + " " + _plural(entry.rsplit(" ", 1)[1])]
    return [entry]


@functools.cache
def _broad_lexicon() -> dict[str, tuple[int, int]]:
    """Written form -> (polarity, part of speech), read once from ``data/evaluative.txt``; a form listed
    with both polarities is left out (it judges nothing by itself)."""
    path = resources.files("quotetrack") / "data" / "evaluative.txt"
    forms: dict[str, tuple[int, int]] = {}
    clashes: set[str] = set()
    sign, pos = 0, 0
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if section := re.fullmatch(r"\[(positive|negative) (\w+)\]", line):
            sign, pos = (1 if section[1] == "positive" else -1), _POS_CODES[section[2]]
        elif line and not line.startswith("#"):
            for form in _inflections(line.lower(), pos):
                if forms.get(form, (sign, pos))[0] != sign:
                    clashes.add(form)
                forms.setdefault(form, (sign, pos))
    return {form: value for form, value in forms.items() if form not in clashes}


# Only what follows a clause's or sentence's start or its closing mark may be capitalised as a word.
_AT_CLAUSE_START = re.compile(r"(?:\A|[.!?;:])[\s\"'“‘(\[—–-]*\Z")


class _BroadScan:
    """Finds the lexicon's words in a text with one prefix-tree pattern, built on first use."""

    @functools.cached_property
    def patterns(self) -> tuple[re.Pattern, re.Pattern]:
        """(for a lower-cased ASCII text, for any text)."""
        body = rf"(?<![\w'-])(?:{trie_alternation(frozenset(_broad_lexicon()))})(?![\w-])"
        return re.compile(body), re.compile(body, _FLAGS)

    def __call__(self, text: str) -> list[tuple[_Hit, int]]:
        """(hit with its polarity as sign, part of speech) for each lexicon word; not the end of a
        hyphenated word ("over-ambitious" is no praise), not a capitalised name ("the Great Recession")
        unless the capital is the clause's own ("Madness.")."""
        lexicon = _broad_lexicon()
        lower, folded = self.patterns
        found = []
        for m in lower.finditer(text.lower()) if text.isascii() else folded.finditer(text):
            words = text[m.start() : m.end()]
            if words[0].isupper() and not _AT_CLAUSE_START.search(text, 0, m.start()):
                continue
            sign, pos = lexicon[" ".join(words.lower().split())]
            found.append((_Hit(m.start(), m.end(), sign, words, "eval"), pos))
        return found


_BROAD_SCAN = _BroadScan()
# Words that start a phrase of their own between the topic and the judgement: the judgement is then
# about something else ("the levy that critics call unfair").
_BOUNDARY = (r"(?:that|which|who|whom|whose|where|when|because|than|while|and|or|but|if|unless|says?|said|"
             r"argues?|argued|claims?|claimed|calls?|called|thinks?|believes?|insists?|complains?)")
_COPULA_WORD = (r"(?:is|are|was|were|be|been|being|'s|'re|remains?|remained|seems?|seemed|looks?|looked|"
                r"sounds?|sounded|proved|proves|proven|becomes?|became|feels?|felt)")
_FILLER = (r"(?:not|n't|never|so|very|too|really|quite|utterly|completely|totally|simply|just|truly|deeply|"
           r"pretty|rather|far|much|hugely|also|already|still|entirely|absolutely|frankly|plainly|clearly|"
           r"nothing but|more|most|less|least|no|a|an|the|such|bound to|going to|likely to|probably|"
           r"surely|certainly|always|both|being|been|be|will|would|could|might|may|can|should|must|has|have|had|"
           # what leads to a thing shares its verdict ("a step towards a surveillance state")
           r"(?:step|steps|road|path|gateway|route|ticket|slide)\s+(?:to|towards|toward|into))")
# What may stand between the topic and the judgement while the topic stays the subject's head: a word
# naming the proposal itself ("the levy plan"), and a phrase after a preposition ("the levy on second
# homes"); then, for a copula, the copula and fillers ("is simply not", "would be a").
_PROPOSAL = (r"(?:\s+(?:itself|themselves|alone|plans?|proposals?|schemes?|polic(?:y|ies)|ideas?|bills?|"
             r"laws?|measures?|programmes?|programs?|projects?|moves?|decisions?|rules?))?")
_PHRASE = (r"(?:\s+(?:of|on|in|for|at|from|with|across|around|under|within|into|out of|outside|inside|near)"
           rf"(?:\s+(?!{_BOUNDARY}\b)[\w'-]+){{1,3}}?)?")
_AUX = (r"(?:\s+(?:will|would|could|can|may|might|must|should|has|have|had|not|never|already|also)"
        r"|'ll|'d|n't)*")
_SUBJECT_COPULA = re.compile(
    rf"^{_PROPOSAL}{_PHRASE}{_AUX}(?:\s+|(?=')){_COPULA_WORD}(?:\s+{_FILLER}|n't)*\s+$", re.I)
# A relative clause on the topic itself: "a levy that is cruel".
_RELATIVE_COPULA = re.compile(rf"^\s+(?:that|which){_AUX}\s+{_COPULA_WORD}(?:\s+{_FILLER}|n't)*\s+$", re.I)
# The topic as subject of a judging verb: only auxiliaries and adverbs after those, so an object in
# between makes the verb someone else's ("asks us to pay off").
_SUBJECT_VERB = re.compile(
    rf"^{_PROPOSAL}{_PHRASE}(?:\s+(?:{_FILLER}|is|are|was|were|gets?|got|getting|\w+ly)\b|"
    rf"(?:'ll|n't|'d|'s|'re)\b)*\s+$", re.I)
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|gets?|got|getting)\W+(?:\w+ly\W+)?$|'s\W+$|'re\W+$", re.I)
_BY = re.compile(r"\s+by\b", re.I)
# Only a pointing or exclaiming determiner makes an adjective before the topic a verdict ("this cruel
# levy", "such a sensible levy"); "a remarkable job", "our brave soldiers" describe.
_DETERMINER_BEFORE = re.compile(r"\b(?:this|these|such|such an?|what an?|so)\s+(?:\w+ly\s+|very\s+)?$", re.I)
# The topic inside a phrase headed by something else ("critics of the levy", "the money from the levy").
_INSIDE_PHRASE = re.compile(r"\b(?:of|against|about|to|for|by|with|from|on|than|over)\s+(?:[\w'-]+\s+){0,3}$",
                            re.I)
_OTHERS_SAY = re.compile(
    r"\b(?:critics|opponents|detractors|sceptics|skeptics|naysayers|some|others|they|many|people|rivals|"
    r"supporters|proponents|advocates|campaigners|ministers|he|she)\s+(?:\w+\s+)?(?:say|says|said|claim|"
    r"claims|claimed|argue|argues|argued|insist|insists|insisted|think|thinks|thought|believe|believes|"
    r"believed|call|calls|called|complain|complains|complained|want|wants|wanted|feel|feels|felt)\b", re.I)
# An aside between commas ("the levy, frankly, is"), read past.
_ASIDE = re.compile(r"^\s*,(?:\s+[\w'-]+){1,3}\s*,(?=\s)")
# The speaker's own verdict on an object: "I find the levy absurd", "we consider it a disgrace".
_I_FIND = re.compile(
    r"(?:^|\W)(?:i|we)\s+(?:\w+ly\s+)?(?:find|found|consider|considered|call|called|regard|think|thought|"
    r"believe|deem|deemed)\s+(?:the|this|that|these|those|its|our|their|such)?\s*$", re.I)
_COMPLEMENT = re.compile(rf"^(?:\s+(?:to be|as))?(?:\s+{_FILLER})*\s+$", re.I)
# An extraposed verdict on doing something to the topic: "it would be madness (for us) to scrap the levy".
_IT_IS = re.compile(rf"^\W*(?:(?:i|we)\s+(?:think|believe|feel)\s+)?(?:it|this){_AUX}(?:\s+|(?='))"
                    rf"{_COPULA_WORD}(?:\s+(?:{_FILLER}|sheer|pure|plain)|n't)*\s+$", re.I)
_TO_DO = re.compile(r"^\s+(?:for\s+(?:\w+\s+){1,2}?)?(to\s+(?:\w+\s+){1,3}?)"
                    r"(?:the\s+|this\s+|a\s+|an\s+|our\s+)?$", re.I)
# A subject in a clause of time reports what happened then ("when the levy helped ...").
_WHEN_BEFORE = re.compile(r"\b(?:when|whenever|after|before|since|once|as)\s+(?:[\w'-]+\s+){0,3}$", re.I)
# A sentence after the one naming the topic: its subject "it/this/that" before a verb stands for the
# topic (or the proposal about it); a verdict alone ("Sheer madness.") judges it.
_SENTENCE_SUBJECT = re.compile(
    r"^\W*(it|this|that)(?=\s*(?:'s|is|was|would|will|could|has|seems|sounds|looks)\b)", re.I)
_FRAGMENT = re.compile(r"\W*(?:(?:a|an|what a|what an|sheer|pure|utter|absolutely|simply|just|total|complete|"
                       r"frankly|quite)\s+){0,2}(?P<w>[\w' -]+?)[\s.!]*", re.I)
# Pronouns that stand for a noun ("this" and "that" more often stand for what was just said).
_PRONOUN = re.compile(r"\b(?:it|they|them)\b", re.I)
_REMOVED_GAP = re.compile(r"\W*(?:(?:that|which|the|this|these|those|a|an|our|their|its)\W+){0,2}", re.I)
_REMOVES_AFTER = re.compile(
    r"^\W*(?:(?:will|would|could|can|should|must|has|have|had|is|are|helps?|help to|to|finally|at last)"
    r"\W+){0,2}$", re.I)


def _broad_verdict(body: str, topic: Topic, clauses: tuple[tuple[str, str], ...],
                   targeted: dict[int, list[_Hit]]) -> tuple[float, list[str]]:
    """The quote's stance from the broad lexicon alone (see above): (score, cue words). Only the clauses
    that name the topic (``targeted``) and those right after them in the same sentence are read."""
    score, cues = 0.0, []
    for at in sorted({i for t in targeted for i in (t, t + 1) if i < len(clauses)}):
        part, clause = clauses[at]
        hits = _broad_hits(clause)
        if not hits or ("?" in clause and not _RHETORICAL.match(clause)) or _before_condition(body, part):
            continue
        targets = targeted.get(at, [])
        if not targets and at - 1 in targeted and not re.search(r"[.!?]\W*$", clauses[at - 1][0]):
            before = targeted[at - 1]  # "it" for a target of the same sentence only
            anaphor = _PRONOUN.search(clause) if before else None
            if before and anaphor:
                targets = [_Hit(anaphor.start(), anaphor.end(), before[-1].sign, before[-1].words, "target")]
        elif not targets and at - 1 in targeted:  # a new sentence: "It is ...", "That is ...", "Madness."
            before = targeted[at - 1]
            fragment = _FRAGMENT.fullmatch(clause)
            # the one hit covers the fragment's word ("Sheer madness" is an entry of its own)
            if before and fragment and len(hits) == 1 and hits[0][0].start <= fragment.start("w") \
                    and hits[0][0].end == fragment.end("w"):
                score += 0.75 * hits[0][0].sign * before[-1].sign
                cues.extend([f"{hits[0][0].words} (verdict)", before[-1].words])
                continue
            if before and (subject := _SENTENCE_SUBJECT.match(clause)):
                at_subject = subject.start(1), subject.end(1)
                targets = [_Hit(*at_subject, before[-1].sign, before[-1].words, "target")]
        value, words = _broad_clause(clause, targets, hits)
        if value and at + 1 < len(clauses) and _CONTRAST.match(clauses[at + 1][0]):
            continue  # "the levy is sensible, but ...": granted before a turn, not the position
        if value and _RHETORICAL.match(clause):
            value, words = -value, [f"{clause.split()[0]} ...? (rhetorical)", *words]
        elif value and _DENIAL.match(clause):
            value, words = -value, [f"{' '.join(clause.split()[:4])} (denial)", *words]
        if value and _CONTRAST.match(part):
            score *= 0.5
        elif _CONCESSION.match(part):
            value *= 0.5
        score += value
        cues.extend(words)
    return score, cues


_THEN_CONDITION = re.compile(r"\W*(?:if|unless)\s", re.I)


def _before_condition(body: str, part: str) -> bool:
    """Whether a condition follows the clause ("it would be a godsend if ..."): a conditional verdict."""
    at = body.find(part)
    return at >= 0 and bool(_THEN_CONDITION.match(body, at + len(part)))


@functools.lru_cache(maxsize=1024)
def _broad_hits(clause: str) -> tuple[tuple[_Hit, int], ...]:
    """The lexicon words in a clause; cached: a quote on several topics is read once."""
    return tuple(_BROAD_SCAN(clause))


def _broad_clause(
    clause: str, targets: list[_Hit], hits: tuple[tuple[_Hit, int], ...]
) -> tuple[float, list[str]]:
    if not targets:
        return 0.0, []
    taken = [(t.start, t.end) for t in targets]
    total, words = 0, []
    for hit, pos in hits:
        if _overlaps(hit.start, hit.end, taken):
            continue
        judged = _judged(clause, hit, pos, targets)
        if judged is None:
            continue
        target, flip, why = judged
        hit = _negate(clause, hit, [target.end] if target.end <= hit.start else [])
        total += hit.sign * flip * target.sign
        words += [f"{hit.words} ({why})", target.words]
    if not total:
        return 0.0, []
    return 0.75 * (1 if total > 0 else -1), words


def _judged(clause: str, hit: _Hit, pos: int, targets: list[_Hit]) -> tuple[_Hit, int, str] | None:
    """The target ``hit`` judges, the sign it brings (-1: the target removes what is judged), and how."""
    for t in reversed([t for t in targets if t.end <= hit.start]):
        before = clause[: t.start]
        if _INSIDE_PHRASE.search(before) or _OTHERS_SAY.search(before) or _WHEN_BEFORE.search(before):
            return None
        gap = _ASIDE.sub("", clause[t.end : hit.start])  # "the levy, frankly, is ..."
        if pos != _VERB and (_SUBJECT_COPULA.match(gap) or _RELATIVE_COPULA.match(gap)
                             or _I_FIND.search(before) and _COMPLEMENT.match(gap)):
            return t, _subject_operators(clause, t), "verdict"
        if pos in (_VERB, _IDIOM) and _SUBJECT_VERB.match(gap):
            passive = _BE_BEFORE.search(gap) or _BY.match(clause, hit.end)
            if pos == _VERB and _participle(hit.words) and passive:
                return None  # "landlords are being squeezed": done to the topic, which may be a stakeholder
            return t, _subject_operators(clause, t), "verdict"
        break
    for t in (t for t in targets if t.start >= hit.end):
        gap = clause[hit.end : t.start]
        if pos != _VERB and _IT_IS.match(clause[: hit.start]) and (to := _TO_DO.match(gap)):
            start = hit.end + to.start(1)
            removers = [o for o in _cue_words(clause)[0] if o.sign < 0 and start <= o.start < t.start]
            return t, -1 if len(removers) % 2 else 1, "verdict"  # "it would be madness to scrap the levy"
        if (pos == _ADJ and re.fullmatch(r"\s+(?:[\w-]+\s+)?", gap)
                and _DETERMINER_BEFORE.search(clause[: hit.start])):
            return t, 1, "verdict"
        if hit.sign < 0 and pos in (_NOUN, _ADJ, _IDIOM) and _REMOVED_GAP.fullmatch(gap):
            ops = [o for o in _cue_words(clause)[0] if o.sign < 0 and o.start >= t.end]
            if ops and _REMOVES_AFTER.match(clause[t.end : ops[0].start]):
                return t, -1, f"{ops[0].words}s"
        break
    return None


def _participle(words: str) -> bool:
    first = words.split()[0].lower()
    return first.endswith("ed") or first in _irregular_participles()


@functools.cache
def _irregular_participles() -> frozenset[str]:
    """The past participles among the lexicon's hand-listed forms ("a|b|c"): of five forms the fourth
    ("steal|steals|stole|stolen|stealing"), of four the third ("pay|pays|paid|paying"), of three the
    first ("hurt|hurts|hurting")."""
    path = resources.files("quotetrack") / "data" / "evaluative.txt"
    lists = [line.split()[0].lower().split("|") for line in path.read_text(encoding="utf-8").splitlines()
             if "|" in line.split(" ", 1)[0] and not line.startswith("#")]
    return frozenset(forms[{5: 3, 4: 2, 3: 0}[len(forms)]] for forms in lists if len(forms) in (3, 4, 5))


def _subject_operators(clause: str, target: _Hit) -> int:
    """-1 when a removal verb heads the subject ("Scrapping the levy is sensible"): the verdict is on
    removing the topic."""
    removers = [o for o in _cue_words(clause)[0] if o.sign < 0 and o.end <= target.start
                and _OBJECT_GAP.match(clause[o.end : target.start])]
    return -1 if len(removers) % 2 else 1


# --- storage and corrections ---------------------------------------------------------------------


def stance_record(quote_id: int, topic_id: int | None, stance: Stance) -> tuple:
    """A ``stances`` row: (quote_id, topic_id, label, confidence, cues JSON, source)."""
    return (quote_id, topic_id, stance.label, stance.confidence, json.dumps(list(stance.cues)), "rule")


def has_corrections(db: sqlite_utils.Database) -> bool:
    """Whether any user correction is stored (none: there is nothing to replay)."""
    return db.execute("select exists (select 1 from stance_corrections)").fetchone()[0] == 1


def apply_corrections(db: sqlite_utils.Database, quote_ids: list[int] | None = None) -> int:
    """Replay user corrections onto the current quotes (by article + span + topic label); return how many.

    Called whenever rules write stances (ingest's tag_quotes, retag), so corrections always win.
    """
    sql = """
        select q.id, t.id, c.label from stance_corrections c
        join quotes q on q.article_id = c.article_id and q.start = c.start and q.end = c.end
        join topics t on t.label = c.topic_label
    """
    params: list = []
    if quote_ids is not None:
        if not quote_ids:
            return 0
        sql += f" where q.id in ({','.join('?' * len(quote_ids))})"
        params = list(quote_ids)
    rows = db.execute(sql, params).fetchall()
    db.conn.executemany(
        "insert into quote_topics (quote_id, topic_id, matched) values (?, ?, 'user') "
        "on conflict(quote_id, topic_id) do nothing",
        [(q, t) for q, t, _ in rows],
    )
    db.conn.executemany(
        "insert or replace into stances (quote_id, topic_id, label, confidence, cues, source) "
        "values (?, ?, ?, 1.0, '[\"set by user\"]', 'user')",
        rows,
    )
    return len(rows)


def set_stance(db: sqlite_utils.Database, quote_id: int, topic: str, label: str) -> dict[str, Any]:
    """Record a user's stance for (quote, topic); it wins over rules and survives retag and re-ingest."""
    if label not in STANCES:
        raise QueryError(f"Stance must be one of {', '.join(STANCES)}, not '{label}'.")
    rows = db.execute_returning_dicts(
        "select id, article_id, start, end, text from quotes where id = ?", [quote_id]
    )
    if not rows:
        raise NotFoundError(f"No quote with id {quote_id}.")
    quote = rows[0]
    found = topics_mod.find_topic(db, topic)
    conn = db.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "insert or replace into stance_corrections (article_id, start, end, topic_label, label) "
            "values (?, ?, ?, ?, ?)",
            [quote["article_id"], quote["start"], quote["end"], found["label"], label],
        )
        apply_corrections(db, [quote_id])
    except Exception:
        if own:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")
    return {
        "quote_id": quote_id,
        "topic": found["label"],
        "stance": label,
        "source": "user",
        "quote": quote["text"],
    }
