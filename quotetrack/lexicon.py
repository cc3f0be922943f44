"""Word lists shared by the quote detectors and the speaker resolver (read-only for other modules).

Everything here is plain data plus compiled alternations, so detectors can build one regex each
instead of looping over words.
"""

from __future__ import annotations

import re


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Speech verbs as (base, third person, past, gerund). Past covers the simple past and participle.
_VERB_FORMS: tuple[tuple[str, str, str, str], ...] = (
    ("say", "says", "said", "saying"),
    ("tell", "tells", "told", "telling"),
    ("add", "adds", "added", "adding"),
    ("argue", "argues", "argued", "arguing"),
    ("urge", "urges", "urged", "urging"),
    ("warn", "warns", "warned", "warning"),
    ("insist", "insists", "insisted", "insisting"),
    ("stress", "stresses", "stressed", "stressing"),
    ("emphasise", "emphasises", "emphasised", "emphasising"),
    ("emphasize", "emphasizes", "emphasized", "emphasizing"),
    ("note", "notes", "noted", "noting"),
    ("claim", "claims", "claimed", "claiming"),
    ("deny", "denies", "denied", "denying"),
    ("declare", "declares", "declared", "declaring"),
    ("announce", "announces", "announced", "announcing"),
    ("explain", "explains", "explained", "explaining"),
    ("ask", "asks", "asked", "asking"),
    ("write", "writes", "wrote", "writing"),
    ("state", "states", "stated", "stating"),
    ("tweet", "tweets", "tweeted", "tweeting"),
    ("reply", "replies", "replied", "replying"),
    ("respond", "responds", "responded", "responding"),
    ("answer", "answers", "answered", "answering"),
    ("continue", "continues", "continued", "continuing"),
    ("recall", "recalls", "recalled", "recalling"),
    ("admit", "admits", "admitted", "admitting"),
    ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    ("concede", "concedes", "conceded", "conceding"),
    ("confirm", "confirms", "confirmed", "confirming"),
    ("contend", "contends", "contended", "contending"),
    ("maintain", "maintains", "maintained", "maintaining"),
    ("assert", "asserts", "asserted", "asserting"),
    ("allege", "alleges", "alleged", "alleging"),
    ("complain", "complains", "complained", "complaining"),
    ("suggest", "suggests", "suggested", "suggesting"),
    ("predict", "predicts", "predicted", "predicting"),
    ("promise", "promises", "promised", "promising"),
    ("pledge", "pledges", "pledged", "pledging"),
    ("vow", "vows", "vowed", "vowing"),
    ("threaten", "threatens", "threatened", "threatening"),
    ("demand", "demands", "demanded", "demanding"),
    ("describe", "describes", "described", "describing"),
    ("observe", "observes", "observed", "observing"),
    ("remark", "remarks", "remarked", "remarking"),
    ("comment", "comments", "commented", "commenting"),
    ("mention", "mentions", "mentioned", "mentioning"),
    ("report", "reports", "reported", "reporting"),
    ("reveal", "reveals", "revealed", "revealing"),
    ("disclose", "discloses", "disclosed", "disclosing"),
    ("indicate", "indicates", "indicated", "indicating"),
    ("point out", "points out", "pointed out", "pointing out"),
    ("call for", "calls for", "called for", "calling for"),
    ("call on", "calls on", "called on", "calling on"),
    ("call", "calls", "called", "calling"),
    ("charge", "charges", "charged", "charging"),
    ("accuse", "accuses", "accused", "accusing"),
    ("blame", "blames", "blamed", "blaming"),
    ("criticise", "criticises", "criticised", "criticising"),
    ("criticize", "criticizes", "criticized", "criticizing"),
    ("condemn", "condemns", "condemned", "condemning"),
    ("praise", "praises", "praised", "praising"),
    ("welcome", "welcomes", "welcomed", "welcoming"),
    ("reject", "rejects", "rejected", "rejecting"),
    ("dismiss", "dismisses", "dismissed", "dismissing"),
    ("agree", "agrees", "agreed", "agreeing"),
    ("propose", "proposes", "proposed", "proposing"),
    ("recommend", "recommends", "recommended", "recommending"),
    ("advise", "advises", "advised", "advising"),
    ("caution", "cautions", "cautioned", "cautioning"),
    ("boast", "boasts", "boasted", "boasting"),
    ("joke", "jokes", "joked", "joking"),
    ("quip", "quips", "quipped", "quipping"),
    ("shout", "shouts", "shouted", "shouting"),
    ("cry", "cries", "cried", "crying"),
    ("exclaim", "exclaims", "exclaimed", "exclaiming"),
    ("whisper", "whispers", "whispered", "whispering"),
    ("mutter", "mutters", "muttered", "muttering"),
    ("testify", "testifies", "testified", "testifying"),
    ("estimate", "estimates", "estimated", "estimating"),
    ("conclude", "concludes", "concluded", "concluding"),
    ("reiterate", "reiterates", "reiterated", "reiterating"),
    ("repeat", "repeats", "repeated", "repeating"),
    ("assure", "assures", "assured", "assuring"),
    ("inform", "informs", "informed", "informing"),
    ("speculate", "speculates", "speculated", "speculating"),
    ("believe", "believes", "believed", "believing"),
    ("think", "thinks", "thought", "thinking"),
    ("hope", "hopes", "hoped", "hoping"),
    ("fear", "fears", "feared", "fearing"),
    ("worry", "worries", "worried", "worrying"),
    ("expect", "expects", "expected", "expecting"),
    ("signal", "signals", "signalled", "signalling"),
    ("appeal", "appeals", "appealed", "appealing"),
    ("plead", "pleads", "pleaded", "pleading"),
    ("counter", "counters", "countered", "countering"),
    ("retort", "retorts", "retorted", "retorting"),
    ("protest", "protests", "protested", "protesting"),
    ("object", "objects", "objected", "objecting"),
    ("question", "questions", "questioned", "questioning"),
    ("wonder", "wonders", "wondered", "wondering"),
    ("elaborate", "elaborates", "elaborated", "elaborating"),
    ("clarify", "clarifies", "clarified", "clarifying"),
    ("summarise", "summarises", "summarised", "summarising"),
    ("summarize", "summarizes", "summarized", "summarizing"),
    ("underline", "underlines", "underlined", "underlining"),
    ("underscore", "underscores", "underscored", "underscoring"),
    ("highlight", "highlights", "highlighted", "highlighting"),
    ("affirm", "affirms", "affirmed", "affirming"),
    ("proclaim", "proclaims", "proclaimed", "proclaiming"),
    ("order", "orders", "ordered", "ordering"),
    ("instruct", "instructs", "instructed", "instructing"),
    ("request", "requests", "requested", "requesting"),
    ("invite", "invites", "invited", "inviting"),
    ("encourage", "encourages", "encouraged", "encouraging"),
    ("implore", "implores", "implored", "imploring"),
    ("press", "presses", "pressed", "pressing"),
    ("brief", "briefs", "briefed", "briefing"),
    ("post", "posts", "posted", "posting"),
    ("sing", "sings", "sang", "singing"),
    ("chant", "chants", "chanted", "chanting"),
    ("read", "reads", "read", "reading"),
    ("begin", "begins", "began", "beginning"),
    ("go on", "goes on", "went on", "going on"),
    ("put it", "puts it", "put it", "putting it"),
    ("sum up", "sums up", "summed up", "summing up"),
    ("spell out", "spells out", "spelled out", "spelling out"),
)

