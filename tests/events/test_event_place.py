"""Where an unnamed authority acts, on hand-parsed invented sentences: a locative phrase of the
trigger's own clause or of the actor's own words places it; a destination, a place in another
clause or in another actor's words does not. And a reduced passive ("nationals held hostage")
never makes the noun it modifies the doer."""

from __future__ import annotations

from tests.handmade import mention, parsed, place

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.events import domestic, sides
from eventcoder.events.scene import Scene
from eventcoder.events.subjects import reduced_passive, subject_of
from eventcoder.records import Document

POLICE = ActorInfo(None, None, "COP", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "police"))
TROOPS = ActorInfo(None, None, "MIL", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "Troops"))


def _scene(doc):
    return Scene.of(doc, Document(id="d", text=doc.text))


def test_a_place_in_a_clause_about_the_victims_does_not_place_the_arrest():
    # "Men held in Tbilisi were arrested in Minsk ."
    doc = parsed(
        [
            ("Men", "man", "NOUN", "nsubjpass", 5),
            ("held", "hold", "VERB", "acl", 0),
            ("in", "in", "ADP", "prep", 1),
            ("Tbilisi", "Tbilisi", "PROPN", "pobj", 2),
            ("were", "be", "AUX", "auxpass", 5),
            ("arrested", "arrest", "VERB", "ROOT", 5),
            ("in", "in", "ADP", "prep", 5),
            ("Minsk", "Minsk", "PROPN", "pobj", 6),
            (".", ".", "PUNCT", "punct", 5),
        ]
    )
    doc.spans["actors"] = [mention(doc, 3, 4, place("GEO")), mention(doc, 7, 8, place("BLR"))]
    scene = _scene(doc)
    assert sides.sentence_place(scene, doc[:])[1] == "GEO"  # the first place named
    ((span, info),) = domestic.unnamed_authorities(scene, doc[:], "COP", doc[5])
    assert (span.text, info.country, info.sector) == ("Minsk", "BLR", "COP")


def test_a_destination_does_not_place_the_authorities():
    # "Belarusians were arrested and sent to Tbilisi ."
    doc = parsed(
        [
            ("Belarusians", "Belarusian", "PROPN", "nsubjpass", 2),
            ("were", "be", "AUX", "auxpass", 2),
            ("arrested", "arrest", "VERB", "ROOT", 2),
            ("and", "and", "CCONJ", "cc", 2),
            ("sent", "send", "VERB", "conj", 2),
            ("to", "to", "ADP", "prep", 4),
            ("Tbilisi", "Tbilisi", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 2),
        ]
    )
    people = ActorInfo(None, "BLR", "CVL", ActorKind.NOUN, how=because(Rule.NAME))
    doc.spans["actors"] = [mention(doc, 0, 1, people), mention(doc, 6, 7, place("GEO"))]
    scene = _scene(doc)
    assert sides.event_place(scene, doc[:], doc[2]) is None
    # two countries named: whose authorities arrested them is not said
    assert domestic.unnamed_authorities(scene, doc[:], "COP", doc[2]) == []


def test_police_are_placed_by_their_own_words_not_the_first_place():
    # "Men sent to Tbilisi were beaten by police in Minsk ."
    doc = parsed(
        [
            ("Men", "man", "NOUN", "nsubjpass", 5),
            ("sent", "send", "VERB", "acl", 0),
            ("to", "to", "ADP", "prep", 1),
            ("Tbilisi", "Tbilisi", "PROPN", "pobj", 2),
            ("were", "be", "AUX", "auxpass", 5),
            ("beaten", "beat", "VERB", "ROOT", 5),
            ("by", "by", "ADP", "agent", 5),
            ("police", "police", "NOUN", "pobj", 6),
            ("in", "in", "ADP", "prep", 7),
            ("Minsk", "Minsk", "PROPN", "pobj", 8),
            (".", ".", "PUNCT", "punct", 5),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 3, 4, place("GEO")),
        mention(doc, 7, 8, POLICE),
        mention(doc, 9, 10, place("BLR")),
    ]
    scene = _scene(doc)
    info = sides.fill(scene, doc[7:8], POLICE, doc[:], doer=True, tok=doc[5])
    assert info.country == "BLR"


def test_troops_moving_between_two_countries_stay_unplaced():
    # "Troops rolled into Kuwait from Iraq ."
    doc = parsed(
        [
            ("Troops", "troop", "NOUN", "nsubj", 1),
            ("rolled", "roll", "VERB", "ROOT", 1),
            ("into", "into", "ADP", "prep", 1),
            ("Kuwait", "Kuwait", "PROPN", "pobj", 2),
            ("from", "from", "ADP", "prep", 1),
            ("Iraq", "Iraq", "PROPN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, TROOPS),
        mention(doc, 3, 4, place("KWT")),
        mention(doc, 5, 6, place("IRQ")),
    ]
    scene = _scene(doc)
    assert sides.fill(scene, doc[0:1], TROOPS, doc[:], doer=True, tok=doc[1]).country is None
    # without the trigger (an older caller) the first place still stands in
    assert sides.fill(scene, doc[0:1], TROOPS, doc[:], doer=True).country == "KWT"


def _held_hostage(tag: str, subject: bool = False):
    """ "nationals held hostage", or with a subject of its own "nationals they held hostage"."""
    if subject:
        rows = [
            ("nationals", "national", "NOUN", "ROOT", 0),
            ("they", "they", "PRON", "nsubj", 2),
            ("held", "hold", "VERB", "acl", 0),
            ("hostage", "hostage", "NOUN", "dobj", 2),
        ]
    else:
        rows = [
            ("nationals", "national", "NOUN", "ROOT", 0),
            ("held", "hold", "VERB", "acl", 0),
            ("hostage", "hostage", "NOUN", "dobj", 1),
        ]
    doc = parsed(rows)
    verb = doc[2 if subject else 1]
    verb.tag_ = tag
    return doc, verb


def test_a_reduced_passive_makes_its_noun_the_patient():
    for tag in ("VBN", "VBD"):  # the tagger often reads "held" as a past tense
        _, verb = _held_hostage(tag)
        assert reduced_passive(verb)
        assert subject_of(verb)[0] is None
    _, verb = _held_hostage("VBG")
    assert not reduced_passive(verb)
    assert subject_of(verb)[0].text == "nationals"  # "nationals holding hostages" hold them
    _, verb = _held_hostage("VBD", subject=True)
    assert not reduced_passive(verb)  # "the nationals they held": a clause with its own doer
