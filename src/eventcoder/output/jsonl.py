"""JSONL: one JSON object per line. The record of an event is `rows.event_dict` (the contract)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import IO, Any

from eventcoder.output.flat import flat_merged
from eventcoder.records import MergedEvent, StoredEvent
from eventcoder.rows import (
    actor_dict,
    event_dict,
    mention_dict,
    place_dict,
    quantity_dict,
    span_dict,
)

__all__ = [
    "actor_dict",
    "dumps",
    "event_dict",
    "mention_dict",
    "place_dict",
    "quantity_dict",
    "span_dict",
    "write_merged",
    "write_stored",
]


def json_default(v: Any) -> Any:
    """Dates and timestamps as ISO text (for json.dumps)."""
    if isinstance(v, date | datetime):
        return v.isoformat()
    raise TypeError(f"cannot serialise {type(v).__name__}")


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, default=json_default)


def write_stored(events: Iterable[StoredEvent], out: IO[str]) -> int:
    """Stored event mentions: each one's JSONL record plus its merged id."""
    n = 0
    for se in events:
        out.write(dumps({**event_dict(se.event), "merged_id": se.merged_id}) + "\n")
        n += 1
    return n


def write_merged(events: Iterable[MergedEvent], out: IO[str]) -> int:
    """Merged events as their flat rows (the columns of output.flat.MERGED_COLUMNS)."""
    n = 0
    for me in events:
        out.write(dumps(flat_merged(me)) + "\n")
        n += 1
    return n
