"""Tense cues of a habit: a habitual adverb ("regularly", "routinely") makes a clause a habit,
no particular act, when the clause is in the present ("we meet regularly") or is an infinitive a
present or "will" verb takes ("the Quad will continue to meet regularly": a habit to come).
A past verb ("always refused to meet") reports a particular stance and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.events.modality_words import FUTURE_AUX
from eventcoder.events.reference_words import SPEECH_STANCE
from eventcoder.events.role_words import PRESENT_TAGS, REPORT_VERBS
from eventcoder.records import EventType


def present(v: Token) -> bool:
    """The verb is in the present, or its auxiliary is ("has always", "is routinely")."""
    return v.tag_ in PRESENT_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in PRESENT_TAGS for c in v.children
    )


def future_habit(v: Token, above: list[Token]) -> bool:
    """The verb is an infinitive taken by a present or "will" verb ("will continue to meet",
    "plan to meet"); `above` are the verbs it hangs from, nearest first."""
    if v.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    if not above or v.dep_ != "xcomp":
        return False
    gov = above[0]
    return present(gov) or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in gov.children)


# ---- phrases of repetition or long duration --------------------------------------------------
# "too often", "at times", "time and again", "for too long": the clause tells what keeps
# happening, no particular act (checked on the surface: the parser hangs them anywhere)
HABIT_PHRASES = (
    ("too", "often"),
    ("all", "too", "often"),
    ("at", "times"),
    ("time", "and", "again"),
    ("time", "after", "time"),
    ("for", "too", "long"),
    ("over", "the", "course", "of", "many", "years"),
    ("over", "the", "course", "of", "years"),
    ("over", "the", "course", "of", "decades"),
    ("over", "the", "years"),
    ("over", "the", "decades"),
    ("numerous", "times"),
    ("countless", "times"),
)  # "for decades", "for many years": genericity's spans of years


# what the walk from the trigger up to the clause that holds the phrase may cross (not "conj":
# "has for years backed X, and on Monday it invaded Y" keeps the new act)
PHRASE_WALK = {"xcomp", "ccomp", "acl", "advcl", "pobj", "prep", "pcomp", "dobj", "attr", "acomp"}


def habit_phrase(tok: Token) -> str | None:
    """A phrase of repetition or long duration in the clause that holds the trigger, whose verb
    is in the present or the present perfect: "Too often, Pride events are banned by
    governments", "at times there have been protests", "we have worked closely with X over the
    course of many years". A past verb ("for years refused to meet") reports a particular stance.
    """
    sent = tok.sent
    found = _phrases_in(sent)
    if not found:
        return None
    cur = tok
    for _ in range(7):
        if cur.pos_ in {"VERB", "AUX"} and present(cur):
            for k, phrase in found:
                verb = _phrase_verb(sent[k])
                if (verb is not None and verb.i == cur.i) or (verb is None and k == 0):
                    return f"told as what keeps happening ({' '.join(phrase)!r})"
        if cur.head.i == cur.i or (cur.dep_ not in PHRASE_WALK and cur.pos_ in {"VERB", "AUX"}):
            return None
        cur = cur.head
    return None


_FOUND = "eventcoder.habit_phrases"


def _phrases_in(sent: Span) -> list[tuple[int, tuple[str, ...]]]:
    """(offset in the sentence, phrase) of each habit phrase, found once per sentence: every
    trigger of a sentence asks, and the scan reads the whole sentence."""
    cache = sent.doc.user_data.setdefault(_FOUND, {})
    if sent.start not in cache:
        words = [t.lower_ for t in sent]
        cache[sent.start] = [
            (k, phrase)
            for phrase in HABIT_PHRASES
            for k in range(len(words) - len(phrase) + 1)
            if tuple(words[k : k + len(phrase)]) == phrase
        ]
    return cache[sent.start]  # type: ignore[no-any-return]


def _phrase_verb(word: Token) -> Token | None:
    """The verb whose clause holds the phrase (None when the parser hung it on a noun: "Too
    often, Pride events ... are banned", where it opens the sentence and governs it whole)."""
    cur = word
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None


# ---- a particular act joined to a habit ------------------------------------------------------
TIME_ENTS = {"DATE", "TIME"}
TIME_DEPS = {"npadvmod", "prep", "advmod", "tmod"}


def particular_conjunct(v: Token) -> bool:
    """ "Kenya has for years refused to meet X, and on Monday it expelled the envoy": a
    conjunct in the simple past with a subject or a date of its own tells a particular act,
    not the habit of the verb it is joined to."""
    if v.dep_ != "conj" or v.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in v.children):
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)
    own_time = any(
        c.dep_ in TIME_DEPS and any(t.ent_type_ in TIME_ENTS for t in c.subtree) for c in v.children
    )
    return own_subject or own_time


