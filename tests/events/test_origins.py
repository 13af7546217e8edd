"""Places an act comes from are not its guessed recipient, on hand-parsed sentences."""

from __future__ import annotations

from tests.handmade import country, mention, parsed, place

from eventcoder.events import sides
from eventcoder.events.origins import origin
from eventcoder.records import EventType


def _aid_from_tokyo_for_kenya():
    """ "Japan sent aid from Tokyo for Kenya" """
    doc = parsed(
        [
            ("Japan", "Japan", "PROPN", "nsubj", 1),
            ("sent", "send", "VERB", "ROOT", 1),
            ("aid", "aid", "NOUN", "dobj", 1),
            ("from", "from", "ADP", "prep", 1),
            ("Tokyo", "Tokyo", "PROPN", "pobj", 3),
            ("for", "for", "ADP", "prep", 1),
            ("Kenya", "Kenya", "PROPN", "pobj", 5),
        ]
    )
    doc.spans["actors"] = [
        mention(doc, 0, 1, country("JPN")),
        mention(doc, 4, 5, place("JPN")),
        mention(doc, 6, 7, place("KEN")),
    ]
    return doc


def test_origins_the_place_aid_leaves_is_not_its_recipient():
    doc = _aid_from_tokyo_for_kenya()
    assert origin(doc[4], EventType.AID)
    found = sides.fallback_target(doc[:], doc[2], {"JPN"}, {0}, EventType.AID)
    assert found is not None and found[0].text == "Kenya"


def test_origins_what_one_withdraws_or_cuts_from_is_the_other_side():
    """ "withdrew from Syria", "suspended imports from Vietnam": not an origin."""
    doc = _aid_from_tokyo_for_kenya()
    assert not origin(doc[4], EventType.RETREAT)
    assert not origin(doc[4], EventType.SANCTION)
    assert not origin(doc[6], EventType.AID)


def test_origins_where_the_people_helped_come_from_is_theirs():
    """ "help those fleeing from Ukraine": the place is the helped people's own."""
    doc = parsed(
        [
            ("help", "help", "VERB", "ROOT", 0),
            ("those", "those", "PRON", "dobj", 0),
            ("fleeing", "flee", "VERB", "acl", 1),
            ("from", "from", "ADP", "prep", 2),
            ("Ukraine", "Ukraine", "PROPN", "pobj", 3),
        ]
    )
    assert not origin(doc[4], EventType.AID)