# Irregular participles that differ from the simple past.
_EXTRA_FORMS: tuple[str, ...] = ("written", "sung", "begun", "gone on", "spoken", "speaks", "spoke",
                                 "speaking", "speak")


def _unique(words: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for w in words:
        seen.setdefault(w, None)
    return tuple(seen)


def forms_of(*bases: str) -> frozenset[str]:
    """Every form of the given speech verbs ("say" -> say, says, said, saying)."""
    return frozenset(w for f in _VERB_FORMS if f[0] in bases for w in f)


SPEECH_VERB_BASES: tuple[str, ...] = _unique([f[0] for f in _VERB_FORMS])
SPEECH_VERBS: frozenset[str] = frozenset(w for f in _VERB_FORMS for w in f) | frozenset(_EXTRA_FORMS)

# What ties an unnamed source to what it knows: "a source close to him", "people familiar with the
# talks", "officials with (direct) knowledge of the plan". Word -> the preposition after it.
UNNAMED_POST_MODIFIERS: dict[str, str] = {
    "close": "to", "familiar": "with", "briefed": "on", "knowledgeable": "about", "knowledge": "of",
    "involved": "in",
}

# Heads of organisations that speak ("Russia's foreign ministry said", "the state department said").
ORGANISATION_HEADS: frozenset[str] = frozenset({
    "ministry", "department", "agency", "embassy", "government", "commission", "committee", "council",
    "office", "court", "company", "campaign", "army", "military", "parliament", "authorities", "party",
})

# US states: full names and the AP-style abbreviations that follow a town ("Ava, Mo.", "Columbus, Ohio").
_ABBREVIATED_STATES = """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex vt va wash wis wyo n.h n.j n.m n.y n.c n.d s.c s.d r.i w.va"""
_STATES = """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia wisconsin wyoming"""
US_STATE_ABBREVIATIONS: frozenset[str] = frozenset(_ABBREVIATED_STATES.split())
US_STATE_NAMES: frozenset[str] = frozenset(_STATES.split())

# Verbs of manner that attribute a quote next to them ("“Q,” she scoffed") but rarely report
# speech on their own ("scoffed at the idea"): the direct-quote detector reads them, indirect does not.
_MANNER_FORMS: tuple[tuple[str, str, str, str], ...] = (
    ("scoff", "scoffs", "scoffed", "scoffing"), ("surmise", "surmises", "surmised", "surmising"),
    ("bark", "barks", "barked", "barking"), ("snap", "snaps", "snapped", "snapping"),
    ("muse", "muses", "mused", "musing"), ("fume", "fumes", "fumed", "fuming"),
    ("gush", "gushes", "gushed", "gushing"), ("laugh", "laughs", "laughed", "laughing"),
    ("sigh", "sighs", "sighed", "sighing"), ("chuckle", "chuckles", "chuckled", "chuckling"),
    ("deadpan", "deadpans", "deadpanned", "deadpanning"), ("marvel", "marvels", "marveled", "marveling"),
    ("brag", "brags", "bragged", "bragging"), ("gripe", "gripes", "griped", "griping"),
    ("grumble", "grumbles", "grumbled", "grumbling"), ("lament", "laments", "lamented", "lamenting"),
    ("chide", "chides", "chided", "chiding"), ("scold", "scolds", "scolded", "scolding"),
    ("tease", "teases", "teased", "teasing"), ("yell", "yells", "yelled", "yelling"),
    ("scream", "screams", "screamed", "screaming"), ("blurt", "blurts", "blurted", "blurting"),
    ("mock", "mocks", "mocked", "mocking"), ("taunt", "taunts", "taunted", "taunting"),
    ("riff", "riffs", "riffed", "riffing"), ("beam", "beams", "beamed", "beaming"),
    ("echo", "echoes", "echoed", "echoing"), ("intone", "intones", "intoned", "intoning"),
    ("snarl", "snarls", "snarled", "snarling"), ("sneer", "sneers", "sneered", "sneering"),
    ("rave", "raves", "raved", "raving"), ("rant", "rants", "ranted", "ranting"),
    ("stammer", "stammers", "stammered", "stammering"), ("murmur", "murmurs", "murmured", "murmuring"),
    ("remember", "remembers", "remembered", "remembering"), ("crow", "crows", "crowed", "crowing"),
    ("shoot back", "shoots back", "shot back", "shooting back"),
    ("fire back", "fires back", "fired back", "firing back"),
    ("hit back", "hits back", "hit back", "hitting back"),
    ("interject", "interjects", "interjected", "interjecting"),
    ("chime in", "chimes in", "chimed in", "chiming in"),
    ("retaliate", "retaliates", "retaliated", "retaliating"),
    ("weigh in", "weighs in", "weighed in", "weighing in"),
)
QUOTE_VERBS: frozenset[str] = SPEECH_VERBS | frozenset(w for f in _MANNER_FORMS for w in f)

# The verbs that are reliably speech (no cognition verbs like "believe"/"think", no "call"
# which is often "called X a Y"), used where a bare verb next to a quote must decide attribution.
STRONG_SPEECH_BASES: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "argue", "urge", "warn", "insist", "stress", "emphasise", "emphasize",
        "note", "claim", "deny", "declare", "announce", "explain", "ask", "write", "state", "tweet",
        "reply", "respond", "answer", "continue", "recall", "admit", "acknowledge", "concede",
        "confirm", "contend", "maintain", "assert", "allege", "complain", "suggest", "predict",
        "promise", "pledge", "vow", "threaten", "demand", "observe", "remark", "comment", "reveal",
        "point out", "charge", "caution", "boast", "joke", "quip", "shout", "cry", "exclaim",
        "whisper", "mutter", "testify", "conclude", "reiterate", "repeat", "assure", "counter",
        "retort", "protest", "wonder", "elaborate", "clarify", "underline", "underscore",
        "affirm", "proclaim", "plead", "go on", "put it", "sum up", "speak", "post",
    }
)
STRONG_SPEECH_VERBS: frozenset[str] = frozenset(
    w for f in _VERB_FORMS if f[0] in STRONG_SPEECH_BASES for w in f
) | frozenset({"written", "spoke", "speaks", "speaking", "speak", "spoken", "gone on"})

