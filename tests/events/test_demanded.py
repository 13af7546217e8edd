"""What a clause says an actor should or must do, and what a list of demands includes, is the
content of a demand, not an act (eval/GUIDELINES.md §1, §2). Every sentence is invented; the kept
cases guard against the rules reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Iran is holding three Canadians and should release them at once.", "release"),
        ("Belarus should free the jailed Polish journalists.", "free"),
        ("Russia must immediately comply with the order of the Hague tribunal.", "comply"),
        ("Activists in Oslo say that the Norwegian government should ask Minsk for help.", "ask"),
        ("Their demands have included dissolving the Serbian parliament.", "dissolving"),
        (
            "The Chilean students' demands include an investigation of the police and the "
            "release of all those arrested.",
            "release",
        ),
        (
            "Norway reiterates its call for the Sudanese junta to end the violence, release all "
            "those detained, and engage in dialogue with the opposition.",
            "engage",
        ),
        (
            "Canada joins in calling on the Houthis to end the fighting, to agree to a permanent "
            "ceasefire, and engage fully in negotiations with Riyadh.",
            "engage",
        ),
        ("Kenyan church groups have called for the bill to be dropped.", "dropped"),
        (
            "Japan urges the Yemeni parties not to let this opportunity pass and to engage with "
            "Special Envoy Lindqvist to build upon this truce.",
            "engage",
        ),
        ("We will not stop pursuing their release from Iranian prisons.", "release"),
        (
            "Canada works night and day to secure the release of its citizens held in China.",
            "release",
        ),
        (
            "We back Georgia's diplomacy in order to secure a ceasefire and the withdrawal of "
            "Russian troops from Abkhazia.",
            "withdrawal",
        ),
        # what a payment is for is the payee's to do
        (
            "A Chilean paper reported that Bolivians were paying bounties to the rebels to kill "
            "Peruvian soldiers.",
            "kill",
        ),
        ("Iran paid militias to attack the Saudi embassy in Baghdad.", "attack"),
    ],
)
def test_what_is_demanded_is_dropped_as_its_content(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.WISH, found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # "must" after a verb of saying is the speaker's REQUEST (reframe.obligation)
        ("The Malian junta said the French troops in the country must leave.", "REQUEST"),
        # a decision that one's own country should act is its plan
        ("Obama said he had decided the United States should strike Syria.", "ASSAULT"),
        # an epistemic "must have": the act was done
        ("Russian forces must have shelled Ukrainian troops near Kharkiv.", "ASSAULT"),
        ("The Chilean police released all the students arrested in the protests.", "RETREAT"),
        # a tensed verb after the urged clause is an act of its own
        (
            "Raab urged the Saudi embassy to reconsider and spoke with Pompeo about the case.",
            "CONSULT",
        ),
        # a call renewed, then an act done
        ("France renewed its call for a ceasefire and sent troops to Chad.", "MOBILIZE"),
        # what was secured is told done; what is pursued by its own doer is that doer's act
        ("Qatar secured the release of five Americans held in Iran.", "RETREAT"),
        (
            "She stressed Canada's readiness to impose costs on Belarus, should it pursue further "
            "aggression against Lithuania.",
            "ASSAULT",
        ),
        # paying is no purpose of its own: the act after it is told
        ("Russian forces killed 20 Ukrainian civilians after Kyiv paid the ransom.", "ASSAULT"),
        # a sum paid to do a thing: the payer's own act
        ("Germany paid 20 million euros to compensate the Namibian victims.", "CONCEDE"),
    ],
)
def test_acts_near_the_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