def up_to_particular(verbs: list[Token]) -> list[Token]:
    """The verbs a trigger hangs from (nearest first), cut above a particular conjunct."""
    for k, v in enumerate(verbs):
        if particular_conjunct(v):
            return verbs[: k + 1]
    return verbs


# ---- a material act told in the simple present -------------------------------------------------
# acts, not speech: a speaker's "we condemn", "we support" in the present is the act of saying it
MATERIAL = frozenset(
    {
        EventType.COOPERATE,
        EventType.AID,
        EventType.RETREAT,
        EventType.PROTEST,
        EventType.SANCTION,
        EventType.MOBILIZE,
        EventType.COERCE,
        EventType.ASSAULT,
        EventType.CONSULT,
    }
)


def simple_present(v: Token) -> bool:
    """The verb is in the simple present: "cooperate", "impeaches", "does not recognise"."""
    kids = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
    if v.tag_ in {"VBZ", "VBP"}:
        return not kids
    return (
        v.tag_ == "VB"
        and len(kids) == 1
        and kids[0].lemma_.lower() == "do"
        and kids[0].tag_ in {"VBZ", "VBP"}
    )


ANCHOR_ADVS = {"now", "today", "tonight", "currently", "presently", "hereby", "immediately"}


def _anchored(v: Token) -> bool:
    """The clause names its time: a date, a time, or "now", "today" (not the date of the report
    it is sourced to: "..., according to a tweet on Monday")."""
    words = [t for c in v.children if not _source_phrase(c) for t in c.subtree]
    return any(
        (t.ent_type_ in TIME_ENTS and not _repeated(t)) or t.lower_ in ANCHOR_ADVS for t in words
    )


# a yearly round is a habit's time ("provides $X in aid annually", §10); force "every day" is an
# ongoing situation, left to the references (§7)
YEARLY = {"annually", "annual", "yearly"}
EVERY = {"each", "every"}


def _repeated(t: Token) -> bool:
    """A yearly round ("each year", "annually"): a habit's time, not a date."""
    doc, k = t.doc, t.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1  # back to the first word of the time's name
    span = [doc[k]]
    while span[-1].i + 1 < len(doc) and doc[span[-1].i + 1].ent_iob_ == "I":
        span.append(doc[span[-1].i + 1])
    words = {w.lower_ for w in span}
    return bool(words & YEARLY) or (bool(words & EVERY) and bool(words & {"year", "years"}))


def _source_phrase(tok: Token) -> bool:
    """ "according to a tweet on Monday": where the text is from, not when the act is."""
    return tok.dep_ == "prep" and tok.lower_ == "according"


def present_habit(tok: Token, type_: EventType) -> str | None:
    """ "We work closely with Algeria on counterterrorism",
    "the company participates in Russian military exercises", "in normal times, we deploy our
    personnel to different parts of a country": an act told in the simple present with no
    time of its own is what the doer does as a rule, no particular act (GUIDELINES §1, generic;
    "The US provides $X billion in aid annually"). A person's act ("Secretary Blinken meets
    ..."), a clause of the moment ("as Ukraine fights ...") and a dated clause stay events."""
    if tok.pos_ == "NOUN":
        verb = _doing_with(tok)  # "the United States provides assistance to Syrian refugees"
        if verb is None or type_ not in MATERIAL:
            return None
    elif tok.pos_ != "VERB":
        return None
    else:
        verb = _sharing(tok) or tok  # a participle or a conjunct told with its clause's verb
    if type_ not in MATERIAL and not (
        type_ is EventType.SUPPORT and verb is not tok and _doing_verb(verb)
    ):
        return None
    if verb.pos_ != "VERB" or not simple_present(verb):
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        # "make sure that Uganda deploys", "if Russia attacks": a content or a condition; "as
        # Ukraine fights against the assault": a clause of the moment the story tells
        return None
    if _anchored(verb) or _particular_present(verb):
        return None
    if type_ in JOINT and pair_subject(verb):
        if not _through_bodies(verb):
            return (
                None  # the seed's "Both the countries also collaborate ... in multilateral forums"
            )
        return f"a pair's cooperation told through the bodies they share ({verb.text!r}): no event"
    return f"told in the simple present with no time of its own ({verb.text!r}): a habit"


