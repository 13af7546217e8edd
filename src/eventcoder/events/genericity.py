"""Clauses that assert no particular event: questions, topics of talks, contents of wishes and
needs, generic subjects.

Each check reads the parse around one trigger and returns the token that explains the drop (the
question's main verb, the talks, the need), or None. The word sets are closed classes: question
and asking words, talk words, words of wanting and necessity, quantifiers.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.roles import CLAUSE_PREPS

# ---- questions ------------------------------------------------------------------------------
QUERY_VERBS = {"wonder", "ask", "inquire", "enquire", "question", "know"}
QUERY_MARKS = {"if", "whether"}
# a clause inside a question that the asker takes as given: "after X did Y", "like they did"
GIVEN_MARKS = {"after", "since", "because", "as", "like", "when", "while", "although", "though"}
CLOSERS = "\"'”’)]» "


def question(tok: Token) -> Token | None:
    """The trigger is asked about, not asserted: "Could the U.S. be a guarantor of an agreement?",
    "could you confirm that Poland will send jets?", "I wondered if you could comment on reports
    that ...". Relative clauses and clauses of time or cause inside a question stay asserted."""
    sent = tok.sent
    direct = sent.text.rstrip(CLOSERS).endswith("?")
    cur = tok
    for _ in range(12):
        if cur.dep_ == "relcl":
            return None
        if cur.dep_ == "advcl" and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in GIVEN_MARKS for c in cur.children
        ):
            return None
        if cur.dep_ == "prep" and cur.lower_ in CLAUSE_PREPS:
            return None
        # "wondered if you would ...", "asked whether ...": an embedded question
        if any(c.dep_ == "mark" and c.lower_ in QUERY_MARKS for c in cur.children) and (
            cur.head.lemma_.lower() in QUERY_VERBS or (cur.head.head.lemma_.lower() in QUERY_VERBS)
        ):
            return cur.head
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return cur if direct else None


# ---- topics of talks ------------------------------------------------------------------------
TALK_WORDS = {
    "discuss",
    "discussion",
    "talk",
    "negotiate",
    "negotiation",
    "consultation",
    "consult",
    "conversation",
    "dialogue",
    "debate",
    "review",
    "meeting",
    "meet",
    "summit",
    "call",
}
TALK_OBJECT = {"discuss", "debate", "review"}  # verbs whose direct object is the topic
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning", "of"}
# what the walk may cross between the trigger and the talks
TOPIC_DEPS = {"dobj", "pobj", "prep", "pcomp", "compound", "conj", "acl", "advcl", "xcomp", "amod"}


def talk_topic(tok: Token) -> Token | None:
    """ "discussed normalization", "talks on a lasting truce", "its talks with Russia to reach a
    ceasefire": what talks are about is their topic, not an event (the talks are CONSULT)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in TOPIC_DEPS or cur.head.i == cur.i:
            return None
        head = cur.head
        if cur.dep_ == "prep" and cur.lower_ not in TOPIC_PREPS:
            return None  # "talks with Russia", "during the meeting": a party or a time
        lemma = head.lemma_.lower()
        if lemma in TALK_WORDS:
            if cur.dep_ == "dobj" and lemma in TALK_OBJECT:
                return head
            if cur.dep_ == "prep" and lemma != "call":
                return head
            if cur.dep_ == "acl" and head.pos_ == "NOUN" and _infinitive(cur):
                return head  # "talks to reach a ceasefire": their aim
            return None
        cur = head
    return None


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


# ---- contents of wishes, needs and importance -------------------------------------------------
WISH_WORDS = {
    "need",
    "necessity",
    "importance",
    "important",
    "essential",
    "vital",
    "necessary",
    "crucial",
    "imperative",
    "want",
    "wish",
    "hope",
    "desire",
}
WISH_DEPS = {"xcomp", "ccomp", "acl", "advcl", "pobj", "prep", "pcomp", "conj", "dobj"}
WISH_PREPS = {"of", "for"}
SPEAKER = {"i"}


def wish_content(tok: Token) -> Token | None:
    """ "emphasized the need for allies to support Ukraine", "stressed the importance of working
    with partners to ... release all those detained", "the United States wants to support
    Morocco": what is wanted or needed is no event (the speech act may be a REQUEST)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in WISH_DEPS or cur.head.i == cur.i:
            return None
        if cur.dep_ == "prep" and cur.lower_ not in WISH_PREPS:
            return None  # "want to speak on the trip": what is spoken about
        head = cur.head
        if head.lemma_.lower() in WISH_WORDS and cur.dep_ != "conj":
            if any(c.dep_ == "nsubj" and c.lower_ in SPEAKER for c in head.children):
                return None  # "I want to recognize ...": the wish performs the act
            if head.pos_ == "VERB" and cur.dep_ not in {"xcomp", "ccomp"}:
                return None  # "needed aid": the object of a need is not its content here
            return head
        cur = head
    return None


# ---- what is allowed or enabled -------------------------------------------------------------
PERMIT_WORDS = {"allow", "enable", "permit", "let"}


def permitted(tok: Token) -> Token | None:
    """ "a bill that would have allowed China to extradite suspects", "energy money allows Russia
    to fund its war": what is allowed or made possible is not an event of its own."""
    if tok.dep_ in {"ccomp", "xcomp"} and tok.head.lemma_.lower() in PERMIT_WORDS:
        return tok.head
    return None
