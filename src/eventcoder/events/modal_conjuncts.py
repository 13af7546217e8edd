"""Which clause a conjoined verb takes its modality from, when the climb reaches a "conj".

A verb joined to another shares its modality ("will meet and sign"), unless it states its own fact:
a clause with its own subject and tense, or a finite past verb the parser hung on an infinitive
("urged Accra to reconsider and spoke with Lome": an infinitive has no past-tense partner, so the
call was made alongside the urging, not asked for)."""

from __future__ import annotations

from spacy.tokens import Token

FINITE = {"VBD", "VBZ", "VBP"}
# tenses a verb joined to an infinitive cannot have; a present "meet" may be the bare form
TENSED = {"VBD", "VBZ"}


def own_clause(verb: Token) -> bool:
    """A conjoined verb with its own subject and tense states its own fact; the modal or the
    negation of the clause it is joined to is not its own."""
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return False
    return verb.tag_ in FINITE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE for c in verb.children
    )


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def conjunct_step(verb: Token) -> tuple[Token, bool] | None:
    """Where the climb goes from a conjoined verb, and whether that word's own cues are skipped:
    a clause of its own goes on from its partner, cues skipped (what governs both still counts);
    a tensed verb under an infinitive is the partner of the infinitive's governor ("asked Lome to
    free them and met the envoy": met as "asked" was), cues read. None: the usual climb."""
    if verb.dep_ != "conj":
        return None
    if own_clause(verb):
        return verb.head, True
    head = verb.head
    if (
        verb.tag_ in TENSED
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and _infinitive(head)
        and head.dep_ in {"xcomp", "ccomp", "advcl"}
        and head.head.tag_ in TENSED
    ):
        return head.head, False
    return None
