"""Sides of a noun event that its own clauses name, before the verb it hangs from is asked.

"the warning that we put forward" is the speaker's warning, not that of whoever "confirmed" it;
"the threats that Saudi Arabia faces from Yemen" are Yemen's, aimed at Saudi Arabia; "a ceasefire
between Israel and Hamas" is made by Israel and Hamas, not by those who back it; "defend
themselves against the attacks" names the victims of the attacks, never their doers.

Pure over spaCy tokens, like roles.py, which calls these and maps the tokens to actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.role_words import (
    DEFEND_VERBS,
    HARM_NOUNS,
    INSTANCE_NOUNS,
    MEDIATE_VERBS,
    ORIGIN_VERBS,
    PERFORM_VERBS,
    RELATIVE,
    SWAP_NOUNS,
    UNDERGO_VERBS,
)
from eventcoder.events.subjects import expand, is_passive, subject_of


def for_clause(tok: Token) -> bool:
    """ "(called) for Russia to withdraw": an infinitive clause with a "for" subject, which the
    parser hangs on the verb as an adverbial clause; its "for" belongs to the verb's frame."""
    kids = list(tok.children)
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in kids)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
    )


def _relatives(tok: Token) -> list[Token]:
    """The active relative clauses on a noun ("the warning [that] we put forward"), also those
    the parser reads as a "that" clause ("the accusations that Poland levelled")."""
    return [
        c
        for c in tok.children
        if c.pos_ in {"VERB", "AUX"}
        and not is_passive(c)
        and (c.dep_ == "relcl" or (c.dep_ == "acl" and _own_subject(c) is not None))
    ]


def _own_subject(verb: Token) -> Token | None:
    """The clause's own subject, when it is no relative pronoun (that one is the noun itself)."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return None if c.lower_ in RELATIVE or c.tag_ in {"WDT", "WP"} else c
    return None


def _from_objects(verb: Token) -> list[Token]:
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def _by_objects(tok: Token) -> list[Token]:
    return [
        p
        for c in tok.children
        if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}
    ]


def hung_by(tok: Token) -> list[Token]:
    """The "by" phrase of a noun event that the parser hung elsewhere: on its "of" object ("the
    arrest of the journalist by the police") or on the noun of instances it is the "of" object
    of ("incidents of economic coercion by China")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and (found := _by_objects(o)):
                    return found
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in INSTANCE_NOUNS:
        return _by_objects(head.head)
    return []


def relative_doer(
    tok: Token, verbs: frozenset[str], preps: tuple[str, ...]
) -> tuple[list[Token], list[Token]]:
    """ "the warning that we put forward", "the sanctions the EU imposed on Iran": an active
    relative clause of performing, whose object is the noun itself (it has none of its own),
    names the doer in its subject, and may name the target in its own prepositions."""
    for rel in _relatives(tok):
        if rel.lemma_.lower() not in verbs | PERFORM_VERBS:
            continue
        if any(c.dep_ in {"dobj", "ccomp"} and c.lower_ not in RELATIVE for c in rel.children):
            continue  # "the attack that killed 20 people": the noun is the subject
        subj = _own_subject(rel)
        if subj is not None:
            aimed = [
                t
                for c in rel.children
                if c.dep_ == "prep" and c.lower_ in preps
                for p in c.children
                if p.dep_ == "pobj"
                for t in expand(p)
            ]
            return expand(subj), aimed
    return [], []


def relative_origin(tok: Token) -> tuple[list[Token], list[Token]]:
    """ "the threats that Saudi Arabia faces from Yemen" (source Yemen, target Saudi Arabia),
    "the attacks that have emanated from the Houthis" (source the Houthis): a relative clause of
    undergoing or of coming names where the act comes from, and who undergoes it."""
    for rel in _relatives(tok):
        lemma = rel.lemma_.lower()
        if lemma in UNDERGO_VERBS:
            subj = _own_subject(rel)
            if subj is None:
                continue
            origin = [t for p in _from_objects(rel) for t in expand(p)]
            return origin, expand(subj)
        if lemma in ORIGIN_VERBS:
            origin = [t for p in _from_objects(rel) for t in expand(p)]
            if origin:
                return origin, []
    return [], []


def defended(tok: Token, gov: Token | None) -> list[Token]:
    """ "helped them defend themselves against the attacks": who defends against an act is what
    it is aimed at (the subject of the defending verb), never its doer."""
    if gov is None or gov.lemma_.lower() not in DEFEND_VERBS:
        return []
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"against", "from"} or tok.head.head != gov:
        return []
    subj, _ = subject_of(gov)
    return expand(subj) if subj is not None else []


