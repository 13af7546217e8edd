"""CSV: one row per event, actors flattened to ';'-joined codes and names."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from eventcoder.records import ActorRef, Event

COLUMNS = [
    "id",
    "doc_id",
    "sentence",
    "type",
    "mode",
    "context",
    "modality",
    "source_country",
    "source_sector",
    "source_text",
    "target_country",
    "target_sector",
    "target_text",
    "date",
    "date_precision",
    "location",
    "location_country",
    "cameo",
    "quad_class",
    "goldstein",
    "confidence",
    "trigger",
    "trigger_start",
    "trigger_end",
    "text",
    "coder_version",
]


def _join(actors: Iterable[ActorRef], attr: str) -> str:
    return ";".join(str(getattr(a, attr) or "") for a in actors)


def write_csv(events: Iterable[Event], out: TextIO, header: bool = True) -> None:
    w = csv.writer(out)
    if header:
        w.writerow(COLUMNS)
    for ev in events:
        w.writerow(
            [
                ev.id,
                ev.doc_id,
                ev.sentence,
                ev.type.value,
                ev.mode or "",
                ";".join(ev.context),
                ev.modality.value,
                _join(ev.source, "country"),
                _join(ev.source, "sector"),
                ";".join(a.span.text for a in ev.source),
                _join(ev.target, "country"),
                _join(ev.target, "sector"),
                ";".join(a.span.text for a in ev.target),
                ev.date or "",
                ev.date_precision,
                ev.location.span.text if ev.location else "",
                ev.location.country if ev.location and ev.location.country else "",
                ev.cameo,
                ev.quad_class,
                ev.goldstein,
                ev.confidence,
                ev.trigger.text,
                ev.trigger.start,
                ev.trigger.end,
                ev.text,
                ev.coder_version,
            ]
        )
