"""Help for people named by what befell them goes to the country the harm is aimed at, on
hand-parsed sentences (no statistical model)."""

from __future__ import annotations

from tests.handmade import country, mention, parsed

from eventcoder.events.afflicted import harmed_country
from eventcoder.events.scene import Scene
from eventcoder.records import Document, EventType


def _aid(verb: str, prep: str):
    """ "Canada sent aid to those <verb> <prep> Peru 's war on Chile ." with the countries named."""
    doc = parsed(
        [
            ("Canada", "Canada", "PROPN", "nsubj", 1),
            ("sent", "send", "VERB", "ROOT", 1),
            ("aid", "aid", "NOUN", "dobj", 1),
            ("to", "to", "ADP", "prep", 1),
            ("those", "those", "PRON", "pobj", 3),
            (verb, verb, "VERB", "acl", 4),
            (prep, prep, "ADP", "agent", 5),
            ("Peru", "Peru", "PROPN", "poss", 10),
            ("'s", "'s", "PART", "case", 7),
            ("brutal", "brutal", "ADJ", "amod", 10),
            ("war", "war", "NOUN", "pobj", 6),
            ("on", "on", "ADP", "prep", 10),
            ("Chile", "Chile", "PROPN", "pobj", 11),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("CAN"), label="actor"),
        mention(doc, 7, 8, country("PER"), label="actor"),
        mention(doc, 12, 13, country("CHL"), label="actor"),
    ]
    return doc, Scene.of(doc, Document(id="d", text=doc.text))


def test_afflicted_help_goes_to_the_country_the_harm_is_aimed_at_not_its_doer():
    doc, scene = _aid("affect", "by")
    found = harmed_country(scene, doc[1], EventType.AID, {"CAN"})
    assert [(s.text, i.country) for s, i in found] == [("Chile", "CHL")]
    # the noun trigger climbs to the verb its phrase stands in
    assert [i.country for _, i in harmed_country(scene, doc[2], EventType.AID, {"CAN"})] == ["CHL"]


def test_afflicted_not_for_other_types_nor_other_descriptions():
    doc, scene = _aid("affect", "by")
    assert harmed_country(scene, doc[1], EventType.ACCUSE, {"CAN"}) == []
    doc, scene = _aid("hire", "by")  # "those hired by Peru's war": no affliction
    assert harmed_country(scene, doc[1], EventType.AID, {"CAN"}) == []