def parties_between(tok: Token, gov: Token | None) -> list[Token]:
    """ "the ceasefire between Israel and Hamas", "support dialogue between Ukraine and Russia",
    "announced deals between Israel and Bahrain": the sides of a reciprocal act are those its
    "between" phrase lists (at least two), not those who announce, back or hail it. Whoever hosts
    or brokers it is left to the verb (GUIDELINES §12: the mediator consults the parties)."""
    if gov is not None and gov.lemma_.lower() in MEDIATE_VERBS:
        return []
    # "the deal brokered between Israel and the UAE": the parties hang on the broker's participle
    heads = [tok] + [
        c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in MEDIATE_VERBS
    ]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "prep" and c.lower_ in {"between", "among"}:
            parties: list[Token] = []
            for t in (t for p in c.children if p.dep_ == "pobj" for t in expand(p)):
                if all(t.lower_ != x.lower_ for x in parties):  # a name listed again
                    parties.append(t)
            if len(parties) >= 2:
                return parties
    return []


def clause_sides(
    tok: Token, entry: TriggerEntry, gov: Token | None, verbs: frozenset[str]
) -> tuple[list[Token], list[Token], str]:
    """Source and target tokens a noun event's own clauses name, and how (for the explanation):
    the subject of a relative clause of performing, the origin of one of undergoing or coming,
    the parties of a reciprocal act, or (with no source) the defender an act is aimed at."""
    doer, aimed = relative_doer(tok, verbs, tuple(p for p in entry.target_preps if p != "with"))
    if doer:
        return doer, aimed, "source: subject of the relative clause"
    origin, aimed = relative_origin(tok)
    aimed = aimed or defended(tok, gov)
    if origin:
        return origin, aimed, "source: 'from' phrase of the relative clause"
    if entry.reciprocal and (parties := parties_between(tok, gov)):
        return parties[:1], parties[1:], "sides: the parties its 'between' phrase lists"
    if aimed:
        return [], aimed, "target: who undergoes or defends against it"
    return [], [], ""


def harmed(verb: Token) -> list[Token]:
    """ "apologized for the massacre of the Herero people", "expressed regret for the killing of
    three Pakistani soldiers": the victims an apology is for are its target (GUIDELINES §14)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "for":
            continue
        for harm in c.children:
            if harm.dep_ != "pobj" or harm.lemma_.lower() not in HARM_NOUNS:
                continue
            for p in harm.children:
                if p.dep_ == "prep" and p.lower_ in {"of", "on", "against"}:
                    return [t for o in p.children if o.dep_ == "pobj" for t in expand(o)]
    return []


def swap_partner(verb: Token) -> Token | None:
    """ "The sailors were freed in a prisoner exchange with Russia": who frees them in a swap is
    the other side the swap names in its "with" phrase."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in {"in", "as", "under"}:
            continue
        for swap in c.children:
            if swap.dep_ != "pobj" or swap.lemma_.lower() not in SWAP_NOUNS:
                continue
            for w in swap.children:
                if w.dep_ == "prep" and w.lower_ == "with":
                    return next((o for o in w.children if o.dep_ == "pobj"), None)
    return None