# Nouns that mark a statement without a verb ("in a statement", "in an interview").
SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "statement", "interview", "speech", "remarks", "address", "tweet", "post", "letter",
        "press conference", "news conference", "briefing", "message", "testimony", "op-ed",
        "column", "email", "e-mail", "report", "declaration", "communique", "communiqué",
    }
)

# Multi-word cues that introduce a speaker rather than follow one.
SOURCE_PHRASES: tuple[str, ...] = ("according to", "in the words of", "as put by", "quoting")

# Titles and honorifics: never part of a name, kept as roles.
HONORIFICS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "mullah", "mulla", "mawlawi", "maulvi", "maulana", "sheikh", "shaikh", "haji", "hajji",
        "sayed", "sayyid", "ayatollah", "imam", "rev", "reverend", "father", "bishop", "archbishop",
        "cardinal", "pope", "rabbi", "king", "queen", "prince", "princess", "emir", "sultan",
        "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain",
        "sgt", "sergeant", "cpl", "corporal", "adm", "admiral", "commander", "cmdr", "marshal",
        "brig", "brigadier", "gov", "governor", "sen", "senator", "rep", "representative",
        "congressman", "congresswoman", "president", "vice", "chancellor", "premier", "minister",
        "secretary", "ambassador", "envoy", "mayor", "judge", "justice", "chief", "deputy",
        "speaker", "chairman", "chairwoman", "chair", "director", "officer", "commissioner",
        "superintendent", "inspector", "detective", "agent", "attorney", "prosecutor", "spokesman",
        "spokeswoman", "spokesperson", "leader", "founder", "coach", "councillor", "councilman",
        "councilwoman", "alderman", "assemblyman", "assemblywoman", "sheriff", "warlord",
        "engr", "eng", "smt", "adv", "insp", "supt", "atty", "cdr",
        "foreign", "defence", "defense", "interior", "finance", "prime", "first", "former",
        "acting", "interim", "national", "security", "adviser", "advisor", "special", "state",
        "mp", "mep", "msp", "qc", "kc", "jr", "sr", "hon", "honourable", "honorable", "excellency",
    }
)

