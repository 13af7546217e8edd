"""The place of an attack nobody is named for: "condemns the bombing in Istanbul", "the attack on a
mosque in Pakistan", "today's terrorist attack in Bnei Brak, Israel". Unnamed attackers make no
side (GUIDELINES §4 'Attacks', §11 'Unnamed attackers': "the United States condemns the attack
in Dohuk" has no ACCUSE target): the country where the attack happened is neither its doer nor
whom a condemnation of it is aimed at."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.actors.records import ActorInfo, Rule
from eventcoder.events.role_words import ATTACK_NOUNS

# attacks whose doer a condemnation is aimed at: role_words' attacks less a state's own acts
# ("crackdown", "raid", "operation"), and the happenings an attack is reported as
ATTACK_WORDS = (
    ATTACK_NOUNS - {"raid", "operation", "offensive", "crackdown", "incursion", "onslaught"}
) | {"shooting", "explosion", "blast", "massacre", "atrocity"}
# prepositions that say where an attack happened
WHERE_PREPS = {"in", "at", "near", "outside", "inside"}
# words that name a doer inside the attack's phrase ("the Houthi attack", "Russia's strike",
# "the attack claimed by ISIS")
NAMED_ENTS = {"NORP", "GPE", "ORG", "PERSON"}
MAX_DEPTH = 6
# guesses that place an unnamed class by the sentence's place or the document (sides.guessed)
PLACE_GUESSES = {Rule.SENTENCE_PLACE, Rule.DOCUMENT_COUNTRY}


def unclaimed_place(root: Token, tok: Token) -> bool:
    """Is the place at ``root`` only where an attack that ``tok`` judges happened, with no doer
    named in the attack's phrase?"""
    cur = root
    while cur.dep_ in {"appos", "conj"} and cur.head.i != cur.i:
        cur = cur.head  # "in Bnei Brak, Israel", "in Kabul and Herat"
    if cur.dep_ != "pobj" or cur.head.lower_ not in WHERE_PREPS:
        return False
    noun = cur.head.head
    for _ in range(MAX_DEPTH):
        if noun.i == tok.i or noun.pos_ not in {"NOUN", "PROPN"}:
            return False
        if noun.lemma_.lower() in ATTACK_WORDS:
            return tok.is_ancestor(noun) and not _claimed(noun)
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head  # "the attack on a mosque in Pakistan"
    return False


def _claimed(attack: Token) -> bool:
    """Does the attack's own phrase name a doer ("Russia's strike", "the Houthi attack", "the
    attack by ISIS", "an attack claimed by al-Shabaab")?"""
    for c in attack.children:
        if c.dep_ == "poss" and c.ent_type_ not in {"DATE", "TIME"}:
            return True  # not "today's attack"
        if c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ in NAMED_ENTS:
            return True
    return any(t.lower_ == "by" and t.dep_ in {"prep", "agent"} for t in attack.subtree)


def unnamed_attackers(span: Span, info: ActorInfo) -> bool:
    """ "condemn today's terrorist attack in Bnei Brak, Israel": a class of attackers that only
    describes the attack ("terrorist", "militant") and has a country only by a guess from the
    place names no one (GUIDELINES §11: no ACCUSE target)."""
    root = span.root
    if root.dep_ not in {"amod", "compound"} or root.pos_ == "PROPN" or root.ent_type_:
        return False
    return root.head.lemma_.lower() in ATTACK_WORDS and info.how.mentions(PLACE_GUESSES)
