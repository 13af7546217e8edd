"""What a speaker says another actor should do, and what a list of demands holds: the content of a
demand, not an act (eval/GUIDELINES.md §1 "content of wishes, needs, demands", §2: the content of
a hope or a demand is no event; the speech act may be a REQUEST).

- **obligation**: "Iran ... should release them immediately", "the ministers should seek
  forgiveness", "Russia must immediately comply with the order": an act a clause says its subject
  should or must do is asked of that subject, not done by it. A first-person subject ("we must
  support Ukraine") is the speaker's own stance, left to the stance rules; an epistemic "must have"
  says the act was done; a decision that something should be done ("decided the United States
  should take action") is the decider's own plan; a "must" that triggers.py already recast as the
  speaker's REQUEST (reframe.obligation) is kept.
- **a list of demands**: "their demands have included dissolving Parliament", "protesters'
  demands include investigation of police violence": what a demand noun is said to include or be
  is what is asked for.

Each cue is a closed class of words in a fixed syntactic frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.reframe import PROMISE, governed_by
from eventcoder.events.speech import SELF_WORDS
from eventcoder.events.subjects import subject_of

# modals of obligation: what the subject should do is asked of it
DEONTIC = frozenset({"should", "must", "ought"})
# nouns of asking and aiming, whose contents a linking verb lists ("their demands include X")
DEMAND_NOUNS = frozenset(
    {"demand", "call", "request", "aim", "goal", "objective", "wish", "hope", "priority"}
)
LINKING = frozenset({"include", "be", "involve", "comprise"})
# the links from a listed content up to the linking verb: object, complement, coordination
LIST_DEPS = frozenset({"dobj", "attr", "xcomp", "ccomp", "advcl", "conj", "appos"})


def obliged(tok: Token, entry: TriggerEntry) -> Token | None:
    """The modal of obligation ("should", "must") when the trigger is what a clause says its
    subject is to do, or None."""
    if tok.pos_ not in {"VERB", "AUX"} or entry.speaker:
        return None
    aux = [c for c in tok.children if c.dep_ == "aux"]
    modal = next((c for c in aux if c.lower_ in DEONTIC), None)
    if modal is None or any(c.lemma_.lower() == "have" for c in aux):
        return None  # "must have known": epistemic, the act was done
    subj, _ = subject_of(tok)
    if subj is None or subj.i > modal.i or subj.lower_ in SELF_WORDS:
        return None  # "should Russia invade" is a condition; "we must" a stance
    if governed_by(tok, PROMISE):
        return None  # "decided the United States should take action": the decider's plan
    return modal


def listed_demand(tok: Token) -> Token | None:
    """The demand noun whose list the trigger is in ("their demands have included dissolving
    Parliament"), or None."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in LIST_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in LINKING and cur.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in DEMAND_NOUNS and subj.tag_ == "NNS":
                return subj
            return None
    return None


def demanded(tok: Token, entry: TriggerEntry) -> tuple[Token, str] | None:
    """The word that makes the trigger the content of a demand, and the reading (--explain)."""
    if (modal := obliged(tok, entry)) is not None:
        return modal, f"what {modal.text!r} asks of the subject, not done"
    if (noun := listed_demand(tok)) is not None:
        return noun, f"listed among the {noun.text!r}: asked for, not done"
    return None
