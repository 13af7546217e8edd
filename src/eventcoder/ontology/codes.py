"""CAMEO root, QuadClass, Goldstein and PLOVER score per (type, mode), read from data/codes.csv."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventcoder.errors import DataFileError
from eventcoder.records import EventType


@dataclass(frozen=True, slots=True)
class Codes:
    cameo: str
    quad_class: int
    goldstein: float
    plover_score: float


@cache
def code_table() -> dict[tuple[EventType, str], Codes]:
    """Load and check the mapping table once; the key's mode is '' for the type default."""
    path = resources.files("eventcoder") / "data" / "codes.csv"
    table: dict[tuple[EventType, str], Codes] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            try:
                key = (EventType(row["type"]), row["mode"] or "")
                table[key] = Codes(
                    row["cameo"],
                    int(row["quad_class"]),
                    float(row["goldstein"]),
                    float(row["plover_score"]),
                )
            except (KeyError, ValueError) as exc:
                raise DataFileError(f"{path}:{lineno}: bad row in code table: {exc}") from exc
    missing = [t for t in EventType if (t, "") not in table]
    if missing:
        raise DataFileError(f"{path}: no default row for {', '.join(missing)}")
    return table


def modes_of(type_: EventType) -> frozenset[str]:
    """The modes PLOVER defines for a type."""
    return frozenset(mode for (t, mode) in code_table() if t is type_ and mode)


def codes_for(type_: EventType, mode: str | None) -> Codes:
    """Codes for a type and mode, falling back to the type's default row."""
    table = code_table()
    return table.get((type_, mode or ""), table[(type_, "")])
