"""Closed word classes that tell a reference to an earlier event from a new one (events/references.py)."""

from __future__ import annotations

# verbs of speech or stance whose object is the topic, not a new act
SPEECH_STANCE = frozenset(
    {
        "condemn",
        "denounce",
        "criticize",
        "criticise",
        "deplore",
        "decry",
        "lament",
        "regret",
        "welcome",
        "applaud",
        "praise",
        "hail",
        "commend",
        "salute",
        "oppose",
        "reject",
        "recall",
        "remember",
        "commemorate",
        "mark",
        "mourn",
        "acknowledge",
        "recognize",
        "recognise",
        "blame",
        "describe",
        "term",
        "label",
        "characterize",
        "characterise",
        "justify",
        "defend",
        "deny",
        "condone",
        "excuse",
        "discuss",
        "cite",
        "mention",
        "note",
        "highlight",
        "underscore",
        "protest",
        "document",
        "investigate",
        "ignore",
        "whitewash",
        "glorify",
        "apologize",  # "apologized for the massacre of ...": the massacre is known
        "apologise",
    }
)
# verbs whose object is what the subject undergoes or answers: background to the clause
UNDERGONE = frozenset(
    {
        "resist",
        "repel",
        "withstand",
        "survive",
        "endure",
        "face",
        "suffer",
        "flee",
        "escape",
        "counter",
        "confront",
        "fight",
        "follow",
        "violate",
        "breach",
        "honor",
        "honour",
        "respect",
        "implement",
        "uphold",
        "undermine",
        "abandon",
        "accept",
        "refuse",
        "decline",
        "heed",
        "turn down",
    }
)
# prepositions (and two-word heads) whose object is a time frame or a cause: background
BACKGROUND_PREPS = frozenset(
    {
        "since",
        "after",
        "following",
        "against",
        "amid",
        "amidst",
        "throughout",
        "because",
        "due",
        "despite",
        "over",
    }
)
# nouns before "to X" that make X background ("in response to the invasion")
TO_HEADS = frozenset(
    {"response", "reaction", "prior", "due", "owing", "run", "lead", "answer", "bow", "yield"}
)
# nouns before "for X" that make X the cause answered ("in retaliation for the rocket fire")
FOR_HEADS = frozenset({"retaliation", "revenge", "reprisal", "punishment"})
# nouns before "of X" that look back on X ("the anniversary of the coup", "victims of the
# invasion", "condemnation of the attack"); other "of" heads count or phase X ("weeks of
# protests", "a wave of arrests"): X is read where the count stands ("after weeks of protests")
LOOK_BACK_HEADS = frozenset(
    {
        "anniversary",
        "victim",
        "survivor",
        "aftermath",
        "wake",
        "consequence",
        "result",
        "legacy",
        "memory",
        "remembrance",
        "commemoration",
        "cost",
        "impact",
        "effect",
        "toll",
        "condemnation",
        "denunciation",
        "criticism",
        "justification",
        "accountability",
        "perpetrator",
        "face",
    }
)
# verbs of status or consequence whose subject is an event already known
STATUS = frozenset(
    {
        "remain",
        "continue",
        "persist",
        "stay",
        "enter",
        "drag",
        "last",
        "linger",
        "be",
        "mark",
        "cause",
        "lead",
        "create",
        "trigger",
        "spark",
        "force",
        "drive",
        "disrupt",
        "devastate",
        "undermine",
        "affect",
        "impact",
        "exacerbate",
        "worsen",
        "show",
        "demonstrate",
        "reveal",
        "prove",
        "violate",
        "change",
        "shatter",
        "destroy",
        "upend",
        "begin",
        "start",
    }
)
# verbs that keep an act going: "continues to shell", "keeps detaining"
ONGOING_HEADS = frozenset({"continue", "keep", "persist", "remain"})
# situations that last: one event with a start, then references to it
SITUATIONS = frozenset(
    {
        "war",
        "invasion",
        "occupation",
        "siege",
        "blockade",
        "detention",
        "annexation",
        "embargo",
        "aggression",
        "conflict",
        "crackdown",
        "repression",
        "persecution",
        "sanction",
        "campaign",
        "offensive",
    }
)
# words that make a present-perfect sentence a tally or summary
TALLY_WORDS = frozenset(
    {
        "hundreds",
        "thousands",
        "millions",
        "dozens",
        "scores",
        "numerous",
        "countless",
        "unprecedented",
        "so far",
        "to date",
    }
)
