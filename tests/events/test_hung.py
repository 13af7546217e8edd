"""Doers named by the phrase an event hangs from (events/hung.py): the acts listed as instances of
a named actor's acts, the acts an actor is held responsible for, what one joins others in."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _events(coder, text, type_):
    return {
        (tuple(a.country for a in e.source), tuple(sorted({a.country for a in e.target})))
        for e in coder.code(text, date="2022-03-01")
        if e.type.value == type_
    }


def test_hung_an_instance_of_a_named_actors_acts_is_its(coder):
    text = "Poland condemned Russia's campaign, including the shelling of Ukrainian towns."
    assert (("RUS",), ("UKR",)) in _events(coder, text, "ASSAULT")


def test_hung_acts_listed_after_acts_by_a_named_actor_are_its(coder):
    text = (
        "Tokyo criticised provocative actions by China, particularly the coercion of Taiwan "
        "and the seizure of Philippine fishing boats."
    )
    assert any(src == ("CHN",) for src, _ in _events(coder, text, "COERCE"))


def test_hung_an_actor_held_responsible_does_the_act(coder):
    text = "The Taliban are responsible for the bombing of the school in Kabul."
    assert (("AFG",), ("AFG",)) in _events(coder, text, "ASSAULT")


def test_hung_the_joiner_does_what_it_joins_others_in(coder):
    text = "Canada joins other countries in urging Iran to free the detained sailors."
    assert (("CAN",), ("IRN",)) in _events(coder, text, "REQUEST")


def test_hung_concerns_are_not_the_acts_of_their_holder(coder):
    text = "Beijing listed its concerns, including American arms sales to Taiwan."
    assert not any(src == ("CHN",) for src, _ in _events(coder, text, "AID"))


def test_hung_those_responsible_name_no_doer(coder):
    text = "Those responsible for the attacks on Kenyan border towns will be punished."
    assert _events(coder, text, "ASSAULT") == set()


def test_hung_an_act_named_as_part_of_a_named_actors_acts_is_its(coder):
    text = "Poland condemned the strikes on Kharkiv carried out as part of Russia's invasion."
    strikes = [
        e for e in coder.code(text, date="2022-03-01") if e.trigger.text.startswith("strikes")
    ]
    assert [tuple(a.country for a in e.source) for e in strikes] == [("RUS",)]


def test_hung_part_of_a_named_actors_acts_stands_before_who_tells_of_it(coder):
    text = (
        "Every day Canada hears of atrocities committed against civilians in Ukraine as part of "
        "Russia's war of aggression."
    )
    assert {src for src, _ in _events(coder, text, "ASSAULT")} == {("RUS",)}


def test_hung_a_contact_clause_is_done_by_the_phrase_before_its_verb(coder):
    text = "That is just one person Russian soldiers killed in Bucha."
    assert (("RUS",), ("UKR",)) in _events(coder, text, "ASSAULT")


def test_hung_a_contact_clause_after_a_noun_with_its_article(coder):
    text = "The activists the Iranian authorities arrested in March went on hunger strike."
    assert (("IRN",), ("IRN",)) in _events(coder, text, "COERCE")


def test_hung_a_participle_after_a_preposition_is_no_contact_clause(coder):
    text = "The families of Ukrainian soldiers killed in the attack gathered in Kyiv."
    assert not any(src == ("UKR",) for src, _ in _events(coder, text, "ASSAULT"))
