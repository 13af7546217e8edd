"""What a stance or a capacity is to: "our determination to do everything we can to support the
Ukrainians", "our objective is to help the Ukrainians", "the right of individuals to protest",
"the inability of companies to make investments", "the policy continues to focus on support".

A stance ("our determination to support X", GUIDELINES §13 and §20) or a capacity or right (§1:
generic statements) names no act that happened or is planned: what it is to is no event. The
word sets are closed classes: nouns of resolve and focus, nouns of capacity and right, nouns of
aim that take their content as the predicate of "is". Undertakings ("commitment", "pledge",
"readiness", "offer", §18) and efforts ("continue our efforts to hold X accountable", §13) are
not here: they name the act the speaker takes on.
"""

from __future__ import annotations

from spacy.tokens import Token

# nouns of resolve or focus, and of capacity or right: their content is no act
STANCE_NOUNS = frozenset(
    {
        "determination",
        "resolve",
        "dedication",
        "focus",
        "right",
        "freedom",
        "ability",
        "inability",
        "capacity",
        "capability",
    }
)
# verbs of focus: "the policy continues to focus on support for the Cuban people"
FOCUS_VERBS = frozenset({"focus", "centre", "center"})
# nouns of aim whose content is told as what they "are": "our objective is to help X"
AIM_NOUNS = frozenset({"objective", "goal", "aim", "purpose", "mission", "task"})
# the links from a stance noun down to its content ("determination to do", "focus on providing")
CONTENT_LINKS = frozenset({"acl", "prep"})
CONTENT_PREPS = frozenset({"on", "to", "for"})
# what the walk from the trigger up to the stance may cross; a preposition only as the stance's
# own link ("focus on X"): an event noun deeper in a phrase ("ability to defend itself against
# Russia's invasion") is told in its own right
WALK_DEPS = frozenset({"xcomp", "advcl", "acl", "conj", "dobj", "ccomp"})
OBJECT_DEPS = frozenset({"pobj", "pcomp"})


def stance_content(tok: Token) -> str | None:
    """Why the trigger is what a stance, a capacity or an aim is to, or None."""
    cur = tok
    for _ in range(6):
        if cur.dep_ in OBJECT_DEPS and cur.head.dep_ == "prep":
            cur = cur.head  # "focus on support": the walk goes on only if "on" links the stance
            if not _stance_word(cur.head) or not _content_link(cur):
                return None
        elif cur.dep_ not in WALK_DEPS or cur.head.i == cur.i:
            return None
        head = cur.head
        lemma = head.lemma_.lower()
        if _stance_word(head) and _content_link(cur):
            return f"what {head.text!r} is to: a stance, a capacity or a focus, no act"
        if lemma == "be" and cur.dep_ in {"xcomp", "attr", "ccomp"} and _aim_subject(head):
            return f"what an aim is ('{_aim_subject(head)} ... {head.text}'): no act"
        cur = head
    return None


def _stance_word(tok: Token) -> bool:
    """A noun of stance or capacity, or a verb of focus."""
    lemma = tok.lemma_.lower()
    return (tok.pos_ == "NOUN" and lemma in STANCE_NOUNS) or (
        tok.pos_ == "VERB" and lemma in FOCUS_VERBS
    )


def _content_link(tok: Token) -> bool:
    """The step from a stance word to its content: an infinitive, or "on", "to", "for"."""
    if tok.dep_ == "acl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return tok.dep_ == "prep" and tok.lower_ in CONTENT_PREPS


def _aim_subject(be: Token) -> str | None:
    """The aim noun that is the subject of "is": "our objective is to help X"."""
    for c in be.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in AIM_NOUNS:
            return c.text
    return None
