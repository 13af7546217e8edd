"""Hand-made actors and events shared by the store, analytics and store CLI tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from eventcoder.ontology.codes import codes_for
from eventcoder.records import (
    ActorRef,
    CodedDocument,
    Document,
    Event,
    EventType,
    Modality,
    TextSpan,
)


def actor_ref(country: str, *, name: str | None = None, sentence: int = 0) -> ActorRef:
    """A government actor of `country`, mentioned by its code and resolved by the test."""
    return ActorRef(
        TextSpan(country, 0, len(country), sentence),
        f"{country} name" if name is None else name,
        country,
        "GOV",
        actor_id=country,
        resolved_by="test",
    )


def make_event(text: str, trigger: TextSpan, kind: EventType, **fields: Any) -> Event:
    """An event on `text`: asserted, dated to the day, with the codes of `kind` unless `fields`
    say otherwise (`fields` must give id, doc_id, source, target and date)."""
    codes = codes_for(kind, None)
    if isinstance(fields.get("date"), str):  # tests give days as text
        fields = {**fields, "date": date.fromisoformat(fields["date"])}
    values: dict[str, Any] = {
        "sentence": 0,
        "mode": None,
        "context": (),
        "modality": Modality.ASSERTED,
        "date_precision": "day",
        "date_text": None,
        "location": None,
        "cameo": codes.cameo,
        "quad_class": codes.quad_class,
        "goldstein": codes.goldstein,
        "plover_score": codes.plover_score,
        "confidence": 0.9,
        "coder_version": "0.1.0",
    }
    return Event(text=text, trigger=trigger, type=kind, **{**values, **fields})


def one_event_doc(
    doc: Document, trigger_chars: int, kind: EventType, **fields: Any
) -> CodedDocument:
    """`doc` with one event on its whole text, triggered by its first `trigger_chars` characters."""
    trigger = TextSpan(doc.text[:trigger_chars], 0, trigger_chars, 0)
    return CodedDocument(doc, (make_event(doc.text, trigger, kind, doc_id=doc.id, **fields),))


def write_sample(corpus_dir: Path, path: Path, n: int) -> list[str]:
    """Write the first `n` documents of the sample corpus to `path` (JSONL); returns their lines."""
    lines = (corpus_dir / "sample_100.jsonl").read_text(encoding="utf-8").splitlines()[:n]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines
