"""The one mapping between an Event and plain values: its JSONL record and its flat row.

`event_dict` is the JSONL record of an event; its field names are a public contract (docs and
users read them), and the store keeps it verbatim so that `event_from_dict` gives the Event
back. `event_row` is every flat field of an event by name: the CSV and table writers, the
store's columns and the flat exports select from it, so a field is read off an Event here only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eventcoder.records import (
    ActorRef,
    Event,
    EventType,
    Mention,
    Modality,
    Place,
    Quantity,
    TextSpan,
)

# Quantity kinds repeated as top-level fields of the JSONL record (the first of each kind).
SIZES = ("dead", "injured", "arrested")


# ---- JSONL record ---------------------------------------------------------------------------
def span_dict(s: TextSpan | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"text": s.text, "start": s.start, "end": s.end}


def actor_dict(a: ActorRef) -> dict[str, Any]:
    return {
        "text": a.span.text,
        "start": a.span.start,
        "end": a.span.end,
        "name": a.name,
        "country": a.country,
        "sector": a.sector,
        "code": a.code,
        "office": a.office,
        "actor_id": a.actor_id,
        "resolved_by": a.resolved_by,
    }


def place_dict(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "text": p.span.text,
        "start": p.span.start,
        "end": p.span.end,
        "name": p.name,
        "country": p.country,
        "lat": p.lat,
        "lon": p.lon,
        "geonameid": p.geonameid,
        "feature": p.feature,
    }


def quantity_dict(q: Quantity) -> dict[str, Any]:
    return {
        "kind": q.kind,
        "value": q.value,
        "unit": q.unit,
        "text": q.span.text,
        "start": q.span.start,
        "end": q.span.end,
    }


def sizes(ev: Event) -> dict[str, float | None]:
    """The first dead, injured and arrested count of an event (None when not given)."""
    out: dict[str, float | None] = dict.fromkeys(SIZES)
    for q in ev.quantities:
        if q.kind in out and out[q.kind] is None:
            out[q.kind] = q.value
    return out


def iso(day: date | None) -> str | None:
    """A date as YYYY-MM-DD text (None stays None)."""
    return day.isoformat() if day else None


def event_dict(ev: Event) -> dict[str, Any]:
    """An event as its JSONL record."""
    return {
        "id": ev.id,
        "doc_id": ev.doc_id,
        "sentence": ev.sentence,
        "text": ev.text,
        "trigger": span_dict(ev.trigger),
        "type": ev.type.value,
        "mode": ev.mode,
        "context": list(ev.context),
        "modality": ev.modality.value,
        "source": [actor_dict(a) for a in ev.source],
        "target": [actor_dict(a) for a in ev.target],
        "symmetric": ev.symmetric,
        "reported_by": [actor_dict(a) for a in ev.reported_by],
        "date": iso(ev.date),
        "date_precision": ev.date_precision,
        "date_text": ev.date_text,
        "location": place_dict(ev.location),
        "object": span_dict(ev.object),
        "quantities": [quantity_dict(q) for q in ev.quantities],
        **sizes(ev),
        "cameo": ev.cameo,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "plover_score": ev.plover_score,
        "confidence": ev.confidence,
        "coder_version": ev.coder_version,
        **reference_fields(ev),
    }


def reference_fields(ev: Event) -> dict[str, Any]:
    """The reference marker of an event: `reference` (a mention of an earlier event, kept out of
    event counts), `reference_date` and `reference_date_precision` (the referenced event's date
    when the text gives it) and `reference_why` (the cue that made it one)."""
    return {
        "reference": ev.reference,
        "reference_date": iso(ev.reference_date),
        "reference_date_precision": ev.reference_date_precision,
        "reference_why": ev.reference_why,
    }


def mention_dict(m: Mention) -> dict[str, Any]:
    a = m.actor
    return {
        "doc_id": m.doc_id,
        "text": a.span.text,
        "start": a.span.start,
        "end": a.span.end,
        "sentence": a.span.sentence,
        "name": a.name,
        "country": a.country,
        "sector": a.sector,
        "office": a.office,
        "actor_id": a.actor_id,
        "resolved_by": a.resolved_by,
    }


# ---- back from the JSONL record -------------------------------------------------------------
def _span(d: dict[str, Any], sentence: int) -> TextSpan:
    return TextSpan(d["text"], d["start"], d["end"], sentence)


def _actor(d: dict[str, Any], sentence: int) -> ActorRef:
    return ActorRef(
        _span(d, sentence),
        d["name"],
        d["country"],
        d["sector"],
        office=d["office"],
        actor_id=d["actor_id"],
        resolved_by=d["resolved_by"],
    )


def _place(d: dict[str, Any] | None, sentence: int) -> Place | None:
    if d is None:
        return None
    return Place(
        _span(d, sentence),
        d["name"],
        d["country"],
        d["lat"],
        d["lon"],
        d["geonameid"],
        d["feature"],
    )


def event_from_dict(d: dict[str, Any]) -> Event:
    """The Event of a JSONL record (`event_dict(event_from_dict(r)) == r`).

    The record keeps no sentence index for spans: they get the event's sentence.
    """
    n: int = d["sentence"]
    return Event(
        id=d["id"],
        doc_id=d["doc_id"],
        sentence=n,
        text=d["text"],
        trigger=_span(d["trigger"], n),
        type=EventType(d["type"]),
        mode=d["mode"],
        context=tuple(d["context"]),
        modality=Modality(d["modality"]),
        source=tuple(_actor(a, n) for a in d["source"]),
        target=tuple(_actor(a, n) for a in d["target"]),
        date=date.fromisoformat(d["date"]) if d["date"] else None,
        date_precision=d["date_precision"],
        date_text=d["date_text"],
        location=_place(d["location"], n),
        cameo=d["cameo"],
        quad_class=d["quad_class"],
        goldstein=d["goldstein"],
        plover_score=d["plover_score"],
        confidence=d["confidence"],
        coder_version=d["coder_version"],
        reported_by=tuple(_actor(a, n) for a in d["reported_by"]),
        object=_span(d["object"], n) if d["object"] else None,
        quantities=tuple(
            Quantity(q["kind"], q["value"], q["unit"], _span(q, n)) for q in d["quantities"]
        ),
        symmetric=d["symmetric"],
        reference=bool(d.get("reference", False)),
        reference_why=d.get("reference_why"),
        reference_date=date.fromisoformat(d["reference_date"]) if d.get("reference_date") else None,
        reference_date_precision=d.get("reference_date_precision"),
    )


# ---- flat row -------------------------------------------------------------------------------
def _side(prefix: str, refs: tuple[ActorRef, ...]) -> dict[str, Any]:
    return {
        f"{prefix}_country": [a.country for a in refs],
        f"{prefix}_sector": [a.sector for a in refs],
        f"{prefix}_text": [a.span.text for a in refs],
        f"{prefix}_code": [a.code for a in refs],
        f"{prefix}_name": [a.name or a.span.text for a in refs],
        f"{prefix}_countries": sorted({a.country for a in refs if a.country}),
    }


def event_row(ev: Event) -> dict[str, Any]:
    """Every flat field of an event by name (writers and the store pick their columns).

    Sides give per-actor lists (`source_country`, `source_sector`, `source_text`, `source_code`,
    `source_name`: name, else the mention text) and `source_countries`, the distinct countries
    in order; the same for `target`. `location` is the place as written, `place` its resolved
    name (else the text).
    """
    loc = ev.location
    return {
        "id": ev.id,
        "doc_id": ev.doc_id,
        "sentence": ev.sentence,
        "text": ev.text,
        "trigger": ev.trigger.text,
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "type": ev.type.value,
        "mode": ev.mode,
        "context": list(ev.context),
        "modality": ev.modality.value,
        "symmetric": ev.symmetric,
        **_side("source", ev.source),
        **_side("target", ev.target),
        "date": ev.date,
        "date_precision": ev.date_precision,
        "date_text": ev.date_text,
        "location": loc.span.text if loc else None,
        "place": (loc.name or loc.span.text) if loc else None,
        "place_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "cameo": ev.cameo,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "plover_score": ev.plover_score,
        "confidence": ev.confidence,
        "coder_version": ev.coder_version,
        "reference": ev.reference,
        "reference_date": ev.reference_date,
        "reference_date_precision": ev.reference_date_precision,
        "reference_why": ev.reference_why,
    }
