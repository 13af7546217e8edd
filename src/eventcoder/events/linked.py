"""The actors a role word carries when it is no actor itself: its modifiers and possessor
("Russian officials' visit"), its "of" phrase ("the delegations of Cyprus, Greece and Israel"),
the other party of a border or a relation ("its border with Belarus", "cut ties with Qatar")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from eventcoder.events.role_words import OBSERVER_VERBS, UNDERGO_VERBS

BORDER_WORDS = {"border", "frontier", "boundary"}
# nouns whose "with" phrase names the other party ("cut ties with Qatar")
RELATION_WORDS = {
    "tie",
    "relation",
    "relationship",
    "contact",
    "link",
    "cooperation",
    "talk",
    "agreement",
    "deal",
    "dialogue",
    "negotiation",
    "trade",
    "partnership",
}
ACTOR_LINK_DEPS = {"compound", "amod", "poss", "nmod", "appos"}
# relative pronouns: the noun a relative clause hangs on, standing in the clause
RELATIVE_WORDS = {"that", "which", "who", "whom", "what"}
# laws and instruments: what they forbid or require is no act of theirs
LAW_NOUNS = {
    "convention",
    "law",
    "treaty",
    "resolution",
    "agreement",
    "act",
    "charter",
    "constitution",
    "protocol",
    "accord",
    "order",
}
# people words: "the men hired by the embassy" are the men, whoever hired them
PEOPLE_NOUNS = {
    "man",
    "woman",
    "people",
    "person",
    "individual",
    "child",
    "civilian",
    "citizen",
    "resident",
    "member",
    "family",
    "victim",
    "refugee",
    "migrant",
    "prisoner",
    "detainee",
}


def linked_mentions(tok: Token, mention_at: dict[int, Span]) -> list[Span]:
    """A role word that is not itself an actor may carry actors: "Russian officials' visit",
    "the delegations of Cyprus, Greece and Israel", "the Narendra Modi government"; a border
    belongs to the other side ("its border with Belarus")."""
    if tok.lemma_.lower() in BORDER_WORDS | RELATION_WORDS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                found = [
                    mention_at[p.i] for p in c.children if p.dep_ == "pobj" and p.i in mention_at
                ]
                if found:
                    return found
    doers = doer_of_thing(tok, mention_at)
    if doers:
        return doers
    frontier = [tok]
    for _ in range(2):
        nxt = []
        for t in frontier:
            for c in t.children:
                if (
                    c.dep_ in ACTOR_LINK_DEPS
                    or (c.dep_ == "prep" and c.lower_ in {"of", "from"})
                    or (c.dep_ == "pobj" and t.dep_ == "prep")
                ):
                    if c.i in mention_at:
                        return [mention_at[x.i] for x in [c, *c.conjuncts] if x.i in mention_at]
                    nxt.append(c)
        frontier = nxt
    return []


def doer_of_thing(tok: Token, mention_at: dict[int, Span]) -> list[Span]:
    """Whose act or thing a role word is, when its own words say who did or made it: its "by"
    phrase ("the annexation of Crimea by Russia", "the suspension of Twitter by the Nigerian
    government"), the agent of its participle ("the decision announced by Beijing") or the
    subject of its relative clause ("the state of emergency the president declared"). The doer
    is whom an act on the thing is aimed at; the "of" phrase names only what it was done to.
    People are not things: "the men hired by the embassy" are still the men."""
    if tok.lemma_.lower() in PEOPLE_NOUNS:
        return []
    for c in tok.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
            found = _named(c.children, {"pobj"}, mention_at)
            if found:
                return found
    for c in tok.children:
        if c.dep_ not in {"acl", "relcl"} or c.pos_ not in {"VERB", "AUX"}:
            continue
        if c.lemma_.lower() in UNDERGO_VERBS | OBSERVER_VERBS:
            continue  # "the situation the Haitian people are enduring": they undergo it
        for x in c.children:
            if x.dep_ == "agent" or (x.dep_ == "prep" and x.lower_ == "by"):
                found = _named(x.children, {"pobj"}, mention_at)
                if found:
                    return found
        if c.dep_ == "relcl" and _made_by_clause(c):
            # not a pronoun: "the efforts that we see underway" names no doer of the efforts
            subj = [x for x in c.children if x.dep_ == "nsubj" and x.pos_ != "PRON"]
            found = _named(subj, {"nsubj"}, mention_at)
            if found:
                return found
    return []


def _made_by_clause(clause: Token) -> bool:
    """Is the noun the relative clause hangs on its object ("the law (that) parliament passed"),
    not where or what it says ("the memorandum under which Israel will hand over", "the quake,
    which the Red Cross said killed 50,000")?"""
    for x in clause.children:
        if x.dep_ in {"ccomp", "xcomp", "dobj"} and not (
            x.dep_ == "dobj" and x.lower_ in RELATIVE_WORDS
        ):
            return False
        if x.dep_ == "prep" and any(p.lower_ in RELATIVE_WORDS for p in x.children):
            return False
    return True


def _named(toks: Iterable[Token], deps: set[str], mention_at: dict[int, Span]) -> list[Span]:
    """The actor mentions among `toks` (of the given dependencies) and their conjuncts; a law
    is no doer ("activity prohibited by the Ottawa Convention")."""
    for t in toks:
        if t.dep_ in deps and t.i in mention_at and t.lemma_.lower() not in LAW_NOUNS:
            return [mention_at[x.i] for x in [t, *t.conjuncts] if x.i in mention_at]
    return []
