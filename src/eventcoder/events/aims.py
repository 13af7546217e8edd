"""Joint work with a partner on nothing named, or toward aims named only in general.

"as we work together with our NATO ally to confront mutual challenges", "we are working closely
with Uganda to address regional challenges": working with a partner whose only matter is a
purpose of the kind every relation has (challenges, goals, interests, priorities) names no matter
and no result; "we'll continue to work closely with Germany" names none at all (GUIDELINES §20:
"will continue to work with our partners" with no named matter is generic).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.habits import TIME_ENTS, pair_subject

# verbs of working with a partner (COOPERATE or CONSULT triggers) whose matter may be an aim
WORKING = frozenset({"work", "cooperate", "collaborate", "partner", "team"})
# nouns that name aims every relation has, no matter of its own
AIM_NOUNS = frozenset(
    {
        "challenge",
        "threat",
        "goal",
        "priority",
        "interest",
        "objective",
        "aim",
        "issue",
        "problem",
        "value",
    }
)
# a prepositional phrase of the working verb that names its own matter ("work with X on Y")
MATTER_PREPS = frozenset({"on", "in", "against", "toward", "towards", "over", "for", "through"})
# what an aim noun may carry and stay general ("mutual challenges", "these goals")
NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC", "EVENT", "LAW"})


def general_aims(tok: Token) -> str | None:
    """A working verb with no matter of its own and a purpose ("to confront ...") whose objects
    are all aims in general: the relation's standing aims, no named matter or result."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in WORKING:
        return None
    kids = list(tok.children)
    if any(c.dep_ in {"dobj", "ccomp"} for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ in MATTER_PREPS for c in kids):
        return None  # "work with X on counterterrorism to meet shared goals": a named matter
    if pair_subject(tok):
        return None  # "Kenya and Tanzania work closely together to ...": their dealings, §21
    purposes = [c for c in kids if c.dep_ in {"advcl", "xcomp"} and _to_verb(c)]
    if len(purposes) != 1:
        return None
    verbs = [purposes[0], *(c for c in purposes[0].conjuncts if c.pos_ == "VERB")]
    aims = [a for v in verbs for a in _objects(v)]
    if not aims or len(aims) != len(verbs) or not all(_general(a) for a in aims):
        return None
    return f"work toward aims in general ({purposes[0].text!r} {aims[0].text!r}), no named matter"


# what a bare working verb may carry besides its partner: a time or a capacity, no matter
BARE_PREPS = frozenset({"with", "alongside", "during", "since", "throughout", "as"})
BARE_WORKING = frozenset({"work", "collaborate", "partner"})
RECIPROCAL = frozenset({("each", "other"), ("one", "another")})
# prepositions that give the work its matter, also where the parser hangs them on the partner
# ("collaborated with a Tanzanian singer on a new song")
MATTER_PREPS = frozenset({"on", "against", "toward", "towards", "over", "about"})


def bare_work(tok: Token) -> str | None:
    """ "as we've been working closely with Germany, with other allies", "it's a pleasure to be
    working with you again", "we're prepared to work with the government that ...": working with
    a partner, and nothing said of what on or to what end, is the relation (§20), no act."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in BARE_WORKING:
        return None
    if tok.tag_ == "VBD" or tok.dep_ == "acl" or (tok.dep_ == "advcl" and tok.head.tag_ == "VBD"):
        return None  # "troops, working with U.S. intelligence, killed ...": part of a told act
    kids = list(tok.children)
    preps = [c for c in kids if c.dep_ == "prep"]
    if not any(c.lower_ == "with" for c in preps):
        return None  # "the two countries collaborate and exchange notes": §21, left alone
    if pair_subject(tok) or any(_reciprocal(t) for t in tok.subtree):
        return None  # "Kenya and Tanzania work closely with each other": their dealings, §21
    if any(c.lower_ not in BARE_PREPS for c in preps):
        return None  # "on counterterrorism", "in Syria", "toward a ceasefire": a matter
    partners = [p for c in preps if c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    if any(g.dep_ == "prep" and g.lower_ in MATTER_PREPS for p in partners for g in p.children):
        return None  # the matter hung on the partner by the parser
    if any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "advcl", "conj", "dative", "npadvmod"} for c in kids
    ):
        return None  # a purpose, an object or a second act tells what the work is
    if any(t.ent_type_ in TIME_ENTS for t in tok.subtree):
        return None  # "worked with Uganda last year": left to the rules of dated acts
    return f"working with a partner on nothing named ({tok.text!r} with ...): the relation, no act"


def _reciprocal(t: Token) -> bool:
    """ "each other", "one another": the subject's members deal with each other."""
    return t.i > 0 and (t.doc[t.i - 1].lower_, t.lower_) in RECIPROCAL


def _to_verb(v: Token) -> bool:
    """An infinitive of purpose: "to confront", "in order to meet"."""
    return v.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _objects(v: Token) -> list[Token]:
    """The direct objects of a purpose verb and the nouns listed with them."""
    out = []
    for c in v.children:
        if c.dep_ == "dobj":
            out += [c, *(x for x in c.conjuncts if x.pos_ in {"NOUN", "PROPN"})]
    return out


def _general(noun: Token) -> bool:
    """An aim noun naming no matter: no name in it, no "of" or "such as" phrase giving one."""
    if noun.lemma_.lower() not in AIM_NOUNS:
        return False
    if any(c.dep_ in {"prep", "acl", "relcl"} for c in noun.children):
        return False  # "the challenges of the climate crisis", "ambition to address X"
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return False  # "countries' collective ambition": whose, a matter of its own
    return not any(t.ent_type_ in NAMED for t in noun.subtree)
