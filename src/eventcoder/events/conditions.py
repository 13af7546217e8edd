"""Conditions: what a clause supposes has not happened. "threatened journalists with jail if they
dare to discuss the war", "Should Iran attack American interests, ...", "if Hezbollah launched
attacks": the supposed act is no event (the act it conditions is coded on its own).

The word sets are closed classes: conditional marks, auxiliaries that invert, verbs that perform
the act their object names.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.genericity import clause_subject

CONDITION_MARKS = {"if", "unless"}


# verbs that perform the act their object names: "if Hezbollah launched attacks", "if Pyongyang
# carried out a second test" suppose the act itself ("if Russia continues its invasion" does not)
PERFORM_VERBS = {"launch", "carry", "conduct", "stage", "mount", "commit", "undertake", "make"}
PERFORM_VERBS |= {"begin", "start", "resume", "attempt", "unleash", "order"}
# auxiliaries that open a condition by inversion: "Should Iran attack ...", "Were they to ..."
INVERTED_AUX = {"should", "were", "had"}


def _inverted(clause: Token) -> Token | None:
    """ "Should Iran attack American interests, ...": a clause opened by an auxiliary placed
    before its subject is a condition."""
    if clause.dep_ not in {"advcl", "ccomp"}:
        return None  # "... to Russia should Putin choose to invade": parsed as a complement
    first = clause.left_edge
    subj = clause_subject(clause)
    if first.i == clause.i and clause.lower_ in INVERTED_AUX and subj is not None:
        return clause  # "Were Belarus to invade Lithuania, ...": the auxiliary heads the clause
    if (
        first.dep_ == "aux"
        and first.head.i == clause.i
        and first.lower_ in INVERTED_AUX
        and subj is not None
        and first.i < subj.i
    ):
        return first
    return None


# what the walk from the trigger up to the condition may cross: complements, objects, a clause
# of purpose and the adjective it hangs on ("if we want to be able to ... deploy our diplomats")
CONDITION_WALK = {
    "xcomp",
    "ccomp",
    "conj",
    "dobj",
    "pobj",
    "prep",
    "pcomp",
    "acl",
    "advcl",
    "acomp",
}


def condition(tok: Token) -> Token | None:
    """ "threatened journalists with jail if they dare to discuss the war", "Should Iran attack
    American interests", "if Hezbollah launched attacks": what a condition supposes has not
    happened (the event it conditions is coded on its own)."""
    if tok.pos_ == "NOUN" and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in PERFORM_VERBS):
        return None  # "if Russia continues its invasion": a noun may name what is real
    cur = tok
    for _ in range(5):
        if cur.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in cur.children
        ):
            return next(c for c in cur.children if c.dep_ == "mark")
        if (aux := _inverted(cur)) is not None:
            return aux
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in cur.children) and (
            cur.dep_ in {"advcl", "ccomp"}
        ):
            return next(c for c in cur.children if c.dep_ == "mark")
        if cur.dep_ not in CONDITION_WALK:
            return None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


# "for as long as X does not ...", "so long as X refuses": an "unless" (GUIDELINES §18), which
# makes what it bounds hypothetical; "for as long as it takes" (no negation) only says how long
LONG_AS = {"long"}


def as_long_as_not(tok: Token) -> Token | None:
    """The negated "as long as" clause on a word: "for as long as the government doesn't respond,
    there will be more protests" (parsed as "long" over an "as" clause, under "for" or not)."""
    longs = [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in LONG_AS]
    for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
        longs += [c for c in p.children if c.dep_ == "pcomp" and c.lower_ in LONG_AS]
    for long_ in longs:
        for clause in long_.children:
            if (
                clause.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children)
                and any(n.dep_ == "neg" for n in clause.children)
            ):
                return clause
    return None
