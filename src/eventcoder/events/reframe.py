"""An entry recast by the clause around its trigger: a cooperative act its doer says it will not
do is a refusal, force or a penalty promised on a condition is a threat, a verb of force with a
reason is criticism."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.political_words import TIME_NOUNS, VERBAL
from eventcoder.events.role_words import SUBJ, TIME_ENTS
from eventcoder.events.speech import SELF_WORDS, speaker_verb
from eventcoder.records import EventType

# a cooperative act its doer says it will not do is a refusal, with the mode of what is refused
# ("said it would not extradite him", "will never allow inspectors in", "there will be no talks")
REFUSED: dict[EventType, str | None] = {
    EventType.CONSULT: "meet",
    EventType.AGREE: None,
    EventType.SUPPORT: None,
    EventType.COOPERATE: None,
    EventType.AID: "assist",
    EventType.RETREAT: "yield",
    EventType.CONCEDE: "yield",
}
WILL = {"will", "would", "wo", "shall", "'ll"}
REFUSAL_NEG = {"not", "n't", "never"}
CONDITION_MARKS = {"if", "unless"}
# what is promised or decided is its content: "committed not to allow", "assurances that it would
# not allow" are no refusals
PROMISE = {
    "commit",
    "commitment",
    "pledge",
    "promise",
    "vow",
    "assure",
    "assurance",
    "guarantee",
    "agree",
    "agreement",
    "decide",
    "decision",
    "undertake",
    "undertaking",
    "swear",
}
# a force the speaker warns of is that warning's content, already a threat
WARNING = {"warn", "threaten", "vow", "pledge", "promise", "warning", "threat"}


def governed_by(tok: Token, lemmas: set[str]) -> bool:
    """The trigger is the complement of one of these words, a few clause levels up."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "ccomp", "acl", "relcl", "advcl", "conj"} or cur.head == cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in lemmas:
            return True
    return False


def _will(tok: Token) -> bool:
    return any(c.dep_ == "aux" and (c.lower_ in WILL or c.lemma_ == "will") for c in tok.children)


def _condition(tok: Token) -> bool:
    """ "if Iran strikes", "unless Belgrade yields", "should Iran attack": a condition clause."""
    for c in tok.children:
        if c.dep_ != "advcl":
            continue
        if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
            return True
        if c.left_edge.lower_ == "should" and c.left_edge.dep_ == "aux":
            return True
    return False


