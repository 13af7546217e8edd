"""Document-level coding: what one sentence leaves unsaid is taken from the document around it
(the country the text is about, the actors of the sentence before, an acronym defined earlier,
the speakers of a transcript)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2022, 3, 16)
STATE = "U.S. Department of State (press releases, state.gov)"


def _events(coder, text, source=None):
    from eventcoder.records import Document

    (res,) = list(coder.pipe([Document(id="t", text=text, date=DAY, source=source)]))
    assert res.error is None
    return res.events


def _sides(ev):
    return (
        {a.country for a in ev.source},
        {a.country for a in ev.target},
    )


def test_a_publishers_unnamed_groups_belong_to_the_country_it_writes_about(coder):
    """A release that says "we" and "our" throughout is still about the country it names:
    "the parties" are that country's, not the publisher's."""
    text = (
        "We are proud of our support for the people of Somalia. Our funding reaches Somalia "
        "through our partners, and we stand with Somalia. We urge the parties to the conflict "
        "to agree to a ceasefire."
    )
    (ev,) = [e for e in _events(coder, text, STATE) if e.trigger.text == "urge"]
    assert _sides(ev) == ({"USA"}, {"SOM"})


def test_a_publishers_own_institution_keeps_the_publishers_country(coder):
    """ "the Department of the Treasury" in a State Department release is the publisher's: the
    publisher's "we" still counts for the country of a proper-named institution."""
    text = (
        "We condemn Russia's war, and we stand with our partners. We will act with our allies. "
        "The Department of the Treasury imposed sanctions on Russia."
    )
    (ev,) = [e for e in _events(coder, text, STATE) if e.trigger.text == "sanctions"]
    assert _sides(ev) == ({"USA"}, {"RUS"})


def test_an_acronym_defined_in_a_parenthesis_is_that_actor_later(coder):
    """ "the Sudanese Rapid Patrol Police (..., SRPP)": a later "The SRPP" is the same actor."""
    text = (
        "Sudan's government deployed the Sudanese Rapid Patrol Police (Shurta Dawriya, SRPP) "
        "to the capital. The SRPP arrested dozens of protesters on Monday."
    )
    (ev,) = [e for e in _events(coder, text) if e.trigger.text == "arrested"]
    assert {(a.country, a.sector) for a in ev.source} == {("SDN", "COP")}
    assert "defined for an earlier mention" in ev.source[0].resolved_by


TRANSCRIPT = (
    "SECRETARY BLINKEN: Good morning. I want to welcome Foreign Minister Marise Payne of "
    "Australia. We welcome the role that you are playing in the region.\n\n"
    "FOREIGN MINISTER PAYNE: Thank you, Secretary. I thank you for your hospitality.\n"
)


def test_you_in_a_transcript_turn_is_the_other_speaker(coder):
    evs = _events(coder, TRANSCRIPT, STATE)
    (welcome,) = [e for e in evs if e.trigger.text == "welcome" and e.trigger.start > 80]
    assert _sides(welcome) == ({"USA"}, {"AUS"})
    (thank,) = [e for e in evs if e.trigger.text == "thank"]
    assert _sides(thank) == ({"AUS"}, {"USA"})


def test_a_turn_answering_a_questioner_does_not_name_you(coder):
    text = (
        "SECRETARY BLINKEN: Good morning.\n\nQUESTION: Will you meet Iran?\n\n"
        "SECRETARY BLINKEN: I thank you for the question.\n"
    )
    assert not [e for e in _events(coder, text, STATE) if e.trigger.text == "thank"]


@pytest.mark.parametrize(
    ("text", "expletive"),
    [
        ("It's a pleasure to be here.", True),
        ("It is important that Russia withdraws.", True),
        ("It is very good to have you here.", True),
        ("It really is a great pleasure being able to work with you.", True),
        ("It said it would impose sanctions.", False),
        ("It is a threat to the region.", False),
    ],
)
def test_expletive_it_names_nobody(coder, text, expletive):
    from eventcoder.actors.addressee import expletive as is_expletive

    doc = coder.nlp(text)
    assert is_expletive(doc[0]) is expletive


def test_a_short_name_is_the_earlier_organisation(coder):
    """ "the Assembly" after "the Kenyan National Assembly" is that organisation."""
    text = (
        "The United States House of Representatives met on Monday. "
        "Later the House condemned Russia's attacks on Ukraine."
    )
    (ev,) = [e for e in _events(coder, text) if e.trigger.text == "condemned"]
    assert _sides(ev)[0] == {"USA"}
    assert "same name as an earlier mention" in ev.source[0].resolved_by


def test_an_agentless_passive_takes_the_doer_of_the_same_verb_just_before(coder):
    text = (
        "Russian forces attacked Ukrainian soldiers on Monday. "
        "Ukrainian civilians were also attacked."
    )
    (ev,) = [e for e in _events(coder, text) if e.trigger.start > 50]
    assert ev.trigger.text == "attacked" and _sides(ev) == ({"RUS"}, {"UKR"})


@pytest.mark.parametrize(
    "text",
    [
        "I want to thank you, Prime Minister Modi, for your hospitality.",
        "Prime Minister Modi, we welcome your leadership.",
    ],
)
def test_you_is_the_person_a_sentence_addresses_by_name(coder, text):
    (ev,) = [e for e in _events(coder, text, STATE) if e.trigger.text in {"thank", "welcome"}]
    assert _sides(ev) == ({"USA"}, {"IND"})
    assert "pronoun" in ev.target[0].resolved_by