# Role nouns that a definite description can use to point at a person ("the minister said").
# Doctors named by their speciality: role nouns, and "the paediatrician" is the article's "Dr. X".
MEDICAL_SPECIALISTS: frozenset[str] = frozenset((
    "paediatrician", "pediatrician", "cardiologist", "oncologist", "neurologist", "psychiatrist",
    "obstetrician", "gynaecologist", "gynecologist", "anaesthetist", "anesthesiologist", "radiologist",
    "dermatologist",
))
ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "president", "minister", "secretary", "ambassador", "envoy", "governor", "senator",
        "congressman", "congresswoman", "mayor", "judge", "spokesman", "spokeswoman",
        "spokesperson", "chairman", "chairwoman", "chair", "director", "commander", "general",
        "leader", "chief", "official", "officer", "commissioner", "prosecutor", "attorney",
        "lawyer", "premier", "chancellor", "king", "queen", "prince", "emir", "candidate",
        "lawmaker", "legislator", "representative", "diplomat", "negotiator", "adviser", "advisor",
        "founder", "executive", "ceo", "head", "coach", "manager", "author", "professor", "analyst",
        "expert", "scholar", "researcher", "economist", "activist", "cleric", "mullah", "warlord",
        "politician", "businessman", "businesswoman", "billionaire", "father", "mother", "doctor",
        "nominee", "incumbent", "challenger", "democrat", "republican", "justice", "sheriff",
        "inspector", "detective", "superintendent", "councillor", "councilman", "councilwoman",
        "councilmember", "councilor",
        "deputy", "vice", "mp", "editor", "writer", "journalist", "reporter", "columnist",
        "historian", "scientist", "actor", "actress", "singer", "star", "player", "owner",
        "chairperson", "strategist", "pollster", "host", "co-host", "anchor", "co-anchor", "pastor", "bishop",
        "priest", "rabbi", "imam", "ayatollah", "ruler", "dictator", "monarch", "militant",
        "insurgent", "rebel", "fighter", "soldier", "veteran", "student", "teacher", "woman", "man",
        "resident", "farmer", "worker", "victim", "witness", "survivor", "secretary-general",
        "engineer", "nurse", "elder", "trader", "pilot", "clerk", "lecturer", "physician", "surgeon",
        "pharmacist", "mechanic", "driver", "shopkeeper", "vendor", "merchant", "banker", "broker",
        "entrepreneur", "consultant", "organiser", "organizer", "campaigner", "volunteer", "chef",
        "artist", "musician", "poet", "novelist", "filmmaker", "director-general", "commentator",
        "ally", "aide", "supporter", "delegate", "donor", "staffer", "operative", "surrogate",
        "lobbyist", "colleague", "critic", "rival", "pundit", "blogger", "protester", "boss",
        "moderator", "panelist", "interviewer", "speechwriter", "constituent", "correspondent", "producer",
        "publisher", "counsel", "superdelegate", "loyalist", "co-founder", "cofounder", "treasurer",
        "controller", "coordinator", "principal", "headteacher", "headmaster", "headmistress",
        "vicar", "landlord", "tenant", "shopper", "commuter", "passenger", "fisherman", "midwife",
        "paramedic", "firefighter",
    }
    | MEDICAL_SPECIALISTS
)