def refusal(tok: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """ "said it would not extradite him", "will never reopen the border", "there would be no
    talks with Juba": a refusal (REJECT, asserted), not a negated act. A refusal inside a
    condition ("if they will not meet") stays as it is."""
    if entry.type not in REFUSED or entry.modality is not None or governed_by(tok, PROMISE):
        return None
    if tok.pos_ in {"VERB", "AUX"}:
        # "never" is parsed as an adverb, or under one ("would never again allow")
        kids = [*tok.children, *(g for c in tok.children if c.dep_ == "advmod" for g in c.children)]
        neg = any(
            (c.dep_ == "neg" or c.lower_ == "never") and c.lower_ in REFUSAL_NEG for c in kids
        ) or _neither_subject(tok)
        # "we do not intend to give up power": a refusal stated as intent
        if not _no_intention(tok) and (
            not (neg and _will(tok))
            or any(
                c.dep_ == "mark" and c.lower_ in CONDITION_MARKS | {"whether"} for c in tok.children
            )
        ):
            return None
    else:
        head = tok.head
        if not (
            any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
            and tok.dep_ in {"attr", "nsubj", "dobj"}
            and head.lemma_.lower() in {"be", "hold", "have"}
            and _will(head)
        ):
            return None
    return entry.model_copy(
        update={
            "type": EventType.REJECT,
            "mode": REFUSED[entry.type],
            "modality": "asserted",
            "reciprocal": False,
        }
    )


INTEND = {"intend", "plan"}


def _neither_subject(tok: Token) -> bool:
    """ "neither the EU nor the US would endorse the result": the negation is on the subject."""
    return any(
        c.dep_ in SUBJ and any(g.dep_ == "preconj" and g.lower_ == "neither" for g in c.children)
        for c in tok.children
    )


def _no_intention(tok: Token) -> bool:
    """ "does not intend to hand over power", "has no intention of releasing them": what the doer
    says it means not to do is refused now."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in INTEND:
        return any(c.dep_ == "neg" for c in head.children)
    if tok.dep_ == "pcomp" and head.lower_ in {"of", "to"}:
        noun = head.head
        return noun.lemma_.lower() == "intention" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children
        )
    return False


def words_attack(tok: Token, entry: TriggerEntry) -> TriggerEntry:
    """ "attacked the plan as reckless", "slammed Washington for its sanctions", "hit Kyiv over
    the grain deal": a verb of force with a reason or a label is criticism (ACCUSE); a time
    ("for the second day", "over the weekend") is no reason."""
    if entry.type is not EventType.ASSAULT or tok.pos_ != "VERB" or entry.modality is not None:
        return entry
    if tok.lemma_.lower() not in VERBAL:
        return entry
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in {"as", "for", "over"}:
            continue
        objs = [p for p in c.children if p.dep_ in {"pobj", "pcomp"}]
        if c.lower_ != "as" and any(
            p.ent_type_ in TIME_ENTS or p.lemma_.lower() in TIME_NOUNS for p in objs
        ):
            continue
        if objs:
            return entry.model_copy(
                update={"type": EventType.ACCUSE, "mode": "disapprove", "reciprocal": False}
            )
    return entry


# a promise or a readiness to act: "committed to impose costs if", "ready to strike should"
READY = PROMISE | {"ready", "readiness", "prepared", "willing", "determined", "determination"}


def _promised_by(tok: Token) -> Token | None:
    """The promise or readiness the act is the content of, a few clause levels up."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "ccomp", "acl", "advcl", "conj", "pcomp", "prep"}:
            return None
        cur = cur.head
        if cur.lemma_.lower() in READY:
            return cur
    return None


# force, sanctions or arrests promised on a condition are a threat, with the matching THREATEN mode
THREATENED_MODE: dict[EventType, str] = {
    EventType.ASSAULT: "violence",
    EventType.SANCTION: "restrict",
    EventType.COERCE: "restrict",
}


def conditional_threat(tok: Token, entry: TriggerEntry) -> TriggerEntry:
    """ "if Iran strikes any Americans, we will hit them hard", "should Iran attack, the United
    States would respond with force", "if Russia invades, we will impose severe sanctions", "our
    readiness to impose costs should Russia invade": force or a penalty promised on a condition is
    a threat made now. A noun counts through the verb it is the object of ("will impose
    sanctions")."""
    if entry.type not in THREATENED_MODE or entry.modality is not None:
        return entry
    verb = tok
    if tok.pos_ == "NOUN":
        if entry.type is EventType.ASSAULT or tok.dep_ != "dobj":
            return entry
        verb = tok.head
    promise = _promised_by(verb)
    if (
        verb.pos_ in {"VERB", "AUX"}
        and (_will(verb) or promise is not None)
        and (_condition(verb) or (promise is not None and _condition(promise)))
        and not governed_by(verb, WARNING)
    ):
        mode = THREATENED_MODE[entry.type]
        if entry.mode in {"expel", "arrest"}:
            mode = entry.mode
        return entry.model_copy(
            update={
                "type": EventType.THREATEN,
                "mode": mode,
                "modality": "asserted",
                "reciprocal": False,
            }
        )
    return entry


# what a speaker says another actor must do is a demand on it, not that actor's act
OBLIGED = {"must"}
VERBAL_TYPES = {
    EventType.REQUEST,
    EventType.ACCUSE,
    EventType.REJECT,
    EventType.THREATEN,
    EventType.SUPPORT,
    EventType.AGREE,
}


def obligation(tok: Token, entry: TriggerEntry) -> TriggerEntry:
    """ "the junta said the French troops must leave", "Ankara insisted that Athens must withdraw
    its forces": what a speaker says another actor must do is a REQUEST from the speaker to that
    actor (the doer of the act is the target, as in speech.py), asserted."""
    if tok.pos_ not in {"VERB", "AUX"} or entry.type in VERBAL_TYPES or entry.modality:
        return entry
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGED for c in tok.children):
        return entry
    subj = [c for c in tok.children if c.dep_ in SUBJ]
    if not subj or subj[0].lower_ in SELF_WORDS or subj[0].lower_ in {"you", "they", "it"}:
        return entry
    if speaker_verb(tok) is None:
        return entry
    return entry.model_copy(
        update={
            "type": EventType.REQUEST,
            "mode": None,
            "modality": "asserted",
            "reciprocal": False,
            "speaker": True,
            "needs_target": True,
        }
    )


# money, help or goods given: "to support X" after them names who gets them (AID), not backing
AID_GIVING = {
    "provide",
    "give",
    "donate",
    "send",
    "allocate",
    "invest",
    "deliver",
    "contribute",
    "assistance",
    "aid",
    "funding",
    "fund",
    "grant",
    "contribution",
    "donation",
    "million",
    "billion",
    "dollar",
}
BACKING = {"support", "assist"}


def purpose_of_aid(tok: Token, entry: TriggerEntry) -> TriggerEntry:
    """ "providing $186 million in assistance to support refugees", "sent funds to support
    Ukrainian refugees": the support is what the aid is for, so it is the aid (its recipient the
    object of "support"), not verbal backing."""
    if entry.type is not EventType.SUPPORT or tok.lemma_.lower() not in BACKING:
        return entry
    if tok.dep_ not in {"xcomp", "advcl", "acl", "relcl"} or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    ):
        return entry
    head = tok.head
    giving = {head.lemma_.lower()} | {
        c.lemma_.lower() for c in head.children if c.dep_ in {"dobj", "nsubjpass", "prep"}
    }
    giving |= {g.lemma_.lower() for c in head.children if c.dep_ == "prep" for g in c.children}
    # "worked with X to support Y, including by providing $40 million": the means of the work
    giving |= {
        v.lemma_.lower()
        for c in head.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "prep"
        for v in g.children
        if v.dep_ == "pcomp"
    }
    if not giving & AID_GIVING:
        return entry
    return entry.model_copy(update={"type": EventType.AID, "mode": None})


