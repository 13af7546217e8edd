"""Relation nouns told as standing: "longstanding U.S. support for the people of Honduras",
"the strategic partnership between Morocco and the United States", "the Department's continued
commitment". The adjective says the relation lasts; no particular act is told (GUIDELINES §13).

The word sets are closed classes: nouns naming a relation or attitude, and adjectives of
duration or kind that make them a standing state.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.states import HOLDING

# nouns that name a relation or attitude between sides, not a bounded act
RELATION_NOUNS = {
    "support",
    "partnership",
    "commitment",
    "cooperation",
    "alliance",
    "friendship",
    "relationship",
    "ties",
    "engagement",
    "solidarity",
    "collaboration",
}
# adjectives that make such a noun a lasting state
STANDING_ADJS = {
    "longstanding",
    "long-standing",
    "enduring",
    "steadfast",
    "unwavering",
    "continued",
    "continuing",
    "abiding",
    "ironclad",
    "unshakeable",
    "unshakable",
    "strategic",
    "historic",
    "traditional",
    "decades-long",
    "lasting",
}
# words that voice the relation now: "underline our unwavering support", "appreciation for
# Morocco's continued support" tell an act of stating or thanking (GUIDELINES §12)
VOICING = {
    "underline",
    "reaffirm",
    "reiterate",
    "express",
    "voice",
    "pledge",
    "affirm",
    "restate",
    "emphasize",
    "emphasise",
    "stress",
    "declare",
    "confirm",
    "thank",
    "appreciation",
    # or make it now: "signed a strategic partnership", "entered into a strategic alliance"
    "sign",
    "launch",
    "establish",
    "forge",
    "form",
    "create",
    "announce",
    "conclude",
    "seal",
    "enter",
    "formalize",
    "formalise",
    "thanks",
    "gratitude",
}
# the paths from a voicing word down to what it voices
VOICED_DEPS = {"dobj", "conj", "appos", "pobj", "prep"}


# words of thanking: they voice the thanker's backing, not the thanked side's undertaking
THANKING = frozenset({"thank", "thanks", "appreciation", "gratitude"})
# nouns of undertaking whose standing form a thanker does not make anew
UNDERTAKING_NOUNS = frozenset({"commitment"})


def voiced(tok: Token) -> bool:
    """The noun is what a word of stating or thanking takes: its object, a noun listed beside
    that object, or the object of "for" ("thanked the minister for Jordan's support"). Thanks
    for another's "continued commitment" voice the thanks only: the commitment stays standing."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in VOICED_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in VOICING:
            return not (lemma in THANKING and tok.lemma_.lower() in UNDERTAKING_NOUNS)
    return False


# words of holding firm to a relation: "we remain steadfast in our commitment to work with X",
# "has not wavered in its support": the holder's stance, no act (§11, §13, §20); states.py drops
# the AGREE of "steadfast in its commitment" hung on the adjective, this the other shapes
FIRM_WORDS = HOLDING | {"waver", "falter", "unyielding", "unflinching"}


def _aimed_content(noun: Token) -> bool:
    """The noun's content is an act aimed at someone ("commitment to ensuring Russia pays a
    price", "to hold X accountable"): an undertaking (§11, §13), not ongoing work ("commitment
    to work with the Malagasy people")."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    verbs += [p for c in noun.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pcomp"]
    return any(c.dep_ in {"dobj", "ccomp", "nsubj"} for v in verbs for c in v.children)


def _for_someone(noun: Token) -> bool:
    """ "will not waver in its support for Ukraine": support aimed at a named recipient goes on
    as an act (GUIDELINES §20), unlike a commitment to ongoing work."""
    return noun.lemma_.lower() == "support" and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" for p in c.children)
        for c in noun.children
    )


def standing_noun(tok: Token) -> str | None:
    """A relation noun with an adjective of lasting kind, or held firm to: a standing relation,
    no event."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in RELATION_NOUNS | {"tie"}:
        return None
    if voiced(tok):
        return None
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in STANDING_ADJS:
            return f"a standing relation ({c.text!r} {tok.text!r}), no particular act"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or _aimed_content(tok) or _for_someone(tok):
        return None
    # "wavered in its commitment", or "remains steadfast in ...", "in" hung on the verb
    firm = [prep.head, *(c for c in prep.head.children if c.dep_ == "acomp")]
    for w in firm:
        if w.lemma_.lower() in FIRM_WORDS:
            return f"a relation held to ('{w.text} in ... {tok.text}'): a stance, no act"
    return None