# Offices written "<Title> of <Office>" before a name ("Supervisor of Elections Ann Roe") that the role
# and title lists lack.
_OFFICES = """supervisor superintendent comptroller controller registrar administrator inspector auditor
recorder commander chair chairwoman chairperson speaker"""
OFFICE_TITLES: frozenset[str] = frozenset(_OFFICES.split())
# What someone issues and which then speaks for them: "a statement from Ann Roe", "a letter by the mayor".
_DOCUMENTS = """statement letter email e-mail memo post tweet response petition resolution release message
note video ad report filing"""
DOCUMENT_NOUNS: frozenset[str] = frozenset(_DOCUMENTS.split())
# Written records cited as evidence ("according to a lawsuit"): they speak only for an author named in them.
_RECORDS = """memo memos lawsuit lawsuits document complaint complaints transcript transcripts article
articles indictment affidavit motion motions filing filings"""
RECORD_NOUNS: frozenset[str] = frozenset(_RECORDS.split())
# Third-person pronouns that can stand for a speaker; first/second person never can.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
REFLEXIVES: frozenset[str] = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves",
                                         "yourself"})
BE_FORMS: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being"})
WEEKDAYS: frozenset[str] = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                      "Sunday"})
GROUP_PRONOUNS: frozenset[str] = frozenset({"they", "it"})
NON_SPEAKER_PRONOUNS: frozenset[str] = frozenset({"i", "we", "you", "me", "us", "one"})
MALE_PRONOUNS: frozenset[str] = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS: frozenset[str] = frozenset({"she", "her", "hers", "herself"})
MALE_TITLES: frozenset[str] = frozenset(
    {"mr", "sir", "lord", "king", "prince", "father", "congressman", "chairman", "spokesman",
     "councilman", "assemblyman", "businessman", "mullah", "sheikh", "emir", "sultan"}
)
FEMALE_TITLES: frozenset[str] = frozenset(
    {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman", "chairwoman",
     "spokeswoman", "councilwoman", "assemblywoman", "businesswoman", "actress", "mother"}
)

