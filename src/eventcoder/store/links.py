"""Link stored reference mentions to the merged events they refer to (merge.py, References).

Run by Store.merge inside its transaction, after the event mentions are merged and the merged
events summarised. A reference's link depends on the reference and on the merged events of its
type that share one of its countries, and among several the rule's ranking (ties to the smallest
merged id) picks one; so a merge relinks only the references that are new, whose merged event is
gone, or that share a type and a country with a merged event the merge made. The links are
the ones a relink of every reference gives, whatever the order documents were ingested in.
"""

from __future__ import annotations

from collections.abc import Collection

import duckdb

from eventcoder.store import merge as merging
from eventcoder.store.summary import IDS

_REFERENCES = """
SELECT f.event_id, e.type, e.mode, e.modality, e.trigger_text, f.mentioned_on, f.reference_date,
       f.reference_date_precision, f.source_countries, f.target_countries,
       er.event_id IS NOT NULL AS linked, er.merged_id
FROM mention_facts f JOIN events e USING (event_id) LEFT JOIN event_references er USING (event_id)
WHERE f.is_reference AND {where}
ORDER BY f.event_id
"""

# references that a merge which made the merged events IDS may relink
_TOUCHED = f"""(
    er.event_id IS NULL
    OR (er.merged_id IS NOT NULL
        AND er.merged_id NOT IN (SELECT merged_id FROM merged_summary))
    OR EXISTS (
        SELECT 1 FROM (
            SELECT DISTINCT type, unnest(list_concat(actor_countries, recipient_countries)) AS c
            FROM merged_summary WHERE merged_id IN {IDS}
        ) k
        WHERE k.type = e.type AND list_contains(list_concat(f.source_countries, f.target_countries), k.c)
    )
)"""

_REFERENTS = f"""
SELECT merged_id, type, mode, date, actor_countries, recipient_countries, is_symmetric, triggers,
       n_mentions
FROM merged_summary
WHERE date IS NOT NULL AND modality IN ('asserted', 'historical') AND type IN {IDS}
  AND list_has_any(list_concat(actor_countries, recipient_countries), CAST(? AS VARCHAR[]))
"""


def link_stored_references(
    con: duckdb.DuckDBPyConnection, made: Collection[str] | None
) -> set[str]:
    """Link the references a merge that made the merged events `made` may change (every
    reference when `made` is None); return the merged ids that gained or lost references."""
    if made is None:
        rows = con.execute(_REFERENCES.format(where="TRUE")).fetchall()
    else:
        rows = con.execute(_REFERENCES.format(where=_TOUCHED), [sorted(made)]).fetchall()
    before = {r[0]: r[11] for r in rows if r[10]}
    refs = [
        merging.ReferenceKey(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], frozenset(r[8]), frozenset(r[9])
        )
        for r in rows
    ]
    changed: set[str] = set()
    if made is None:  # links of mentions no longer stored, or no longer references, go too
        changed.update(
            r[0]
            for r in con.execute(
                "SELECT DISTINCT merged_id FROM event_references WHERE merged_id IS NOT NULL"
            ).fetchall()
        )
        con.execute("DELETE FROM event_references")
    elif refs:
        con.execute(
            f"DELETE FROM event_references WHERE event_id IN {IDS}", [[r.event_id for r in refs]]
        )
    if not refs:
        return changed
    types = sorted({r.type for r in refs})
    countries = sorted({c for r in refs for c in r.sources | r.targets})
    referents = [
        merging.Referent(
            r[0], r[1], r[2], r[3], frozenset(r[4]), frozenset(r[5]), r[6], frozenset(r[7]), r[8]
        )
        for r in con.execute(_REFERENTS, [types, countries]).fetchall()
    ]
    links = merging.link_references(refs, referents)
    con.executemany("INSERT INTO event_references VALUES (?, ?)", sorted(links.items()))
    for event_id, target in links.items():
        old = before.get(event_id)
        if old != target:
            changed.update(m for m in (old, target) if m is not None)
    return changed
