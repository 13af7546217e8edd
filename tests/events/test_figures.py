"""Force and request words in another sense, told by their argument: fighting for a value,
force on animals, asking about a thing (eval/GUIDELINES.md §2). Every sentence is invented; the
kept cases guard against the rules reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "As president of Peru I have been fighting every day for the good of our people.",
            "fighting",
        ),
        ("The Caracas society asked him to come back to Venezuela and fight for liberty.", "fight"),
        (
            "Nepalese ministers angered priests by killing animals in public in Kathmandu.",
            "killing",
        ),
        ("Kenyan students asked me about the areas where our countries work together.", "asked"),
        ("The senator's moderate politics have clashed with the stances of his party.", "clashed"),
        (
            "Both ministers agreed that Russia's violation of the charter demands a firm response.",
            "demands",
        ),
        (
            "Reuters cited sources close to the investigation in the Belgian capital.",
            "investigation",
        ),
        (
            "Chilean officials met the Peruvian envoy and provided their updated position on "
            "the maritime dispute with Bolivia.",
            "provided",
        ),
        ("The former Kenyan president provided his own input on the Somali question.", "provided"),
        ("Lebanese officials recognized the gravity of the crisis with Israel.", "recognized"),
        # rallying others to an act, states coming together, a rallying cry: no protest
        ("Canada has rallied other countries to stand in support of Ukraine.", "rallied"),
        (
            "The aim of the Kenyan summit was to start to rally countries to make concrete "
            "commitments.",
            "rally",
        ),
        ("As the world rallies to respond to the famine in Somalia, Egypt sent food.", "rallies"),
        # "joining" others who did the same
        (
            "Singapore is the 18th country to sign the Accords, joining Australia, Bahrain, Brazil "
            "and Canada.",
            "joining",
        ),
        # a kind of wrong worked against, with no doer named
        ("Estonian officials work to counter disinformation about Ukraine.", "disinformation"),
        (
            "The European Union launched a programme to combat disinformation in Moldova.",
            "disinformation",
        ),
    ],
)
def test_a_word_in_another_sense_is_dropped(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.SENSE, found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Ukrainians are fighting for their freedom against Russia's invasion.", "ASSAULT"),
        ("Russian soldiers killed civilians and dogs in Bucha on Monday.", "ASSAULT"),
        ("Colombia asked Cuba on Friday to arrest the ELN negotiators.", "REQUEST"),
        ("Armenian forces clashed with Azerbaijani troops on the border.", "ASSAULT"),
        ("China demanded an apology from Japan on Monday.", "REQUEST"),
        ("Poland opened an investigation into Russian sabotage.", "ACCUSE"),
        ("Norway provided food and an update on the talks to Sudan.", "AID"),
        ("Japan delivered two patrol boats to the Philippines.", "AID"),
        ("Britain provided security assurances to Ukraine.", "AGREE"),
        ("Spain recognized Palestine as a state.", "SUPPORT"),
        (
            "Thousands of opposition supporters rallied in Caracas to demand new elections.",
            "PROTEST",
        ),
        ("Students rallied against the Thai government in Bangkok.", "PROTEST"),
        ("Sweden decided on Monday to join NATO, ending decades of neutrality.", "COOPERATE"),
        ("Russia spread disinformation about Ukraine on Monday.", "COERCE"),
    ],
)
def test_acts_near_the_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