# adjectives of a held stance ("we remain engaged ... to support the Afghan people") and the
# verbs that say it is held: what the stance is kept up for is no act of its own (§11, §20)
HELD_ADJS = frozenset(
    {"engaged", "focused", "dedicated", "determined", "resolved", "steadfast", "mobilized"}
)
KEEPING_VERBS = frozenset({"remain", "stay"})


def held_aim(tok: Token) -> str | None:
    """ "We remain engaged through our full toolkit to support the future the Afghan people
    want": the infinitive that a held stance is kept up for, no particular act."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ != "VERB" or tok.dep_ not in {"advcl", "xcomp"}:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    head = tok.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        adjs, verb = [head], head.head
    else:
        adjs, verb = [c for c in head.children if c.dep_ == "acomp"], head
    if verb.lemma_.lower() not in KEEPING_VERBS:
        return None
    for adj in adjs:
        if adj.lower_ in HELD_ADJS:
            return f"what a held stance is kept up for ('{verb.text} {adj.text} ... to'), no act"
    return None


# words of a held commitment told as a state: "we are committed to", "remain dedicated to"
STATE_WORDS = frozenset({"committed", "dedicated"})
STATE_VERBS = frozenset({"be", "remain", "stay"})
# a side named in what the commitment is to: "committed to Ukraine's sovereignty" backs it
SIDE_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
OWN = frozenset({"our", "my"})


def _held_state(tok: Token) -> bool:
    """ "is committed", "remains dedicated": the word is a state its subject is in, not a
    commitment made ("committed to trilateral cooperation with Japan" in the past tense)."""
    if tok.lower_ not in STATE_WORDS:
        return False
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        return _held_state(tok.head)  # "we are committed to X, committed to Y as well"
    if any(c.dep_ == "auxpass" and c.lemma_.lower() in STATE_VERBS for c in tok.children):
        return True
    if tok.dep_ in {"acomp", "xcomp"} and tok.head.lemma_.lower() in STATE_VERBS:
        return True
    return _repeated_state(tok) or _opening_state(tok)


def _opening_state(tok: Token) -> bool:
    """ "Committed to freedom and human rights, we are working together ...": a participle that
    opens the sentence, with no subject or auxiliary of its own, tells the state of the main
    clause's subject."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBN"
        and tok.i < tok.head.i
        and tok.i == tok.sent.start
        and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in tok.children
        )
    )


def _repeated_state(tok: Token) -> bool:
    """ "we are committed to X, committed to Y as well": the word said again with no subject or
    auxiliary of its own repeats the state told before it in the sentence (the parser hangs the
    repeat anywhere)."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children):
        return False
    earlier = [t for t in tok.sent if t.i < tok.i and t.lower_ == tok.lower_]
    return any(
        t.dep_ in {"acomp", "xcomp"} and t.head.lemma_.lower() in STATE_VERBS for t in earlier
    ) or any(
        any(c.dep_ == "auxpass" and c.lemma_.lower() in STATE_VERBS for c in t.children)
        for t in earlier
    )


def _names_side(noun: Token) -> bool:
    """The noun is a side or belongs to one ("Ukraine's sovereignty", "the sovereignty of
    Ukraine", "the Afghan people"); another phrase ("the peace process in Sudan") only places
    it, and "our" is the holder's own."""
    if any(c.dep_ == "poss" and c.lower_ not in OWN for c in noun.children):
        return True  # "committed to their sovereignty": another's, as "Ukraine's" is
    kids = [c for c in noun.children if c.dep_ != "prep" or c.lower_ == "of"]
    words = [noun] + [t for c in kids for t in c.subtree]
    return any(t.ent_type_ in SIDE_ENTS for t in words)


def committed_state(tok: Token) -> str | None:
    """ "we are committed to an enduring relationship with the people of X", "we remain
    committed to the peace process": a standing commitment to a relationship, a value or a
    process (§11), no agreement; "committed to reopening the consulate" (an act) and
    "committed to Ukraine's sovereignty" (a side) are not here."""
    if not _held_state(tok):
        return None
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "to":
            continue
        things = [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        if not things or any(p.dep_ == "pcomp" for p in c.children):
            return None
        if any(_names_side(p) for p in things):
            return None
        return f"a standing commitment to a thing ('{tok.text} to ... {things[0].text}'), no act"
    return None
