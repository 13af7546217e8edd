"""The other side of a readout's sentence that names none: the one the sentence before named,
in a publisher's release that tells one meeting over several sentences ("Blinken spoke with
Foreign Minister Chung. The Secretary reaffirmed the alliance and discussed ...")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from eventcoder.actors.records import ActorKind, Rule, because
from eventcoder.events.scene import Scene
from eventcoder.events.sides import Side
from eventcoder.nlp.scan import doc_text, span_group
from eventcoder.records import EventType

# types whose other side a readout's next sentence leaves to the previous one ("Blinken spoke with
# Foreign Minister Chung. The Secretary reaffirmed the alliance and discussed ...")
CONTEXT_TARGET = {
    EventType.CONSULT,
    EventType.SUPPORT,
    EventType.REQUEST,
    EventType.REJECT,
    EventType.AGREE,
    EventType.AID,
    EventType.COOPERATE,
    EventType.ACCUSE,
    EventType.SANCTION,
    EventType.THREATEN,
}


def previous_side(scene: Scene, sent: Span, sources: list[Side]) -> list[Side]:
    """The other side named in the previous sentence of the same paragraph, when the sentence
    names none of its own and that sentence names exactly one other country by name. Only in a
    publisher's release, whose readouts tell one meeting over several sentences ("Blinken spoke
    with Foreign Minister Chung. The Secretary reaffirmed ..."): in a news story the sentence
    before is often another thread (stream rounds 3-8: "the United States had also levied
    sanctions against al-Muhandis" after a sentence on the IRGC)."""
    prev = previous_sentence(scene, sent)
    if prev is None or not scene.doc._.voice:
        return []
    src = {i.country for _, i in sources}
    found: dict[str, Side] = {}
    for span in span_group(scene.doc, "actors"):
        if not prev.start <= span.start < prev.end or span.root.pos_ == "PRON":
            continue  # "it", "they": whom they stand for is itself a guess
        for info in span._.actors:
            if not info.country or info.country in src or info.kind == ActorKind.GROUP:
                continue
            if info.kind == ActorKind.PLACE and info.actor_id is None:
                continue  # a place is where it happened, not who
            found.setdefault(info.country, (span, info))
    if len(found) != 1:
        return []
    ((span, info),) = found.values()
    return [(span, replace(info, how=because(Rule.COUNTERPART, span.text)))]


def previous_sentence(scene: Scene, sent: Span) -> Span | None:
    """The sentence before `sent` when both are in one paragraph (no blank line between)."""
    if sent.start == 0:
        return None
    prev = scene.doc[sent.start - 1].sent
    between = doc_text(scene.doc)[prev.start_char : sent.start_char]
    if "\n\n" in between or not prev.text.strip():
        return None
    return prev
