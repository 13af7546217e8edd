"""A welcome or demand about an act placed in a country by name is aimed at that country, on
hand-parsed sentences (no statistical model)."""

from __future__ import annotations

from tests.handmade import country, mention, parsed

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.events.placed import placed_country
from eventcoder.events.scene import Scene
from eventcoder.records import Document, EventType


def _named_place(code: str) -> ActorInfo:
    """A country named by its own name, as a place ("in Ethiopia")."""
    base = because(Rule.COUNTRY_WORD, "country", code)
    return ActorInfo(code, code, None, ActorKind.PLACE, None, code, because(Rule.AS_PLACE, base))


def _town(code: str) -> ActorInfo:
    """A capital as a place ("in Vienna")."""
    base = because(Rule.STANDS_FOR, "capital", "Vienna", "GOV", code)
    return ActorInfo(code, code, "GOV", ActorKind.PLACE, None, code, because(Rule.AS_PLACE, base))


def _welcome(noun: str, where: ActorInfo, owner: bool = False):
    """ "Canada welcomed (Peru 's) <noun> in Chile ." with the actors named."""
    rows = [
        ("Canada", "Canada", "PROPN", "nsubj", 1),
        ("welcomed", "welcome", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        (noun, noun.removesuffix("s"), "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        ("Chile", "Chile", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    if owner:
        rows[2] = ("Peru", "Peru", "PROPN", "poss", 3)
    doc = parsed(rows)
    spans = [mention(doc, 0, 1, country("CAN"), label="actor")]
    spans.append(mention(doc, 5, 6, where, label="actor"))
    if owner:
        spans.append(mention(doc, 2, 3, country("PER"), label="actor"))
    doc.spans["actors"] = spans
    return doc, Scene.of(doc, Document(id="d", text=doc.text))


def test_placed_the_country_whose_act_is_welcomed():
    doc, scene = _welcome("elections", _named_place("CHL"))
    found = placed_country(scene, doc[1], EventType.SUPPORT, {"CAN"})
    assert [(s.text, i.country) for s, i in found] == [("Chile", "CHL")]


def test_placed_not_a_town_a_meeting_an_owned_act_nor_another_type():
    doc, scene = _welcome("elections", _town("AUT"))
    assert placed_country(scene, doc[1], EventType.SUPPORT, {"CAN"}) == []
    doc, scene = _welcome("talks", _named_place("CHL"))
    assert placed_country(scene, doc[1], EventType.SUPPORT, {"CAN"}) == []
    doc, scene = _welcome("engagement", _named_place("CHL"), owner=True)
    assert placed_country(scene, doc[1], EventType.SUPPORT, {"CAN"}) == []
    doc, scene = _welcome("elections", _named_place("CHL"))
    assert placed_country(scene, doc[1], EventType.ACCUSE, {"CAN"}) == []


def _region(code: str) -> ActorInfo:
    """A region the dictionary knows as part of a country, as a place ("in Tigray")."""
    base = because(Rule.DICTIONARY_ORG, "tigray")
    return ActorInfo(
        code, code, None, ActorKind.PLACE, "tigray", None, because(Rule.AS_PLACE, base)
    )


def test_placed_a_region_of_a_country_stands_for_it():
    """ "urged a ceasefire in Tigray": who alone can grant it is Ethiopia's government."""
    doc, scene = _welcome("ceasefire", _region("ETH"))
    found = placed_country(scene, doc[1], EventType.REQUEST, {"CAN"})
    assert [(s.text, i.country) for s, i in found] == [("Chile", "ETH")]


def test_placed_a_relative_clause_of_the_object_can_place_it():
    """ "welcomed the release of the journalists, who were held in Chile"."""
    doc = parsed(
        [
            ("Canada", "Canada", "PROPN", "nsubj", 1),
            ("welcomed", "welcome", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("release", "release", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 3),
            ("journalists", "journalist", "NOUN", "pobj", 4),
            ("who", "who", "PRON", "nsubjpass", 8),
            ("were", "be", "AUX", "auxpass", 8),
            ("held", "hold", "VERB", "relcl", 5),
            ("in", "in", "ADP", "prep", 8),
            ("Chile", "Chile", "PROPN", "pobj", 9),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("CAN"), label="actor"),
        mention(doc, 10, 11, _named_place("CHL"), label="actor"),
    ]
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    found = placed_country(scene, doc[1], EventType.SUPPORT, {"CAN"})
    assert [(s.text, i.country) for s, i in found] == [("Chile", "CHL")]
