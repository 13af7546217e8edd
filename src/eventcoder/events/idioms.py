"""Event verbs inside idioms that report no act between actors (GUIDELINES §2: a verb used
outside its event sense is not coded):

- "it was met with protests": a passive "meet with" says how something was received;
- "I will leave it to you to ask the Kremlin", "leaving aside NATO": the speaker hands a
  question to someone else or sets a topic aside, and what is left is not done;
- "likes dropping bombs", "tends to ignore": a liking or a tendency, no particular act;
- "strike the right balance", "demonstrating that democracies deliver": figures of speech;
- "we consult with the EU on every subject" (habit): a relation's habit, no particular act;
- "he is actively engaged in his role", "Iran is engaged in a number of activities": being
  engaged is a state of involvement; it is a meeting only with a side or in talks;
- "prevented Ukraine from exporting its grain", "barred the minister from visiting Gaza": what
  someone is kept from doing is not done (the keeping is the event);
- "the special envoy for Ukraine negotiations", "the coordinator for sanctions policy": an event
  noun in the "for" phrase of an office names the office's remit, not an act.

Each cue is a closed class of words in a fixed syntactic frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.role_words import PRESENT_TAGS
from eventcoder.events.subjects import is_passive
from eventcoder.records import EventType

# "was met with protests": reception, not a meeting
RECEIVED = frozenset({"meet", "greet"})
# verbs of liking and tendency whose gerund or infinitive is a habit, not an act
LIKING = frozenset({"like", "love", "enjoy", "relish", "hate", "tend"})
WISH_MODALS = frozenset({"would", "'d", "should"})  # "would like to thank": a polite act
LEAVE = "leave"
# what force verbs take only figuratively: "strike the right balance", "the deal they struck"
FIGURATIVE_OBJECTS = frozenset(
    {"balance", "chord", "tone", "note", "deal", "bargain", "compromise", "pose", "accord"}
)
FIGURATIVE_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE})
# what force is aimed at only figuratively: "attacks on democracy", "an assault on the rules",
# "attacking press freedom" charge the doer (an ACCUSE by who says it), they are no use of force;
# a crackdown on freedoms (COERCE) and an attack on a state's sovereignty stay as they are
ABSTRACT_TARGETS = frozenset(
    {"democracy", "freedom", "right", "rule", "law", "value", "principle", "norm", "truth"}
)
# what is fought only as a figure: "fight climate change", "fighting against organized crime"
FOUGHT_ILLS = frozenset(
    {
        *ABSTRACT_TARGETS,
        *("climate", "change", "crisis", "pandemic", "virus", "disease", "covid-19", "covid"),
        *("corruption", "poverty", "crime", "inflation", "hunger", "famine", "trafficking"),
        *("impunity", "misinformation", "disinformation", "extremism", "fire", "flood"),
        *("discrimination", "racism", "antisemitism", "hate", "inequality", "injustice"),
    }
)
FIGHT = "fight"
SHOWING = frozenset({"demonstrate"})  # "we're demonstrating that democracies can deliver"
# "we consult with the EU on just about every subject", "every single day we build": a habit
EVERY = frozenset({"every", "each"})
HABIT_NOUNS = frozenset(
    {"day", "week", "month", "year", "time", "subject", "issue", "topic", "question", "matter"}
)
# habits of a relation; force done "every day" is an ongoing situation, left to references
RELATION_TYPES = frozenset(
    {EventType.CONSULT, EventType.COOPERATE, EventType.SUPPORT, EventType.AID, EventType.AGREE}
)
ASIDE = frozenset({"aside", "alone"})
# "engaged in talks", "engaged in diplomacy": the involvement is in talks, kept as a meeting
TALK_NOUNS = frozenset(
    {
        "talk",
        "discussion",
        "negotiation",
        "dialogue",
        "diplomacy",
        "consultation",
        "conversation",
        "meeting",
        "contact",
        "exchange",
    }
)
STATE_VERBS = frozenset({"remain", "stay", "be", "become", "keep"})
# verbs that keep someone "from" doing a thing
KEEPING = frozenset(
    {
        "prevent",
        "bar",
        "ban",
        "stop",
        "block",
        "keep",
        "prohibit",
        "restrict",
        "deter",
        "dissuade",
        "discourage",
        "preclude",
        "forbid",
        "exclude",
        "hinder",
    }
)
# offices held by a person, whose "for" phrase names their remit ("envoy for Yemen talks")
OFFICE_TITLES = frozenset(
    {
        "envoy",
        "representative",
        "coordinator",
        "commissioner",
        "ambassador",
        "secretary",
        "minister",
        "adviser",
        "advisor",
        "rapporteur",
        "czar",
        "tsar",
        "spokesperson",
        "spokesman",
        "spokeswoman",
    }
)


def idiom(tok: Token, type_: EventType, mention_at: set[int]) -> str | None:
    """Why the trigger sits in an idiom that reports no act, or None ("would be met with
    severe costs" is a THREATEN of its own: only a meeting is read as a reception)."""
    if tok.pos_ == "VERB" and (why := _verb_idiom(tok, type_, mention_at)):
        return why
    if (left := _left_to_others(tok)) is not None:
        return f"'{left.text} it to' someone else: not done by the speaker"
    if (liked := _liked(tok)) is not None:
        return f"what someone {liked.text!r} doing: a habit, no particular act"
    if type_ is EventType.CONSULT and _engaged_state(tok):
        return f"'{tok.text}' with no side and no talks: a state of involvement, no meeting"
    if (keeper := _kept_from(tok)) is not None:
        return f"'{keeper.text} ... from {tok.text}': kept from being done, not done"
    if type_ is EventType.ASSAULT and (aimed := _abstract_target(tok, mention_at)) is not None:
        return f"'{tok.text} ... {aimed.text}': force aimed at an idea, a figure of speech"
    if type_ is EventType.ASSAULT and (cause := _fought_for(tok)) is not None:
        return f"'{tok.text} for {cause.text}': fighting for a cause, no side fought"
    if tok.pos_ == "NOUN" and (office := _office_remit(tok)) is not None:
        return f"'{office.text} for ... {tok.text}': the remit of an office, no act"
    return None


def _abstract_target(tok: Token, mention_at: set[int]) -> Token | None:
    """The idea a force word is aimed at: the verb's object or the noun's "on"/"against"
    phrase ("attacking democracy", "attacks on human rights"), when it names no actor."""
    if tok.pos_ == "VERB":
        aimed = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        aimed = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in {"on", "against"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
    ideas = ABSTRACT_TARGETS
    if tok.lemma_.lower() == FIGHT and tok.pos_ == "VERB":
        ideas = FOUGHT_ILLS  # "fight climate change", "fighting against organized crime"
        aimed += [p for c in tok.children if c.lower_ == "against" for p in c.children]
    for a in aimed:
        words = {a.lemma_.lower()} | {c.lemma_.lower() for c in a.children if c.dep_ == "compound"}
        if words & ideas and a.i not in mention_at:
            return a
    return None


def _fought_for(tok: Token) -> Token | None:
    """ "fight for liberty", "fighting every day for the good of our people": a "for" phrase
    and no one fought (no object, no "with" or "against" phrase)."""
    if tok.lemma_.lower() != FIGHT or tok.pos_ != "VERB":
        return None
    kids = list(tok.children)
    if any(c.dep_ == "dobj" or c.lower_ in {"with", "against"} for c in kids):
        return None
    return next(
        (p for c in kids if c.lower_ == "for" for p in c.children if p.dep_ == "pobj"), None
    )


def _kept_from(tok: Token) -> Token | None:
    """ "prevent Ukraine from exporting", "barred him from entering or leaving": the gerund of a
    "from" phrase of a verb of keeping."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    prep = cur.head
    if cur.dep_ != "pcomp" or cur.tag_ != "VBG" or prep.lower_ != "from" or prep.head.i == prep.i:
        return None
    keeper = prep.head
    return keeper if keeper.lemma_.lower() in KEEPING and keeper.pos_ == "VERB" else None


def _office_remit(tok: Token) -> Token | None:
    """ "the special envoy for Ukraine negotiations", "coordinator for sanctions policy": the
    office whose "for" phrase the noun (or the noun it is a compound of) is."""
    cur = tok
    while cur.dep_ == "compound" and cur.head.i != cur.i:
        cur = cur.head
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # "envoy for talks and negotiations"
    prep = cur.head
    if cur.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
        return None
    office = prep.head
    return office if office.lemma_.lower() in OFFICE_TITLES and office.pos_ == "NOUN" else None


def _engaged_state(tok: Token) -> bool:
    """ "he is actively engaged in his role", "we remain engaged", "Iran is engaged in a number
    of activities": the passive or adjective "engaged" with no "with" side, no object, and no
    talks it is engaged in ("engaged in indirect discussions with Iran" stays a meeting)."""
    if tok.lower_ != "engaged":
        return False
    kids = list(tok.children)
    stative = any(c.dep_ == "auxpass" for c in kids) or (
        tok.dep_ == "acomp" and tok.head.lemma_.lower() in STATE_VERBS
    )
    if not stative or any(c.dep_ in {"dobj", "dative"} for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects and any(c.dep_ == "conj" for c in subjects[0].children):
        return False  # "India and Russia have been engaged on Afghanistan": engaged with each other
    for c in kids:
        if c.dep_ != "prep":
            continue
        if c.lower_ in {"with", "alongside"}:
            return False
        if c.lower_ == "in" and any(
            t.lemma_.lower() in TALK_NOUNS or t.lower_ == "with" for t in c.subtree
        ):
            return False
    return True


def _verb_idiom(tok: Token, type_: EventType, mention_at: set[int]) -> str | None:
    low = tok.lemma_.lower()
    kids = list(tok.children)
    if type_ is EventType.CONSULT and low in RECEIVED and is_passive(tok):
        for c in kids:
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ == "with" and objs and objs[0].i not in mention_at:
                return f"'{tok.text} with {objs[0].text}': how something was received"
    if type_ in FIGURATIVE_TYPES:
        objs = [c for c in kids if c.dep_ == "dobj"] + ([tok.head] if tok.dep_ == "relcl" else [])
        for o in objs:
            if o.lemma_.lower() in FIGURATIVE_OBJECTS and o.i not in mention_at:
                return f"'{tok.text} ... {o.text}': a figure of speech, no force"
    showing = type_ is EventType.PROTEST and low in SHOWING
    if showing and any(c.dep_ == "ccomp" for c in kids):
        return f"'{tok.text} that': showing, not protesting"
    if low == LEAVE and any(c.lower_ in ASIDE for c in kids if c.dep_ in {"advmod", "prt"}):
        return f"'{tok.text} aside': a topic set aside"
    return None


def _first_conjunct(tok: Token) -> Token:
    """The first of coordinated infinitives or gerunds ("to ask X and tell Y")."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.tag_ in {"VB", "VBG"} and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _left_to_others(tok: Token) -> Token | None:
    """ "I will leave it to you to ask the Kremlin": the infinitive is handed to the addressee."""
    cur = _first_conjunct(tok)
    head = cur.head
    if cur.dep_ not in {"advcl", "xcomp"} or head.lemma_.lower() != LEAVE:
        return None
    kids = list(head.children)
    if any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in kids
    ):
        return head
    return None


def _liked(tok: Token) -> Token | None:
    """ "likes dropping bombs on people, and killing them": a liking's gerund or infinitive (a
    gerund the parser hung on the finite "likes" is listed with the gerund before it)."""
    cur = tok
    if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in LIKING:
        listed = [c for c in tok.head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
        cur = listed[0] if listed else tok
    cur = _first_conjunct(cur)  # "likes dropping bombs and killing people"
    head = cur.head
    if cur.dep_ != "xcomp" or head.lemma_.lower() not in LIKING or cur.tag_ not in {"VBG", "VB"}:
        return None
    if any(c.dep_ == "aux" and c.lower_ in WISH_MODALS for c in head.children):
        return None  # "we would like to thank Japan": the wish performs the act
    return head


def habit(verb: Token, type_: EventType) -> str | None:
    """ "We consult closely with the EU on just about every subject": a simple present with
    "every" day, time or subject states a habit of a relation, no particular act."""
    if type_ not in RELATION_TYPES or verb.pos_ != "VERB":
        return None
    if verb.tag_ not in PRESENT_TAGS or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    nouns = [c for c in verb.children if c.dep_ == "npadvmod"]
    nouns += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for n in nouns:  # "on just about every subject imaginable": the parser may hang it oddly
        span = list(n.subtree)
        if any(d.lower_ in EVERY for d in span):
            for t in span:
                if t.lemma_.lower() in HABIT_NOUNS:
                    return f"a habit in the present ({t.text!r} with 'every'), no particular act"
    return None
