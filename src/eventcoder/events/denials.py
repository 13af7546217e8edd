"""What is denied (eval/GUIDELINES.md §1 "denials": "The army denied shelling the town." is CAMEO
01, no event): the act a denial names is neither done nor negated, it is what someone says did not
happen.

- **the content of a verb of denying**: "the army denied shelling the town", "Russia denied that
  its forces had attacked the hospital": the gerund or the "that" clause is what is denied;
- **the content of a claim that is denied**: "Moscow rejected claims that its troops had shelled
  the town", "the assertion the United States collaborated with France ... is not true": what a
  claim noun says, when the claim is refuted (object of a verb of denying or rejecting) or said to
  be false (subject of "is not true", "is baseless"), is what is denied. The refusal itself
  ("rejected claims") is left to its own entry.

Each cue is a closed class of words (data, below) in a fixed syntactic frame.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs whose gerund or "that" clause is what is said not to have happened
DENYING = frozenset({"deny", "refute"})
# verbs that refute a claim named as their object ("rejected claims that ...")
REFUTING = frozenset(DENYING | {"reject", "dismiss", "rebut", "dispute"})
# nouns that report an act as said, whose content clause names it
CLAIM_NOUNS = frozenset(
    {
        "claim",
        "allegation",
        "accusation",
        "assertion",
        "charge",
        "suggestion",
        "rumor",
        "rumour",
        "report",
        "insinuation",
    }
)
# what a claim is said to be when it is denied ("is baseless"); "true" counts when negated
FALSE_WORDS = frozenset(
    {"false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "wrong", "fake"}
)
# how a denied clause hangs on its verb, and the content of a claim noun on the noun
DENIED_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
CONTENT_DEPS = frozenset({"acl", "relcl", "ccomp", "appos"})


def _denying_verb(tok: Token) -> Token | None:
    """The verb of denying whose gerund or clause the trigger is ("denied shelling")."""
    if tok.pos_ != "VERB" or tok.dep_ not in DENIED_DEPS:
        return None
    if tok.dep_ == "dobj" and tok.tag_ != "VBG":
        return None
    head = tok.head
    return head if head.pos_ == "VERB" and head.lemma_.lower() in DENYING else None


def _said_false(noun: Token) -> Token | None:
    """The word that refutes a claim noun: the verb whose object it is, or the copula's falsity
    word where the claim is its subject ("the assertion ... is not true")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in REFUTING:
        return head
    if noun.dep_ != "nsubj" or head.lemma_.lower() != "be":
        return None
    negated = any(c.dep_ == "neg" for c in head.children)
    for c in head.children:
        if c.dep_ in {"acomp", "attr"}:
            word = c.lemma_.lower()
            if word in FALSE_WORDS or (word == "true" and negated):
                return c
    return None


def _denied_claim(tok: Token) -> Token | None:
    """The word that refutes the claim whose content the trigger is ("rejected" in "rejected
    claims that its troops had shelled the town")."""
    if tok.pos_ != "VERB" or tok.dep_ not in CONTENT_DEPS:
        return None
    noun = tok.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    return _said_false(noun)


def denied(tok: Token) -> tuple[Token, str] | None:
    """The word that denies the trigger's act, and the reading (--explain)."""
    if (verb := _denying_verb(tok)) is not None:
        return verb, f"what {verb.text!r} says did not happen: a denial, no event"
    if (word := _denied_claim(tok)) is not None:
        return word, f"the content of a claim refuted by {word.text!r}: a denial, no event"
    return None
