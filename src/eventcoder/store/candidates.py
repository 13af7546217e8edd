"""The mentions a merge looks at: those pending, and the merged ones they could join."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import duckdb

from eventcoder.store import merge as merging
from eventcoder.store.summary import IDS


def mention_keys(
    con: duckdb.DuckDBPyConnection, where: str, params: list[Any]
) -> list[merging.MentionKey]:
    """The mentions `where` picks (on events e and mention_facts f), as the rule sees them."""
    ids = con.execute(
        f"SELECT e.event_id FROM events e JOIN mention_facts f USING (event_id) WHERE {where}",
        params,
    ).fetchall()
    if not ids:
        return []
    rows = con.execute(
        "SELECT e.event_id, e.type, e.modality, e.date, e.date_precision, "
        "f.source_countries, f.target_countries, s.text, e.doc_sha, e.sentence "
        "FROM events e JOIN mention_facts f USING (event_id) "
        "JOIN sentences s ON s.doc_sha = e.doc_sha AND s.sentence = e.sentence "
        f"WHERE e.event_id IN {IDS} ORDER BY e.event_id",
        [[r[0] for r in ids]],
    ).fetchall()
    return [
        merging.MentionKey(
            r[0], r[1], r[2], r[3], r[4], frozenset(r[5]), frozenset(r[6]), r[7], (r[8], r[9])
        )
        for r in rows
    ]


def pool(
    con: duckdb.DuckDBPyConnection, pending: list[merging.MentionKey]
) -> tuple[list[merging.MentionKey], dict[str, str]]:
    """Merged mentions that could link to the pending ones: same type, a date in reach of
    one of theirs (rules 1 and 2; the days of each type, not the span of all)."""
    window = max(merging.DATE_WINDOW_DAYS, merging.DAY_PRECISION_WINDOW_DAYS)
    keys = sorted(
        {
            (m.type, m.date + timedelta(days=d))
            for m in pending
            if m.date is not None
            for d in range(-window, window + 1)
        }
    )
    if not keys:
        return [], {}
    found = mention_keys(
        con,
        "EXISTS (SELECT 1 FROM (SELECT unnest(CAST(? AS VARCHAR[])) AS type, "
        "unnest(CAST(? AS DATE[])) AS day) k WHERE k.type = e.type AND k.day = e.date) "
        "AND e.event_id IN (SELECT event_id FROM event_merge)",
        [[t for t, _ in keys], [d for _, d in keys]],
    )
    ids = [m.event_id for m in found]
    current: dict[str, str] = {}
    if ids:
        rows = con.execute(
            "SELECT event_id, merged_id FROM event_merge WHERE event_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
        current = dict(rows)
    return found, current
