"""What a body of rules lays down: "NATO guidelines call for 2%", "the UN Charter promises that
to every country", "under the Constitution, the House impeaches the official". A text of rules
told in the simple present states a standing provision or procedure, no particular act
(GUIDELINES §1, generic and definitional); the act it calls for is no event either.

The word set is a closed class: nouns naming a text of standing rules. Resolutions, statements
and agreements are left out: "the resolution calls on Russia to withdraw" is the new act of the
body that adopted it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.role_words import PRESENT_TAGS

# nouns naming a text of standing rules
RULE_TEXTS = frozenset(
    {
        "charter",
        "constitution",
        "guideline",
        "guidelines",
        "law",
        "rule",
        "statute",
        "regulation",
        "bylaw",
        "ordinance",
        "treaty",
    }
)
# prepositions that put a procedure under such a text: "under the Constitution", "per the law"
UNDER_PREPS = frozenset({"under", "per"})
# what the walk from the trigger up to the verb that has the text as subject may cross
UP_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "conj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _present(verb: Token) -> bool:
    """The verb is in the simple present, active or passive: "calls for", "is conducted",
    "does not allow"."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in PRESENT_TAGS:
        return not aux
    if verb.tag_ == "VBN":
        return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in PRESENT_TAGS
    return (
        verb.tag_ == "VB"
        and len(aux) == 1
        and aux[0].lemma_.lower() == "do"
        and aux[0].tag_ in PRESENT_TAGS
    )


def _rule_text(noun: Token) -> bool:
    return noun.pos_ in {"NOUN", "PROPN"} and noun.lower_ in RULE_TEXTS


def _under_rules(verb: Token) -> Token | None:
    """The text of rules the verb's clause is put under ("under the U.S. Constitution")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in UNDER_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and _rule_text(p):
                    return p
    return None


def provision(tok: Token) -> str | None:
    """The trigger is, or is laid down by, a present clause whose subject is a text of rules,
    or a present clause put under one: a standing provision, no particular act."""
    cur, own_clause = tok, True
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"} and _present(cur):
            subj = next((c for c in cur.children if c.dep_ in SUBJECTS), None)
            if own_clause and subj is not None and _rule_text(subj):
                return f"what a text of rules lays down ('{subj.text} {cur.text}'), no act"
            if (text := _under_rules(cur)) is not None:
                return f"a procedure told under a text of rules ('{text.text}'), no particular act"
        if cur.dep_ not in UP_DEPS or cur.head.i == cur.i:
            return None
        if cur.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in cur.children):
            if cur.pos_ not in {"VERB", "AUX"} or not _present(cur):
                return None  # a conjunct told in another tense tells its own act
            own_clause = False  # "the law requires X, and Y does Z": Y's act is not the law's
        cur = cur.head
    return None
