"""The one place that maps records to JSONL field names: these names are a public contract."""

from __future__ import annotations

import json
from typing import Any

from eventcoder.records import ActorRef, Event, Mention, Place, Quantity, TextSpan


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


def event_dict(ev: Event) -> dict[str, Any]:
    """An event as its JSONL record."""
    sizes = {k: None for k in ("dead", "injured", "arrested")}
    for q in ev.quantities:
        if q.kind in sizes and sizes[q.kind] is None:
            sizes[q.kind] = q.value
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
        "date": ev.date,
        "date_precision": ev.date_precision,
        "date_text": ev.date_text,
        "location": place_dict(ev.location),
        "object": span_dict(ev.object),
        "quantities": [quantity_dict(q) for q in ev.quantities],
        **sizes,
        "cameo": ev.cameo,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "plover_score": ev.plover_score,
        "confidence": ev.confidence,
        "coder_version": ev.coder_version,
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


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)
