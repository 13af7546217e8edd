"""Who comments on an act from outside it: the subject of a verb of judging or saying whose
object or clause holds the act ("the Secretary condemned the DPRK's launches", "India has yet to
condemn Russia's invasion") is not whom the act is done to, however near it stands."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.role_words import OUTSIDE_VERBS

# verbs of judging or saying: their subject comments on the act they govern
JUDGING_VERBS = OUTSIDE_VERBS | {
    "condemn",
    "denounce",
    "deplore",
    "decry",
    "welcome",
    "praise",
    "applaud",
    "commend",
    "criticize",
    "criticise",
    "reject",
    "regret",
    "warn",
    "understand",
}
# links by which a verb hands its subject to the verb it governs ("has yet to condemn", "was quick
# to praise")
RAISING_DEPS = {"xcomp", "acomp"}


def commenter(root: Token, tok: Token) -> bool:
    """ "The Secretary condemned the DPRK's missile launches", "we reject efforts by PRC officials
    to harass ...": who judges or reports an act (the subject of a verb of judging or saying
    whose object holds the trigger) stands outside it, and is not whom it is done to."""
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = _judging(root.head, tok)
    return head is not None and head.i != tok.i and head.is_ancestor(tok)


def _judging(verb: Token, tok: Token) -> Token | None:
    """The verb of judging or saying that ``verb`` is or passes its subject to on the way to the
    trigger: "India has yet to condemn", "Brazil refused to criticise", "was quick to praise"."""
    cur = verb
    for _ in range(4):
        if cur.lemma_.lower() in JUDGING_VERBS:
            return cur
        down = [c for c in cur.children if c.dep_ in RAISING_DEPS and c.is_ancestor(tok)]
        if not down:
            return None
        cur = down[0]
    return None