def _sharing(tok: Token) -> Token | None:
    """The verb whose clause the trigger shares, having no subject or auxiliary of its own: a
    participle ("transports weapons, supporting the regime") or a conjunct ("participates in
    and supports the exercises")."""
    if tok.dep_ not in {"advcl", "conj"} or tok.head.i == tok.i:
        return None
    if tok.tag_ != "VBG" and not (tok.dep_ == "conj" and tok.tag_ in {"VBZ", "VBP"}):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in tok.children):
        return None
    return tok.head


# verbs of doing that take an act noun as their object: "provides assistance", "holds exercises",
# "carries out attacks" (not "continues its attacks": an ongoing war, §11 references)
DOING_VERBS = {"provide", "give", "supply", "deliver", "send", "extend", "grant", "fund"}
DOING_VERBS |= {"conduct", "carry", "hold", "impose", "stage", "launch", "mount"}


def _doing_with(noun: Token) -> Token | None:
    """The verb of doing whose object the act noun is ("provides assistance"), or whose object
    it measures ("provides $50 million in assistance")."""
    cur = noun
    if cur.dep_ == "pobj" and cur.head.lower_ == "in" and cur.head.head.dep_ == "dobj":
        cur = cur.head.head
    if cur.dep_ != "dobj" or cur.head.lemma_.lower() not in DOING_VERBS:
        return None
    return cur.head


# verbs of saying or of a stance voiced: "Kenya stands with Uganda, supporting its call" voices
# a position now, and the participle with it
SAYING_VERBS = (
    REPORT_VERBS | SPEECH_STANCE | {"call", "urge", "support", "back", "endorse", "stand"}
)
SAYING_VERBS |= {"express", "join", "reaffirm", "reiterate", "voice", "welcome"}
FIRST_PERSONS = {"i", "we", "you"}


def _doing_verb(verb: Token) -> bool:
    """A verb of doing whose subject is a third party: the backing the trigger tells with it is
    the same habit ("the company participates in and supports Russian military exercises"); a
    speaker's own present ("we stand with X") is left alone."""
    if verb.lemma_.lower() in SAYING_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and subj.lower_ not in FIRST_PERSONS


PLACES_ORGS = {"GPE", "ORG", "NORP", "FAC", "LOC"}


def _particular_present(verb: Token) -> bool:
    """A present that tells a particular act: a person's act in a schedule or a readout's title
    ("Secretary Blinken participates in the meeting")."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # a person's name (the small model misses some: "Kenyan President Ruto meets ...")
    return subj is not None and (
        subj.ent_type_ == "PERSON" or (subj.pos_ == "PROPN" and subj.ent_type_ not in PLACES_ORGS)
    )


# joint acts whose two sides may both be the subject
JOINT = {EventType.COOPERATE, EventType.CONSULT}


def pair_subject(verb: Token) -> bool:
    """The subject names both sides of a joint act ("both the countries", "the United States
    and Germany"): the golden seed article codes their standing collaboration as an event."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return any(
        c.dep_ == "conj" or (c.dep_ in {"predet", "det", "nummod"} and c.lower_ in {"both", "two"})
        for c in subj.children
    )


# prepositions of the bodies a joint act goes through: "cooperate through NATO, the G7 and the UN"
CHANNEL_PREPS = frozenset({"through", "via"})
# words of a way of dealing of the pair's own: "work closely together" (GUIDELINES §21)
OWN_WAY = frozenset({"closely", "together", "jointly", "directly", "bilaterally"})


def _through_bodies(verb: Token) -> bool:
    """ "The United States and Germany cooperate through several multilateral institutions ...
    to advance security": shared membership and aims, no dealing of the pair's own (§21)."""
    kids = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in OWN_WAY for c in kids):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in CHANNEL_PREPS and any(p.dep_ == "pobj" for p in c.children)
        for c in kids
    )
