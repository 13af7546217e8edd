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


RELEASE = "U.S. Department of State"


def _events(coder, text: str, source: str | None = RELEASE):
    import datetime

    doc = Document(id="r", text=text, date=datetime.date(2022, 5, 1), source=source)
    return coder.explain(doc)[0]


def _by_trigger(events, word: str):
    return [e for e in events if text_of(e) == word]


def text_of(event) -> str:
    return event.trigger.text


MET = "Secretary Antony Blinken met today with French President Emmanuel Macron in Paris. "


def test_readouts_they_in_a_readout_stands_for_the_meetings_parties(coder):
    events = _events(coder, MET + "They discussed cooperation on trade.")
    (ev,) = _by_trigger(events, "discussed")
    assert {a.country for a in ev.source} == {"USA", "FRA"}
    assert all("the two sides named before" in a.resolved_by for a in ev.source)
    # a news story's sentence before may be another thread
    assert (
        _by_trigger(_events(coder, MET + "They discussed cooperation on trade.", None), "discussed")
        == []
    )


def test_readouts_the_parties_support_a_third_country(coder):
    events = _events(coder, MET + "They expressed their support for the people of Ukraine.")
    (ev,) = _by_trigger(events, "support")
    assert {a.country for a in ev.source} == {"USA", "FRA"}
    assert [a.country for a in ev.target] == ["UKR"]


def test_readouts_a_pledge_of_the_two_with_nobody_else_is_between_them(coder):
    events = _events(coder, MET + "The two pledged to remain in close contact.")
    (ev,) = _by_trigger(events, "pledged")
    assert ev.symmetric and {a.country for a in ev.source} == {"USA", "FRA"}


def test_readouts_a_subject_of_another_country_breaks_the_thread(coder):
    text = MET + "Russian President Vladimir Putin attacked Ukraine. They discussed trade."
    assert _by_trigger(_events(coder, text), "discussed") == []


def test_readouts_talks_among_the_parties_have_no_third_side(coder):
    events = _events(coder, MET + "They exchanged views on Iran.")
    (ev,) = _by_trigger(events, "exchanged")
    assert ev.symmetric and ev.target == ()
    assert {a.country for a in ev.source} == {"USA", "FRA"}
