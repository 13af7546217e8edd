"""Who comments on an act from outside it, on hand-parsed sentences."""

from __future__ import annotations

from tests.handmade import country, mention, parsed

from eventcoder.events import sides
from eventcoder.events.commenters import commenter
from eventcoder.records import EventType


def _yet_to_condemn():
    """ "India has yet to condemn Russia 's invasion" """
    doc = parsed(
        [
            ("India", "India", "PROPN", "nsubj", 1),
            ("has", "have", "VERB", "ROOT", 1),
            ("yet", "yet", "ADV", "advmod", 1),
            ("to", "to", "PART", "aux", 4),
            ("condemn", "condemn", "VERB", "xcomp", 1),
            ("Russia", "Russia", "PROPN", "poss", 7),
            ("'s", "'s", "PART", "case", 5),
            ("invasion", "invasion", "NOUN", "dobj", 4),
        ]
    )
    doc.spans["actors"] = [mention(doc, 0, 1, country("IND")), mention(doc, 5, 6, country("RUS"))]
    return doc


def test_commenters_a_subject_handed_on_to_a_verb_of_judging_comments_from_outside():
    """ "India has yet to condemn Russia's invasion": India judges the invasion, it is not its
    victim, though the verb it is the subject of is "has"."""
    doc = _yet_to_condemn()
    assert commenter(doc[0], doc[7])
    assert sides.fallback_target(doc[:], doc[7], {"RUS"}, {5}, EventType.ASSAULT) is None
    # the speaker is a side of its own words: "condemn" is India's act
    assert not commenter(doc[0], doc[4])


def test_commenters_quick_to_praise():
    """ "Germany was quick to praise Kenya 's release": through the adjective's clause; "Brazil
    refused to send troops" holds no verb of judging on the way."""
    doc = parsed(
        [
            ("Germany", "Germany", "PROPN", "nsubj", 1),
            ("was", "be", "AUX", "ROOT", 1),
            ("quick", "quick", "ADJ", "acomp", 1),
            ("to", "to", "PART", "aux", 4),
            ("praise", "praise", "VERB", "xcomp", 2),
            ("Kenya", "Kenya", "PROPN", "poss", 7),
            ("'s", "'s", "PART", "case", 5),
            ("release", "release", "NOUN", "dobj", 4),
        ]
    )
    assert commenter(doc[0], doc[7])
    doc = parsed(
        [
            ("Brazil", "Brazil", "PROPN", "nsubj", 1),
            ("refused", "refuse", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3),
            ("send", "send", "VERB", "xcomp", 1),
            ("troops", "troop", "NOUN", "dobj", 3),
        ]
    )
    assert not commenter(doc[0], doc[4])
