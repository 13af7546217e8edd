"""actors/apposed.py and titled's "for" phrase: a name the dictionary does not know takes the
country of its apposition ("X, a spokesman for the PMF", "X, an Iraqi official"), not the
country the document is mostly about; an office "for" a country stays the office's subject."""

from __future__ import annotations

import pytest
from tests.explaining import mentions
from tests.handmade import country, mention, parsed

from eventcoder.actors.apposed import apposed_names
from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because, render

STATE = "U.S. Department of State"


def _country(found, text):
    return next(c for t, c, _ in found if t == text)


@pytest.mark.slow
def test_a_spokesman_for_an_organisation_is_of_its_country(coder):
    found = mentions(coder, "A spokesman for Hezbollah condemned the strike.")
    assert _country(found, "spokesman") == "LBN"


@pytest.mark.slow
def test_an_unknown_name_takes_the_country_of_its_apposition(coder):
    found = mentions(
        coder, "Jamal Haddad, a spokesman for the PMF, blamed Washington.", source=STATE
    )
    assert _country(found, "Jamal Haddad") == "IRQ"


@pytest.mark.slow
def test_an_apposition_with_a_demonym_places_the_name(coder):
    found = mentions(coder, "Samir Nassar, a Lebanese official, met the Kenyan envoy.")
    assert _country(found, "Samir Nassar") == "LBN"


@pytest.mark.slow
def test_an_envoy_for_a_country_is_not_of_that_country(coder):
    found = mentions(coder, "Omar Sayegh, the Special Envoy for Yemen, met Kenyan officials.")
    assert _country(found, "Omar Sayegh") != "YEM"


def test_a_name_nobody_places_takes_its_apposition_modifiers_country():
    """ "released Pierre Martin , a French engineer": the apposition's modifier places him."""
    doc = parsed(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1),
            ("released", "release", "VERB", "ROOT", 1),
            ("Martin", "Martin", "PROPN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 2),
            ("a", "a", "DET", "det", 6),
            ("French", "french", "ADJ", "amod", 6),
            ("engineer", "engineer", "NOUN", "appos", 2),
        ]
    )
    martin = ActorInfo(None, None, None, ActorKind.PERSON, how=because(Rule.UNKNOWN_NAME))
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("IRN")),
        mention(doc, 2, 3, martin),
        mention(doc, 5, 6, country("FRA")),
    ]
    apposed_names(list(doc.spans["actors"]))
    iran, info, _ = (m._.actors[0] for m in doc.spans["actors"])
    assert (info.country, render(info.how)) == (
        "FRA",
        "unknown name; country of its apposition 'French'",
    )
    assert iran == country("IRN")  # a mention with a country keeps it