# Common given names: weak gender evidence for he/she, and evidence that a phrase names a person.
MALE_FIRST_NAMES: frozenset[str] = _words(
    """
    aaron adam adrian ahmad ahmed alan albert alex alexander alexei ali allen andre andrew andy
    angus anthony antonio arnold arthur ashraf barack barry ben benjamin bernard bernie bill billy
    bob bobby boris brad bradley brandon brett brian bruce bryan carl carlos charles charlie chris
    christopher chuck clarence claude cliff colin craig dan daniel danny darrell dave david dennis
    derek dick don donald doug douglas duncan dwight earl eddie edward eli elijah emmanuel eric erik
    ernest eugene evan francis frank franklin fred freddie gary gavin gene geoff geoffrey george
    gerald gordon graham grant greg gregory guy hamid hank harold harry hassan henry herbert howard
    hugh hussein ian isaac ivan jack jacob jake james jared jason javier jay jeb jeff jeffrey
    jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan
    julian justin karl keith ken kenneth kevin khalid kurt larry lawrence leon leonard
    louis luis luke malcolm marco mark martin marvin matt matthew max michael mike mitch mitt mohammad
    mohammed muhammad mustafa nathan neil nick nicholas nigel noah norman omar oscar owen pablo
    patrick paul pedro pete peter phil philip rafael ralph ramon randy ray raymond reince richard
    rick rob robert rod rodney roger roland ron ronald ross roy rudy rupert russell ryan sam
    samuel scott sean sergei sergey seth simon stanley stephen steve steven stuart ted terry thomas
    tim timothy todd tom tommy tony travis trey troy tyler vernon victor vincent vladimir walter
    warren wayne william willie xi yusuf zachary
    christian sebastian damian florian dorian spencer tucker hunter trevor connor conor hector homer
    oliver jasper asher chester lester dexter igor nestor salvador
    osama usama hamza musa isa yahya luca nikola ezra akiva ilya nikita misha
    ilija luka aleksa nemanja kosta dima vanya pasha kuba attila issa moussa zakaria taha reza raza
    irving sterling mirza khalifa mustapha juma shota themba mandla siyabonga bonga lunga danjuma garba
    wes wesley glenn kirk kent chad cody dale derrick dustin ethan floyd frederick herman jerome
    joey kyle lloyd marc mario maurice milton morris ned nelson otis percy preston quentin
    reggie ricky ronnie russ sammy teddy toby vince wendell wilbur winston zach newt rahm
    tad corey cory elliot elliott joaquin kareem lamar mickey nate sherrod tobias
    """
)
FEMALE_FIRST_NAMES: frozenset[str] = _words(
    """
    abigail alice alicia alison amanda amy ana andrea angela angelina ann anna anne annie april
    barbara becky betsy betty beverly bonnie brenda brittany carly carol caroline carolyn catherine
    cathy charlotte cheryl christina christine cindy claire clara claudia connie cynthia daisy
    danielle debbie deborah debra denise diana diane donna doris dorothy edith elaine eleanor elena
    elizabeth ellen emily emma erin eva evelyn fatima fiona frances gabrielle gail gina gloria grace
    hannah heather heidi helen hillary holly irene jackie jacqueline jane janet janice jeanne
    jennifer jenny jessica jill joan joanne jodi joni josephine joyce judith judy julia julie karen
    kate katherine kathleen kathryn kathy katie kay kelly kellyanne kimberly kirsten kristen
    laura lauren leah linda lisa liz lois loretta lori louise lucy lynn maria marie marilyn marsha
    martha mary maxine megan melania melissa michele michelle monica nancy natalie nicole nikki nina
    olivia pam pamela patricia patty dawn faith joy hope paula peggy penny rachel rebecca regina
    rita roberta rosa rose
    ruth sally samantha sandra sara sarah sharon sheila shirley sonia sophia stephanie sue susan
    suzanne tammy teresa theresa tiffany tina tracy valerie vanessa victoria virginia wendy yvonne
    vivian lillian gillian jillian marian esther amber harper piper marine
    margaret madeleine madeline melanie megyn meghan meg marianne miriam naomi phyllis
    rosemary agnes harriet marjorie muriel gretchen ingrid astrid janine jeanine nadine colleen
    carrie sherry terri juliet annette jeanette yvette colette bernadette rochelle estelle janelle
    allison ashley brooke whitney kristin gwen zoe chloe ellie katy dianne elise abby ginny
    """
)
# Given names both men and women bear: evidence of a person, none of a gender.
UNISEX_FIRST_NAMES: frozenset[str] = _words("lee pat robin jamie dana kim lindsey jean blessing")


