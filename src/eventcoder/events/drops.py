"""The record of a dropped candidate: which rule removed it, its trigger, and why.

The checks live in events/filters.py (not events), events/merging.py (one event told twice) and
the modules they call; this module holds only what they all return.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from eventcoder.records import Event


class DropRule(StrEnum):
    LIGHT_VERB = "light_verb"  # "offered an apology": the apology is the event
    NO_SOURCE = "no_source"  # no doer could be named or placed
    NO_TARGET = "no_target"  # the trigger needs a recipient and has none
    ABSTRACT_TARGET = "abstract_target"  # "fighting against the pandemic"
    CONTENT = "content"  # what another event asks for or threatens
    ECHO = "echo"  # the object of a verb event by the same doers ("signed the agreement")
    DUPLICATE = "duplicate"  # another report of one event in the sentence
    UNDIRECTED = "undirected"  # no recipient identified, and the type needs one (require_target)
    QUESTION = "question"  # "Could the U.S. be a guarantor of an agreement?": nothing asserted
    TOPIC = "topic"  # "discussed normalization": the talks are the event, not their topic
    WISH = "wish"  # "stressed the need for allies to support Ukraine": wanted, not done
    NOT_POLITICAL = "not_political"  # accidents, disasters, disease, races
    SENSE = "sense"  # a trigger word outside its event sense ("released a statement")
    GENERIC = "generic"  # "reiterated its commitment": a stance in general, no act toward anyone
    CONDITION = "condition"  # "if they dare to discuss the war": supposed, not done
    CAPTION = "caption"  # "... Image: The White House.": a caption or a fragment, no clause
    NOT_DOER = "not_doer"  # "Bash characterized the attack as ...": the speaker is not its doer
    CIRCUMSTANCE = "circumstance"  # "sent troops at the request of X": the setting of another act
    LOW_CONFIDENCE = "low_confidence"  # below Settings.min_confidence (events/confidence.py)
    NO_OTHER_SIDE = "no_other_side"  # "200 people attended", "visited California": one side only
    COMMITMENT = "commitment"  # "our commitment to work with ASEAN": what a stance is to
    BALLOT = "ballot"  # "voted in a referendum to leave the EU": the outcome of a race
    PRIVATE = "private"  # "his classmates encouraged him": private people, no political actor
    INTERVIEW = "interview"  # "spoke with the Times": talks with the press
    CAMPAIGN = "campaign"  # "attacked Biden during the debate": part of an election race
    MODIFIER = "modifier"  # "a cease-fire agreement", "an assault ship": the kind of a thing


@dataclass(frozen=True, slots=True)
class Drop:
    """Why a candidate is not an event: the rule, its trigger and the trigger that explains it."""

    rule: DropRule
    trigger: int  # character offset of the dropped candidate's trigger
    by: int | None = None  # character offset of the word that makes it redundant or explains it
    why: str | None = None  # the rule's reading of this sentence, for --explain


Filtered = tuple[list[Event], list[Drop]]

# what each rule means, for a drop that carries no reading of its own (--explain)
REASONS = {
    DropRule.LIGHT_VERB: "a light verb whose object is itself a trigger: the object is the event",
    DropRule.NO_SOURCE: "no doer could be named or placed",
    DropRule.NO_TARGET: "the trigger needs a recipient and none was found",
    DropRule.ABSTRACT_TARGET: "force aimed at something that is no actor",
    DropRule.CONTENT: "what another event asks for, threatens, stops or refuses",
    DropRule.ECHO: "the object of another event by the same doers",
    DropRule.DUPLICATE: "another report of the same event in the sentence",
}


def reason(drop: Drop) -> str:
    """The drop's own reading, or what its rule means."""
    return drop.why or REASONS.get(drop.rule, drop.rule.value.replace("_", " "))
