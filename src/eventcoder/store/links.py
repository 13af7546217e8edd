"""Link stored reference mentions to the merged events they refer to (merge.py, References).

Run by Store.merge inside its transaction, after the event mentions are merged and the merged
events summarised. A reference's link is the best of the merged events the rule lets it refer
to (ties to the smallest merged id). After a merge that made some merged events (new, or grown:
a merged event whose mentions change is made again), the link of a reference can change only if
the reference is new, its merged event is gone or was made again, or one of the made events fits
it; a merge relinks those, and the links are what relinking every reference gives, whatever the
order documents were ingested in.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import duckdb

from eventcoder.store.merge import ReferenceKey, Referent, link_references
from eventcoder.store.summary import IDS

_REFERENCES = """
SELECT f.event_id, e.type, e.mode, e.modality, e.trigger_text, f.mentioned_on, f.reference_date,
       f.reference_date_precision, f.source_countries, f.target_countries,
       er.event_id IS NOT NULL AS linked, er.merged_id
FROM mention_facts f JOIN events e USING (event_id) LEFT JOIN event_references er USING (event_id)
WHERE f.is_reference AND {where}
ORDER BY f.event_id
"""

# references a merge that made the merged events IDS may relink: new ones, those whose merged
# event is gone or was made, and those sharing a type and a country with a made one
_TOUCHED = f"""(
    er.event_id IS NULL
    OR er.merged_id IN {IDS}
    OR (er.merged_id IS NOT NULL
        AND er.merged_id NOT IN (SELECT merged_id FROM merged_summary))
    OR EXISTS (
        SELECT 1 FROM (
            SELECT DISTINCT type, unnest(list_concat(actor_countries, recipient_countries)) AS c
            FROM merged_summary WHERE merged_id IN {IDS}
        ) k
        WHERE k.type = e.type
          AND list_contains(list_concat(f.source_countries, f.target_countries), k.c)
    )
)"""

_REFERENTS = """
SELECT merged_id, type, mode, date, actor_countries, recipient_countries, is_symmetric, triggers,
       n_mentions
FROM merged_summary
WHERE date IS NOT NULL AND modality IN ('asserted', 'historical') AND {where}
"""
_FOR = f"""type IN {IDS}
  AND list_has_any(list_concat(actor_countries, recipient_countries), CAST(? AS VARCHAR[]))"""


def _referents(con: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> list[Referent]:
    return [
        Referent(
            r[0], r[1], r[2], r[3], frozenset(r[4]), frozenset(r[5]), r[6], frozenset(r[7]), r[8]
        )
        for r in con.execute(_REFERENTS.format(where=where), params).fetchall()
    ]


def link_stored_references(
    con: duckdb.DuckDBPyConnection, made: Collection[str] | None
) -> set[str]:
    """Relink the references a merge that made the merged events `made` may change (every
    reference when `made` is None); return the merged ids that gained or lost references."""
    if made is None:
        rows = con.execute(_REFERENCES.format(where="TRUE")).fetchall()
        changed = {
            m for (m,) in con.execute("SELECT merged_id FROM event_references").fetchall() if m
        }
        con.execute("DELETE FROM event_references")  # with links of mentions no longer stored
        links = _relink(con, [_key(r) for r in rows])
    else:
        rows, links = _touched(con, sorted(made))
        changed = set()
        con.execute(f"DELETE FROM event_references WHERE event_id IN {IDS}", [sorted(links)])
    if links:
        con.executemany("INSERT INTO event_references VALUES (?, ?)", sorted(links.items()))
    before = {r[0]: r[11] for r in rows if r[10]}
    for event_id, target in links.items():
        old = before.get(event_id)
        if old != target:
            changed.update(m for m in (old, target) if m is not None)
    return changed


def _relink(con: duckdb.DuckDBPyConnection, refs: list[ReferenceKey]) -> dict[str, str | None]:
    """Links of `refs` among every stored merged event."""
    if not refs:
        return {}
    types = sorted({r.type for r in refs})
    countries = sorted({c for r in refs for c in r.sources | r.targets})
    return link_references(refs, _referents(con, _FOR, [types, countries]))


def _touched(
    con: duckdb.DuckDBPyConnection, made: list[str]
) -> tuple[list[tuple[Any, ...]], dict[str, str | None]]:
    """The links a merge that made the merged events `made` changes: (the references it looked
    at, the new links of those it relinked).

    A stored link is the best merged event that fits its reference. Relinked among all merged
    events: new references, and those whose merged event is gone or made again (it may fit or
    rank less now). Relinked among their merged event and the made ones: those a made event
    fits (nothing else changed for them).
    """
    rows = con.execute(_REFERENCES.format(where=_TOUCHED), [made, made]).fetchall()
    fresh = _referents(con, f"merged_id IN {IDS}", [made])
    targets = {r[0]: r[11] for r in rows if r[11] is not None}
    kept = {
        m
        for (m,) in con.execute(
            f"SELECT merged_id FROM merged_summary WHERE merged_id IN {IDS}",
            [sorted(set(targets.values()))],
        ).fetchall()
    }
    stale = set(made) | (set(targets.values()) - kept)
    anew = [_key(r) for r in rows if not r[10] or targets.get(r[0]) in stale]
    again = {k.event_id for k in anew}
    rest = [_key(r) for r in rows if r[0] not in again]
    fits = link_references(rest, fresh)
    rest = [k for k in rest if fits[k.event_id] is not None]
    links = _relink(con, anew)
    if rest:
        current = sorted({targets[k.event_id] for k in rest if k.event_id in targets})
        links.update(
            link_references(rest, fresh + _referents(con, f"merged_id IN {IDS}", [current]))
        )
    return rows, links


def _key(r: tuple[Any, ...]) -> ReferenceKey:
    return ReferenceKey(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], frozenset(r[8]), frozenset(r[9])
    )
