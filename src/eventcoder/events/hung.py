"""Doers named by the phrase an event hangs from, when its own words name none.

- An act listed as an instance of a named actor's acts is that actor's: "Russia's war, including
  the bombing of hospitals", "threatening actions by China, particularly live-fire exercises and
  economic coercion" (the listed nouns take the doer of "actions by X").
- An act an actor is held responsible for is that actor's: "Boko Haram is responsible for
  attacks in Cameroon", "we hold Moscow accountable for the strikes" (an attribution in the
  sentence identifies the perpetrator, eval/GUIDELINES.md §4 'Attacks').
- What one joins others in doing, the joiner does: "we join partners in urging the regime to
  free them", "Japan joins the international community in condemning the test".
- An act named as part of a named actor's acts is that actor's, whoever tells of it: "we hear of
  atrocities committed against civilians as part of Putin's war" (the act's own phrase names
  its doer, as a "by" phrase does, so it stands before the subject of the verb that tells it).
- A relative clause with no "that" or "who" is done by the noun phrase right before its verb:
  "one person Russian soldiers killed in Bucha", "the journalist Chinese police detained" (the
  parser reads the verb as a participle of that noun phrase, as if it were the victim).

Pure over spaCy tokens: it returns the tokens that name the doer; assembly maps them to sides
and keeps them only when their own words place them (no guess stands in for a doer here).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventcoder.events.scene import Scene
from eventcoder.events.sides import Side, fill, guessed
from eventcoder.events.subjects import expand, subject_of

Actors = Callable[[Scene, list[Token]], list[Side]]

# words that present what follows as instances of the noun before them ("X's acts, including Y")
EXAMPLE_WORDS = {"including", "particularly", "especially", "notably", "namely"}
# nouns for a body of acts whose instances share its doer ("Russia's actions, including ...");
# not needs, concerns or demands, whose instances are other parties' acts ("China's concerns,
# including arms sales to Taiwan")
ACT_NOUNS = {
    "action",
    "act",
    "activity",
    "measure",
    "step",
    "campaign",
    "aggression",
    "war",
    "operation",
    "offensive",
    "conduct",
    "behavior",
    "behaviour",
    "provocation",
    "practice",
    "abuse",
    "violation",
    "crime",
    "atrocity",
    "attack",
    "assault",
    "crackdown",
    "repression",
    "invasion",
    "occupation",
}
# adjectives that attribute an act to their subject ("X is responsible for the attacks")
BLAME_WORDS = {"responsible", "accountable"}
# verbs whose subject does what it joins others in doing ("joins partners in urging")
JOIN_VERBS = {"join"}
# entity kinds of a modifier that names a doer ("Russian actions", "the Houthi campaign")
NAMED_ENTS = {"NORP", "GPE", "ORG"}
# a noun of time before a phrase is no object of a relative clause ("last week Russian troops")
TIME_ENTS = {"DATE", "TIME"}


def hung_doer(scene: Scene, tok: Token, sources: list[Side], actors: Actors) -> list[Side]:
    """The doer the phrase ``tok`` hangs from names (doer), in place of ``sources`` when these
    are not placed by their own words and it is; ``actors`` maps tokens to their mentions."""
    sent = tok.sent
    if part := _part_of(tok):
        found = [(s, fill(scene, s, i, sent, doer=True, tok=tok)) for s, i in actors(scene, part)]
        if any(i.country and not guessed(i) for _, i in found):
            return found
    if any(i.country and not guessed(i) for _, i in sources):
        return sources
    found = [(s, fill(scene, s, i, sent, doer=True, tok=tok)) for s, i in actors(scene, doer(tok))]
    return found if any(i.country and not guessed(i) for _, i in found) else sources


def doer(tok: Token) -> list[Token]:
    """The tokens that name the doer of trigger ``tok`` by the phrase it hangs from, or []."""
    if tok.pos_ in {"VERB", "AUX"}:
        return _joiner(tok) or _contact_clause(tok)
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head  # "exercises and economic coercion": the first of the list
    if first is not tok and (found := _acts_doer(first)):
        return found  # "actions by China, particularly exercises" read as a list
    head = first.head
    if first.dep_ == "appos" and head.pos_ == "NOUN":
        return _acts_doer(head)  # "threatening actions by China, particularly exercises"
    if first.dep_ != "pobj":
        return []
    if _example_word(head) and head.head.pos_ == "NOUN":
        return _acts_doer(head.head)  # "Russia's war, including the bombing of hospitals"
    if first is tok and head.lower_ == "for" and head.head.lemma_.lower() in BLAME_WORDS:
        # (not a conjunct: "accountable for its aggression and [our] commitment to act")
        return _blamed(head.head)
    return []


def _part_of(tok: Token) -> list[Token]:
    """ "atrocities committed as part of Putin's war", "strikes carried out as part of Russia's
    invasion": the doer a named body of acts after "as part of" names, in a noun trigger's own
    phrase or its participle's; not a plan or process ("as part of the deal") nor "its war"."""
    if tok.pos_ != "NOUN":
        return []
    heads = [tok, *(c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    bodies = [
        body
        for head in heads
        for part in _objects(head, "as")
        if part.lemma_.lower() == "part"
        for body in _objects(part, "of")
    ]
    for body in bodies:
        if found := [t for t in _acts_doer(body) if t.pos_ != "PRON"]:
            return found
    return []


def _objects(tok: Token, prep: str) -> list[Token]:
    """The objects of the preposition ``prep`` under ``tok``."""
    return [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == prep
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _example_word(prep: Token) -> bool:
    """ "including", "particularly", "such as": what follows is an instance of the noun."""
    if prep.lower_ in EXAMPLE_WORDS:
        return True
    return prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


def _acts_doer(noun: Token) -> list[Token]:
    """The doer a noun for a body of acts names in its own phrase: its possessor, its "by"
    phrase, or a named modifier ("Russia's actions", "actions by China", "Russian attacks")."""
    if noun.lemma_.lower() not in ACT_NOUNS:
        return []
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return expand(c)
    for c in noun.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
            return [t for p in c.children if p.dep_ == "pobj" for t in expand(p)]
    return [
        c
        for c in noun.children
        if c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in NAMED_ENTS
    ]


def _blamed(adj: Token) -> list[Token]:
    """Who is held responsible: the adjective's own subject ("hold Russia responsible") or the
    subject of its copula ("Boko Haram is responsible"); not "those responsible" (no doer)."""
    for c in adj.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return expand(c)
    if adj.dep_ in {"acomp", "oprd"} and adj.head.pos_ in {"AUX", "VERB"}:
        for c in adj.head.children:
            if c.dep_ == "nsubj":
                return expand(c)
            if c.dep_ == "dobj" and adj.dep_ == "oprd":
                return expand(c)  # "holds Russia responsible" read with an object
    return []


def _joiner(verb: Token) -> list[Token]:
    """ "We join partners in urging": the subject of "join" for a gerund after its "in"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_.lower() not in JOIN_VERBS:
        return []
    subj, _ = subject_of(prep.head)
    return expand(subj) if subj is not None else []


# what a verb of a relative clause has of its own when the clause is no contact clause
OWN_DEPS = {"nsubj", "nsubjpass", "agent", "dobj", "auxpass", "expl"}


def _contact_clause(verb: Token) -> list[Token]:
    """ "one person Russian soldiers killed": a past verb hung as a participle on the noun phrase
    just before it, itself right after another noun ("person", "the journalist"), with nothing of
    its own in the subject's or object's place, is a relative clause without "that": the noun
    phrase is its subject and the noun before it its object. Not "families of soldiers killed in
    the attack" nor "mourned two soldiers killed": no noun stands right before the phrase."""
    subj = verb.head
    if verb.dep_ not in {"acl", "relcl"} or verb.tag_ not in {"VBD", "VBN"}:
        return []
    if subj.i != verb.i - 1 or subj.pos_ not in {"NOUN", "PROPN"}:
        return []
    if any(c.dep_ in OWN_DEPS for c in verb.children):
        return []
    start = subj.left_edge.i
    before = verb.doc[start - 1] if start > verb.sent.start else None
    if before is None or before.pos_ not in {"NOUN", "PROPN"} or before.ent_type_ in TIME_ENTS:
        return []
    return expand(subj)
