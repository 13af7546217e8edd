"""The other side of a readout's sentence taken from the sentence before."""

from __future__ import annotations

from tests.handmade import country, mention, parsed

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.events import readouts
from eventcoder.events.scene import Scene
from eventcoder.records import Document


def _readout(voice: str | None, other_pos: str = "PROPN"):
    """ "Blinken met Chung . He thanked him .", in a release of `voice` or a news story."""
    doc = parsed(
        [
            ("Blinken", "Blinken", "PROPN", "nsubj", 1),
            ("met", "meet", "VERB", "ROOT", 1),
            ("Chung", "Chung", other_pos, "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
            ("He", "he", "PRON", "nsubj", 5),
            ("thanked", "thank", "VERB", "ROOT", 5),
            ("him", "him", "PRON", "dobj", 5),
            (".", ".", "PUNCT", "punct", 5),
        ]
    )
    doc._.voice = voice
    chung = ActorInfo("Chung", "KOR", "GOV", ActorKind.PERSON, None, "chung", because(Rule.NAME))
    doc.spans["actors"] = [mention(doc, 0, 1, country("USA")), mention(doc, 2, 3, chung)]
    scene = Scene.of(doc, Document(id="d", text=doc.text))
    return scene, list(doc.sents)[1], [(doc[4:5], country("USA"))]


def test_readouts_a_release_readout_takes_the_other_side_from_the_sentence_before():
    scene, sent, sources = _readout("USA")
    (found,) = readouts.previous_side(scene, sent, sources)
    assert found[1].country == "KOR"
    # a news story's sentence before is often another thread
    scene, sent, sources = _readout(None)
    assert readouts.previous_side(scene, sent, sources) == []
    # a pronoun there stands for someone only a guess names
    scene, sent, sources = _readout("USA", other_pos="PRON")
    assert readouts.previous_side(scene, sent, sources) == []