# English given names and their everyday forms: "Joe Biden" and "Joseph R. Biden" are one man. Families
# are separated by ";"; a short form in two families ("Ted": Edward, Theodore) is listed in both. Forms
# that are given names in their own right (Sandra, Drew, Leo, Jamie) are left out.
_GIVEN_NAME_FAMILIES = """
joseph joe joey; william bill billy will willy; robert bob bobby rob robbie bert; michael mike mikey mick
thomas tom tommy; james jim jimmy; richard dick rick ricky rich richie; charles chuck charlie chas
david dave davey; daniel dan danny; edward ed eddie ted ned; theodore ted teddy; anthony tony
stephen steve stevie; steven steve stevie; christopher chris kit; nicholas nick nicky; patrick pat paddy
samuel sam sammy; benjamin ben benny; andrew andy; alexander alex; lawrence larry
laurence larry; gerald jerry gerry; jeffrey jeff; geoffrey geoff jeff; gregory greg; matthew matt
timothy tim timmy; kenneth ken kenny; ronald ron ronnie; donald don donnie; douglas doug; frederick fred
freddie; henry hank harry; harold harry hal; john jack johnny; jonathan jon; mitchell mitch; newton newt
bernard bernie; leonard len lenny; raymond ray; walter walt; albert al bert; alfred al alf fred
vincent vince; eugene gene; francis frank; franklin frank; philip phil; zachary zach; nathaniel nate nat
elizabeth liz lizzie beth betsy betty eliza; katherine kate katie kathy; catherine cathy kate katie
margaret maggie peggy meg; susan sue susie; jennifer jen jenny; rebecca becky; deborah debbie deb
patricia pat patty trish; barbara barb; victoria vicky tori; jacqueline jackie; christine chris chrissy
kimberly kim; pamela pam; cynthia cindy; alexandra alex; samantha sam; abigail abby; judith judy
"""


def _name_forms(families: str) -> dict[str, frozenset[str]]:
    """Each given name -> every name of the families it is in ("ted" -> Edward's and Theodore's)."""
    forms: dict[str, frozenset[str]] = {}
    for family in map(str.split, families.split(";")):
        for name in family:
            forms[name] = forms.get(name, frozenset()) | frozenset(family)
    return forms


