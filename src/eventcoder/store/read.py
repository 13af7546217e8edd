"""Reading a store: typed records (StoredEvent, MergedEvent) and plain rows, counts and checks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from itertools import groupby
from typing import Any

import duckdb

from eventcoder.records import Event, EventType, MergedEvent, Modality, StoredEvent
from eventcoder.rows import event_from_dict


def _merged_event(
    row: dict[str, Any], mentions: tuple[Event, ...], stored_at: datetime | None
) -> MergedEvent:
    """A merged_events view row as a record."""
    return MergedEvent(
        merged_id=row["merged_id"],
        type=EventType(row["type"]),
        mode=row["mode"],
        modality=Modality(row["modality"]),
        context=tuple(row["context"] or ()),
        first_date=row["first_date"],
        last_date=row["last_date"],
        actor_countries=tuple(row["actor_countries"]),
        recipient_countries=tuple(row["recipient_countries"]),
        is_symmetric=row["is_symmetric"],
        cameo=row["cameo"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        plover_score=row["plover_score"],
        confidence=row["confidence"],
        n_mentions=row["n_mentions"],
        n_articles=row["n_articles"],
        n_sources=row["n_sources"],
        mention_ids=tuple(row["mention_ids"]),
        doc_ids=tuple(row["doc_ids"]),
        urls=tuple(row["urls"]),
        rep_id=row["rep_id"],
        evidence=row["evidence"],
        rep_doc_id=row["rep_doc_id"],
        coder_version=row["coder_version"],
        n_references=row.get("n_references") or 0,
        first_reference=row.get("first_reference"),
        last_reference=row.get("last_reference"),
        mentions=mentions,
        stored_at=stored_at,
    )


class Reader:
    """The queries of Store (mixed into it): everything that reads and nothing that writes."""

    con: duckdb.DuckDBPyConnection

    def counts(self) -> dict[str, int]:
        """Rows per table, merged events and mentions still pending a merge."""
        q = {
            "documents": "SELECT count(*) FROM documents",
            "failed": "SELECT count(*) FROM documents WHERE error IS NOT NULL",
            "sentences": "SELECT count(*) FROM sentences",
            "events": "SELECT count(*) FROM events",
            "event_actors": "SELECT count(*) FROM event_actors",
            "actors": "SELECT count(*) FROM actors",
            "merged_events": "SELECT count(*) FROM merged_summary",
            "references": "SELECT count(*) FROM mention_facts WHERE is_reference",
            "linked_references": "SELECT count(*) FROM event_references "
            "WHERE merged_id IS NOT NULL",
            "pending": "SELECT count(*) FROM mention_facts WHERE NOT is_reference "
            "AND event_id NOT IN (SELECT event_id FROM event_merge)",
        }
        out = {}
        for name, sql in q.items():
            row = self.con.execute(sql).fetchone()
            out[name] = int(row[0]) if row else 0
        return out

    def check(self) -> list[str]:
        """Consistency problems (an empty list when the store is whole)."""
        checks = {
            "events without their document": "SELECT count(*) FROM events WHERE doc_sha NOT IN (SELECT sha FROM documents)",
            "documents whose stored events differ from their count": "SELECT count(*) FROM documents d WHERE n_events <> "
            "(SELECT count(*) FROM events e WHERE e.doc_sha = d.sha)",
            "events without their evidence sentence": "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM sentences s "
            "WHERE s.doc_sha = e.doc_sha AND s.sentence = e.sentence)",
            "sentences without a document": "SELECT count(*) FROM sentences WHERE doc_sha NOT IN (SELECT sha FROM documents)",
            "event actors without their event": "SELECT count(*) FROM event_actors WHERE event_id NOT IN "
            "(SELECT event_id FROM events)",
            "merge rows without their event": "SELECT count(*) FROM event_merge WHERE event_id NOT IN "
            "(SELECT event_id FROM events)",
            "references in merged events": "SELECT count(*) FROM event_merge "
            "JOIN mention_facts USING (event_id) WHERE is_reference",
            "events without their facts": "SELECT count(*) FROM events WHERE event_id NOT IN "
            "(SELECT event_id FROM mention_facts)",
            "facts without their event": "SELECT count(*) FROM mention_facts WHERE event_id NOT IN "
            "(SELECT event_id FROM events)",
            "merged events without their summary": "SELECT count(DISTINCT merged_id) FROM event_merge "
            "WHERE merged_id NOT IN (SELECT merged_id FROM merged_summary)",
            "summaries without their merged event": "SELECT count(*) FROM merged_summary "
            "WHERE merged_id NOT IN (SELECT merged_id FROM event_merge)",
        }
        problems = []
        for what, sql in checks.items():
            row = self.con.execute(sql).fetchone()
            if row and row[0]:
                problems.append(f"{row[0]} {what}")
        return problems

    def event_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT event_id FROM events").fetchall()}

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def mentions(
        self, *, merged_id: str | None = None, doc_sha: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Event mentions (the JSONL record of each, plus its merged id), oldest first."""
        where, params = [], []
        if merged_id:
            where.append("em.merged_id = ?")
            params.append(merged_id)
        if doc_sha:
            where.append("e.doc_sha = ?")
            params.append(doc_sha)
        sql = (
            "SELECT e.record, em.merged_id FROM events e LEFT JOIN event_merge em "
            f"USING (event_id) {'WHERE ' + ' AND '.join(where) if where else ''} "
            "ORDER BY e.date NULLS LAST, e.event_id"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [
            {**json.loads(rec), "merged_id": mid}
            for rec, mid in self.con.execute(sql, params).fetchall()
        ]

    def merged_events(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        country: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Merged events (one per real-world event), oldest first."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if start:
            where.append("date >= ?")
            params.append(start)
        if end:
            where.append("date <= ?")
            params.append(end)
        if country:
            where.append(
                "(list_contains(actor_countries, ?) OR list_contains(recipient_countries, ?))"
            )
            params += [country, country]
        sql = (
            f"SELECT * FROM merged_events WHERE {' AND '.join(where)} "
            "ORDER BY date NULLS LAST, merged_id"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._rows(sql, params)

    def stored_events(self) -> Iterator[StoredEvent]:
        """Every event mention as a typed record with its merged id and document, by date."""
        cur = self.con.execute(
            "SELECT e.record, em.merged_id, d.url, d.source, d.title, d.stored_at "
            "FROM events e JOIN documents d ON d.sha = e.doc_sha "
            "LEFT JOIN event_merge em USING (event_id) ORDER BY e.date NULLS LAST, e.event_id"
        )
        while batch := cur.fetchmany(1000):
            for rec, mid, url, source, title, stored in batch:
                yield StoredEvent(event_from_dict(json.loads(rec)), mid, url, source, title, stored)

    def merged(self) -> Iterator[MergedEvent]:
        """Every merged event as a typed record with its mentions, by date."""
        con = self.con
        members = con.execute(
            "SELECT em.merged_id, e.record, d.stored_at FROM event_merge em JOIN events e "
            "USING (event_id) JOIN documents d ON d.sha = e.doc_sha "
            "ORDER BY em.merged_id, e.event_id"
        ).fetchall()
        by_id = {
            mid: [(event_from_dict(json.loads(r)), s) for _, r, s in grp]
            for mid, grp in groupby(members, key=lambda x: x[0])
        }
        cur = con.execute("SELECT * FROM merged_events ORDER BY date NULLS LAST, merged_id")
        names = [d[0] for d in cur.description]
        while batch := cur.fetchmany(1000):
            for values in batch:
                row = dict(zip(names, values, strict=True))
                found = by_id.get(row["merged_id"], [])
                yield _merged_event(
                    row, tuple(e for e, _ in found), max((s for _, s in found), default=None)
                )