# taking in people who fled: "hosting fleeing Ukrainians", "to welcome the five million Ukrainians
# who were forced to flee" is shelter given (AID), not a visit nor words of approval
SHELTERING = {"host", "welcome", "receive", "shelter"}
FLEEING = {"flee", "displace", "uproot", "evacuate"}


def shelter(tok: Token, entry: TriggerEntry) -> TriggerEntry:
    """A nationality taken in, said to have fled, is AID to their country."""
    if entry.type not in {EventType.CONSULT, EventType.SUPPORT} or tok.pos_ != "VERB":
        return entry
    if tok.lemma_.lower() not in SHELTERING:
        return entry
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.ent_type_ != "NORP":
            continue
        # the parser often hangs "fleeing"/"who fled" elsewhere: the words right after count too
        after = obj.doc[obj.i + 1 : obj.i + 3]
        if any(t.lemma_.lower() in FLEEING for t in (*obj.subtree, *after) if t.i != obj.i):
            return entry.model_copy(
                update={"type": EventType.AID, "mode": None, "reciprocal": False, "dobj": "target"}
            )
    return entry


def others_help(tok: Token, entry: TriggerEntry) -> TriggerEntry:
    """ "supports the EU's contribution": another's help named by its giver is backed in words
    (SUPPORT), while "is supporting a $2 billion contribution" is the help itself (AID)."""
    if entry.type is not EventType.AID or tok.lemma_.lower() not in BACKING or not entry.object:
        return entry  # only where the object is the help: "support Ukraine's army by funding"
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if any(g.dep_ == "poss" and g.pos_ != "PRON" for g in obj.children):
            return entry.model_copy(update={"type": EventType.SUPPORT, "mode": None})
    return entry


# an agreement between sides named as a noun is the concluded agreement (GUIDELINES §2: "signed /
# ratified an agreement with" is SUPPORT); reached, sought or offered ("reached a deal with", "an
# agreement reached by the commanders") it stays the undertaking
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "pact", "treaty"}
REACHING = {
    "reach",
    "strike",
    "conclude",
    "finalize",
    "finalise",
    "negotiate",
    "seek",
    "propose",
    "offer",
    "accept",
    "hammer",
    "broker",
    "clinch",
    "secure",
    "agree",
    "make",
    "want",
    "pursue",
    "discuss",
}
# the signing verbs are their own SUPPORT trigger: their object noun is left to them
SIGNING = {"sign", "initial", "ink", "ratify", "approve"}
# a participle that has the agreement still sought, or being reached ("a deal sought by Kyiv"); one
# that has it concluded ("the deal brokered between X and Y", "signed in 2015") makes it SUPPORT
STILL_MAKING = {"reach", "strike", "seek", "propose", "offer", "want", "pursue", "discuss"}
# "under the agreement, the Taliban committed": the frame of another act; "work toward an
# agreement", "talks for a deal": one still to be made; both left as they are
FRAME_PREPS = {"under", "per", "toward", "towards", "for"}


def _undertaking(tok: Token) -> bool:
    """ "an agreement to allow inspectors", "an agreement reached by their commanders", "an
    agreement under which Iraq will give access": what is undertaken, or the reaching of it;
    "with Ukraine's agreement", with no other party, is consent."""
    if any(c.dep_ == "poss" for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in tok.children
    ):
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            return True
        if c.dep_ not in {"acl", "relcl"}:
            continue
        if c.lemma_.lower() in STILL_MAKING or any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            return True
        if any(p.dep_ == "prep" and p.lower_ in FRAME_PREPS for p in c.children):
            return True
    return False


def concluded_agreement(tok: Token, entry: TriggerEntry) -> TriggerEntry:
    """ "the deal brokered between Israel and the UAE", "its agreement with the IMF": a concluded
    agreement between the sides is SUPPORT (symmetric), not a promise. An agreement *to* do
    something ("Iran's agreement to allow inspectors") is an undertaking and stays AGREE, as does
    one the sentence has being reached, sought or offered (the verb is the event)."""
    if entry.type is not EventType.AGREE or entry.modality is not None or tok.pos_ != "NOUN":
        return entry
    if tok.lemma_.lower() not in AGREEMENT_NOUNS or _undertaking(tok):
        return entry
    head = tok.head.lower_ if tok.dep_ == "pobj" else tok.head.lemma_.lower()
    if (tok.dep_ == "pobj" and head in FRAME_PREPS) or (
        tok.dep_ in {"dobj", "nsubjpass", "attr"} and head in REACHING | SIGNING
    ):
        return entry
    return entry.model_copy(update={"type": EventType.SUPPORT, "mode": None})
