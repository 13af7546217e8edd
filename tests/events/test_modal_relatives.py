"""Modality from a curly-apostrophe "will" (U+2019), from relative clauses on an event noun, and
from an actor's own act that a verb joins it in."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "trigger", "modality"),
    [
        # transcripts spell "we'll" with a curly apostrophe (U+2019): still "will"
        (
            "Secretary Blinken arrived in Tokyo. He’ll meet Japanese Foreign Minister Hayashi"
            " to discuss North Korea.",
            "meet",
            "future",
        ),
        # a clause whose verb is its subject's own act on the event gives the event nothing
        (
            "There are talks between Kenya and Somalia that the United States will support.",
            "talks",
            "asserted",
        ),
        # a clause whose verb carries the act out in the present or past says it is done
        (
            "Moscow is trying to hide the atrocities it is committing against Ukraine.",
            "atrocities",
            "asserted",
        ),
        # a modal in a clause that realises the noun's act still makes it supposed
        (
            "Moscow is trying to hide the attacks that it could launch against Ukraine.",
            "attacks",
            "hypothetical",
        ),
        # "support X in its talks": the talks are X's own, under way
        (
            "Norway will support Colombia in its talks with the ELN rebels.",
            "talks",
            "asserted",
        ),
    ],
)
def test_modal_relatives(coder, sentence, trigger, modality):
    events = [e for e in coder.code(sentence, date="2022-06-01") if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}: {coder.code(sentence, date='2022-06-01')}"
    assert events[0].modality.value == modality