GIVEN_NAME_FORMS = _name_forms(_GIVEN_NAME_FAMILIES)

# Nouns for people the article does not name: their quotes have speaker None.
UNNAMED_SOURCE_NOUNS: frozenset[str] = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons", "spokesmen",
        "official", "officials", "source", "sources", "analyst", "analysts", "expert", "experts",
        "observer", "observers", "critic", "critics", "aide", "aides", "diplomat", "diplomats",
        "resident", "residents", "witness", "witnesses", "person", "people", "insider", "insiders",
        "supporter", "supporters", "opponent", "opponents", "member", "members", "representative",
        "representatives", "statement", "report", "reports", "poll", "polls", "study", "survey",
        "commentator", "commentators", "politician", "politicians", "leader", "leaders", "activist",
        "activists", "protester", "protesters", "protestor", "protestors", "voter", "voters",
        "lawmaker", "lawmakers", "legislator", "legislators", "officer", "officers", "worker",
        "workers", "someone", "others", "some", "many", "several", "one", "another", "staffer",
        "staffers", "adviser", "advisers", "advisor", "advisors", "negotiator", "negotiators",
        "scientist", "scientists", "researcher", "researchers", "economist", "economists",
        "americans", "afghans", "europeans", "russians", "republicans", "democrats", "prosecutors",
        "demonstrators", "proponents", "organizers", "organisers", "delegates", "neighbour", "neighbours",
        "neighbor", "neighbors", "friend", "friends", "relative", "relatives", "cousin", "acquaintance",
    }
)

# Words that show a capitalised phrase names an organisation, not a person.
ORG_CUES: frozenset[str] = frozenset(
    {
        "ministry", "department", "office", "house", "council", "committee", "commission", "agency",
        "bureau", "party", "government", "administration", "army", "forces", "force", "police",
        "court", "parliament", "congress", "senate", "assembly", "union", "association",
        "organisation", "organization", "institute", "foundation", "corporation", "company", "corp",
        "inc", "ltd", "group", "bank", "fund", "university", "college", "school", "church", "news",
        "times", "post", "journal", "press", "network", "board", "authority", "service", "services",
        "coalition", "alliance", "front", "movement", "taliban", "nato", "un", "eu", "who", "imf",
        "pentagon", "kremlin", "cabinet", "embassy", "mission", "secretariat", "tribunal", "league",
        "federation", "club", "team", "campaign", "centre", "center", "directorate", "command",
        "state", "states", "nations", "telegraph", "guardian", "herald", "tribune",
        "reuters", "ap", "afp", "bbc", "cnn", "fox", "nbc", "cbs", "abc", "msnbc", "npr",
        "museum", "gallery", "holdings",
    }
)

# Speakers that are organisations even though they look like one capitalised word.
KNOWN_ORGANISATIONS: frozenset[str] = frozenset(
    {
        "taliban", "nato", "kremlin", "pentagon", "white house", "un", "united nations", "eu",
        "european union", "hamas", "hezbollah", "isis", "al qaeda", "al-qaeda", "congress",
        "senate", "reuters", "afp", "ap", "bbc", "cnn",
    }
)


def alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    """A regex alternation matching any of ``words`` (longest first, spaces as flexible blanks)."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


SPEECH_VERB_RE: str = alternation(SPEECH_VERBS)
STRONG_SPEECH_VERB_RE: str = alternation(STRONG_SPEECH_VERBS)


def trie_alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words`` factored by shared prefixes (spaces as flexible blanks): the
    regex engine tries one character class per position instead of every word, many times faster."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    if list(node) == [""]:
        return ""
    branches: list[str] = []
    singles: list[str] = []
    for ch in sorted(k for k in node if k):
        rest = _trie_node(node[ch])
        char = r"\s+" if ch == " " else re.escape(ch)
        (branches if rest else singles).append(char + rest)
    if len(singles) > 1 and all(len(c) == 1 for c in singles):
        branches.append("[" + "".join(singles) + "]")
    else:
        branches.extend(singles)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
