"""PLOVER JSON records of stored event mentions and merged events, and the PLOVER record check."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import IO, Any

from eventcoder.output.jsonl import dumps
from eventcoder.records import ActorRef, EventType, MergedEvent, Place, StoredEvent
from eventcoder.rows import iso, sizes, span_dict

# What a PLOVER record must hold (a small JSON-schema-like check, used by tests and users).
PLOVER_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "date": str,
    "actor": list,
    "event": list,
}
PLOVER_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "has_event": bool,
    "enddate": str,
    "recipient": list,
    "event_loc": list,
    "event_text": str,
    "quad_code": int,
    "mode": list,
    "context": list,
    "link": str,
    "text_info": dict,
    "cite_info": dict,
    "coder": str,
    "coded_date": str,
    "comment": str,
    "dead": (int, float),
    "injured": (int, float),
    "arrested": (int, float),
    "reference": bool,  # eventcoder: a mention of an earlier event (has_event is then false)
    "reference_date": str,
}
PLOVER_ENTITY: dict[str, type | tuple[type, ...]] = {
    "code": (str, type(None)),
    "sector": (str, type(None)),
    "entity_text": str,
    "identifier_id": (str, type(None)),
    "identifier_text": (str, type(None)),
    "office": (str, type(None)),
}

# Our modalities as PLOVER's auxiliary modes (asserted has none).
_AUX_MODE = {
    "future": "future",
    "hypothetical": "hypothetical",
    "negated": "negation",
    "historical": "historical",
}


def check_plover(rec: dict[str, Any]) -> list[str]:
    """Problems of one PLOVER record (empty when it has the required fields with right types)."""
    problems = [f"missing {k}" for k in PLOVER_REQUIRED if k not in rec]
    for k, v in rec.items():
        want = PLOVER_REQUIRED.get(k) or PLOVER_OPTIONAL.get(k)
        if want is None:
            problems.append(f"unknown field {k}")
        elif v is not None and not isinstance(v, want):
            problems.append(f"{k}: {type(v).__name__}")
    for k in ("actor", "recipient"):
        for ent in rec.get(k) or []:
            problems += [
                f"{k}.{f}"
                for f, t in PLOVER_ENTITY.items()
                if f not in ent or not isinstance(ent[f], t)
            ]
    if "event" in rec and not all(e in EventType.__members__ for e in rec["event"]):
        problems.append("event: not a PLOVER type")
    try:
        date.fromisoformat(str(rec.get("date")))
    except ValueError:
        problems.append("date: not YYYY-MM-DD")
    return problems


def _entity(a: ActorRef) -> dict[str, Any]:
    return {
        "code": a.country,
        "sector": a.sector,
        "entity_text": a.span.text,
        "identifier_id": a.actor_id,
        "identifier_text": a.name,
        "office": a.office,
    }


def _entities(sides: Iterable[tuple[ActorRef, ...]]) -> list[dict[str, Any]]:
    """The distinct actors of one or more sides (by country, sector and id or text)."""
    out, seen = [], set()
    for refs in sides:
        for a in refs:
            key = (a.country, a.sector, a.actor_id or a.span.text.lower())
            if key not in seen:
                seen.add(key)
                out.append(_entity(a))
    return out


def _modes(mode: str | None, modality: str) -> list[str]:
    return [m for m in (mode, _AUX_MODE.get(modality)) if m]


def _place(loc: Place | None) -> list[dict[str, Any]]:
    if not loc:
        return []
    return [
        {
            "extracted_place": loc.span.text,
            "resolved_place": loc.name,
            "geonameid": loc.geonameid,
            "lat": loc.lat,
            "lon": loc.lon,
            "country_code": loc.country,
        }
    ]


def _day(ts: datetime | None) -> str | None:
    return ts.date().isoformat() if ts else None


def plover_mention(se: StoredEvent) -> dict[str, Any]:
    """The PLOVER record of one stored event mention."""
    ev = se.event
    out: dict[str, Any] = {
        "id": ev.id,
        "date": iso(ev.date),
        # a reference to an earlier event is kept with its evidence, out of event counts
        "has_event": not ev.reference,
        "reference": ev.reference,
        "reference_date": iso(ev.reference_date),
        "actor": _entities([ev.source]),
        "recipient": _entities([ev.target]),
        "event": [ev.type.value],
        "mode": _modes(ev.mode, ev.modality.value),
        "context": list(ev.context),
        "event_text": ev.text,
        "quad_code": ev.quad_class,
        "event_loc": _place(ev.location),
        "link": se.url,
        "text_info": {
            "doc_id": ev.doc_id,
            "sentence": ev.sentence,
            "trigger": span_dict(ev.trigger),
            "merged_id": se.merged_id,
        },
        "cite_info": {"source": se.source, "title": se.title},
        "coder": f"eventcoder {ev.coder_version}",
        "coded_date": _day(se.stored_at),
    }
    out.update((k, v) for k, v in sizes(ev).items() if v is not None)
    return out


def plover_merged(me: MergedEvent) -> dict[str, Any]:
    """The PLOVER record of one merged event (actors and contexts of all its mentions)."""
    rep = me.representative
    out: dict[str, Any] = {
        "id": me.merged_id,
        "date": iso(me.first_date),
        "has_event": True,
        "actor": _entities(e.source for e in me.mentions),
        "recipient": _entities(e.target for e in me.mentions),
        "event": [me.type.value],
        "mode": _modes(me.mode, me.modality.value),
        "context": sorted({c for e in me.mentions for c in e.context}),
        "event_text": me.evidence,
        "quad_code": me.quad_class,
        "event_loc": _place(rep.location) if rep else [],
        "link": me.urls[0] if me.urls else None,
        "text_info": {
            "mentions": list(me.mention_ids),
            "doc_ids": list(me.doc_ids),
            "n_mentions": me.n_mentions,
            "n_articles": me.n_articles,
            "n_sources": me.n_sources,
        },
        "cite_info": {"urls": list(me.urls)},
        "coder": f"eventcoder {me.coder_version}",
        "coded_date": _day(me.stored_at),
    }
    if me.last_date and me.last_date != me.first_date:
        out["enddate"] = iso(me.last_date)
    if me.n_references:
        out["text_info"]["n_references"] = me.n_references
        out["text_info"]["first_reference"] = iso(me.first_reference)
        out["text_info"]["last_reference"] = iso(me.last_reference)
    return out


def write_plover(records: Iterable[StoredEvent | MergedEvent], out: IO[str]) -> int:
    """PLOVER records, one JSON object per line. Returns how many."""
    n = 0
    for r in records:
        rec = plover_merged(r) if isinstance(r, MergedEvent) else plover_mention(r)
        out.write(dumps(rec) + "\n")
        n += 1
    return n
