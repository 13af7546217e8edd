"""Link every stored reference mention to the merged event it refers to (merge.py, References).

Run by Store.merge inside its transaction, after the event mentions are merged: all links are
recomputed, so they do not depend on the order documents were ingested in.
"""

from __future__ import annotations

import duckdb

from eventcoder.store import merge as merging


def link_stored_references(con: duckdb.DuckDBPyConnection) -> None:
    """Link every reference mention to the merged event it refers to (merge.py, References)."""
    refs = [
        merging.ReferenceKey(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], frozenset(r[8]), frozenset(r[9])
        )
        for r in con.execute(
            "SELECT event_id, type, mode, modality, trigger_text, mentioned_on, "
            "reference_date, reference_date_precision, source_countries, target_countries "
            "FROM reference_mentions ORDER BY event_id"
        ).fetchall()
    ]
    con.execute("DELETE FROM event_references")
    if not refs:
        return
    referents = [
        merging.Referent(
            r[0],
            r[1],
            r[2],
            r[3],
            frozenset(r[4]),
            frozenset(r[5]),
            r[6],
            frozenset(r[7]),
            r[8],
        )
        for r in con.execute(
            "SELECT m.merged_id, m.type, m.mode, m.first_date, m.actor_countries, "
            "m.recipient_countries, m.is_symmetric, "
            "list(DISTINCT e.trigger_text), m.n_mentions "
            "FROM merged_mentions_summary m JOIN event_merge em USING (merged_id) "
            "JOIN events e USING (event_id) "
            "WHERE m.first_date IS NOT NULL AND m.modality IN ('asserted', 'historical') "
            "AND m.type IN (SELECT DISTINCT type FROM reference_mentions) "
            "GROUP BY ALL"
        ).fetchall()
    ]
    links = merging.link_references(refs, referents)
    con.executemany("INSERT INTO event_references VALUES (?, ?)", sorted(links.items()))
