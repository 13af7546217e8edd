"""Doers the text leaves unsaid but the act itself names: a measure only a state takes, given up
in a passive with no doer named ("the curfew was lifted", "the state of emergency was lifted",
"the bill was suspended"), is given up by that state's authorities, as an arrest with no
arrester is made by them (eval/GUIDELINES.md §10, §18). Not the noun ("the lifting of the
curfew would send a signal"): a noun is as often wished for as done. And a state's release that
tells of a sanction with no doer ("the persons designated today", "individuals subject to visa
restrictions") tells of its own publisher's (GUIDELINES §4, the publisher's "we"; §10)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.ontology.plover import NON_STATE
from eventcoder.records import EventType

# measures only a government imposes at home, and so only its authorities lift, suspend or
# repeal; not what other parties give up (a protest, a boycott, a veto abroad, a lawsuit)
STATE_MEASURES = frozenset(
    {
        "curfew",
        "lockdown",
        "emergency",
        "bill",
        "law",
        "legislation",
        "decree",
        "ordinance",
        "regulation",
        "directive",
        "amendment",
    }
)
# "state" is a measure only as "the state of emergency" ("of siege", "of alarm")
STATE_OF = frozenset({"emergency", "siege", "alarm"})


def _given_up(tok: Token) -> list[Token]:
    """What a passive act of giving up acts on: its subject ("the curfew was lifted")."""
    return [c for c in tok.children if c.dep_ == "nsubjpass"]


def _measure(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma == "state":
        return any(
            p.lemma_.lower() in STATE_OF
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        )
    return lemma in STATE_MEASURES


def state_measure_given_up(tok: Token) -> bool:
    """Is what the passive trigger gives up a measure only a state takes ("the bill was
    suspended")?"""
    return any(_measure(n) for n in _given_up(tok))


# what a release calls its own act or its own office in the doer's place ("today's action",
# "this step", "the Department is designating")
OWN_ACT_WORDS = frozenset({"action", "measure", "step", "decision", "department"})
# verbs that put a measure in place ("to impose visa restrictions", "sanctions imposed today")
IMPOSE_VERBS = frozenset({"impose", "announce", "issue", "expand", "extend", "apply", "adopt"})


def _agentless(verb: Token) -> bool:
    """A verb that names no doer of its own: a passive ("were designated"), a participle after
    its noun ("the persons designated today", "sanctions imposed today") or an infinitive with
    no subject ("action to impose visa restrictions")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"nsubj", "agent", "expl", "csubj"} for c in verb.children):
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"}:  # (a participle tagged VBD)
        return not _any_of_a_class(verb.head)
    return verb.tag_ == "VB" and verb.dep_ in {"acl", "xcomp", "advcl"} and verb.head.pos_ == "NOUN"


# determiners of a class, not of particular people: "any entities designated under ..." names
# whoever is or will be designated, no designation made (GUIDELINES §1, generic statements)
CLASS_DETERMINERS = frozenset({"any", "every", "all", "no"})


def _any_of_a_class(noun: Token) -> bool:
    """ "any other individuals or entities designated": the noun, or the first of its
    conjuncts, is quantified over a class."""
    heads = [noun, *noun.conjuncts]
    return any(c.dep_ == "det" and c.lower_ in CLASS_DETERMINERS for h in heads for c in h.children)


def _names_a_doer(child: Token) -> bool:
    """A word beside the measure that may name its doer, read wrong by the parser ("the
    sanctions the US and the EU issued", "designated by Canada")."""
    if child.dep_ == "appos" and child.ent_type_ in {"GPE", "ORG", "NORP"}:
        return True
    return child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "with"}


def _unsaid_doer_form(tok: Token) -> bool:
    """A measure named with its doer left unsaid: by an agentless verb ("were designated"), or
    as a noun put in place by one ("sanctions imposed today", "action to impose visa
    restrictions") or that people are made "subject to". A bare noun is not: it is as often a
    threat or a wish ("costs, including sanctions")."""
    if any(_names_a_doer(c) for c in tok.children):
        return False
    if tok.pos_ != "NOUN":
        return _agentless(tok)
    if any(
        c.dep_ == "acl" and c.lemma_.lower() in IMPOSE_VERBS and _agentless(c) for c in tok.children
    ):
        return True
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in IMPOSE_VERBS:
        return _agentless(head)
    return tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "subject"


# the measures a state announces in its releases: designations, sanctions, visa bans (not a ban,
# a closure or a suspension, as often done abroad by the state the release is about, nor an
# expulsion, a conviction or a recall)
ANNOUNCED_MEASURES = frozenset({"designate", "designation", "sanction", "blacklist"})
# a restriction is announced when it is on visas ("visa restrictions"), not on the press
VISA_WORDS = frozenset({"visa"})


# what a positive designation makes of its holder: never a sanction (GUIDELINES §11, "positive
# designations"): "designated for Temporary Protected Status", "designated as host", "a Major
# Non-NATO Ally"
POSITIVE_DESIGNATIONS = frozenset(
    {
        "status",
        "protection",
        "host",
        "ally",
        "partner",
        "heritage",
        "site",
        "refugee",
        "resettlement",
        "priority",
        "beneficiary",
        "champion",
        "ambassador",
    }
)


def _positive_designation(tok: Token) -> bool:
    """ "Venezuela was designated for Temporary Protected Status", "designated as host" """
    named_as = [
        t
        for c in tok.children
        if c.dep_ in {"prep", "oprd", "attr", "xcomp"}
        and c.lower_ not in {"under", "by", "in", "on"}
        for t in c.subtree
    ]
    return any(t.lemma_.lower() in POSITIVE_DESIGNATIONS for t in named_as)


def _announced_measure(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma == "restriction":
        return any(c.lemma_.lower() in VISA_WORDS for c in tok.children)
    return lemma in ANNOUNCED_MEASURES and not _positive_designation(tok)


def publishers_measure(type_: EventType, tok: Token, named: list[Token]) -> bool:
    """Is this a sanction the release of a state's publisher reports with no doer named, and so
    its own ("the persons designated today", "action to impose visa restrictions")? A state
    announces its designations and visa bans in its own releases; another's are told with their
    doer ("sanctions imposed by the EU", "China's sanctions"). `named` are the words in the doer's
    place, none of them an actor: only the release's own words for its act may stand there."""
    voice = tok.doc._.voice
    if type_ is not EventType.SANCTION or not _announced_measure(tok):
        return False
    if not voice or voice in NON_STATE:
        return False
    if named:
        # "the Department is designating", "today's action imposes"
        return all(t.lemma_.lower() in OWN_ACT_WORDS for t in named)
    return _unsaid_doer_form(tok)


# what designees are said to threaten in another state: that state is their victim, not theirs
# ("complicit in actions that threaten the sovereignty of Ukraine", "undermining Ukraine's
# territorial integrity"); not democracy or rights, most often undermined at home
STATEHOOD_WORDS = {"sovereignty", "integrity", "independence"}


def whose_sovereignty(root: Token) -> bool:
    """Is this the state whose sovereignty, territorial integrity or independence is named?"""
    owner = root.head
    if root.dep_ == "pobj" and owner.lower_ == "of":
        owner = owner.head
    elif root.dep_ != "poss":
        return False
    return any(w.lemma_.lower() in STATEHOOD_WORDS for w in [owner, *owner.conjuncts])
