"""Country-pair analytics over merged events (one per real-world event, not per report).

A merged event belongs to the dyad (A, B) when A is among its actors and B among its recipients
(or the reverse), or when it is symmetric ("A and B met") and lists both as actors.

References to earlier events ("condemned the invasion": store/merge.py, References) are not
events: series and rankings count them apart, as mentions of earlier events on the day they were
made, and add them to the events only with `include_references` (one per reference mention, as
a coder that counts reports would).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventcoder.analytics.series import check_period, periods
from eventcoder.errors import InputError
from eventcoder.store import Store, country_code

# the merged events (and reference mentions) of a dyad: store/summary.py keeps each unit's
# country pairs in unit_dyads (a < b)
_DYAD_UNITS = "SELECT unit FROM unit_dyads WHERE a = $lo AND b = $hi AND NOT is_reference"


@dataclass(frozen=True, slots=True)
class SeriesRow:
    """Merged events of one period: counts per QuadClass and Goldstein totals."""

    period: date
    events: int
    q1: int
    q2: int
    q3: int
    q4: int
    goldstein_sum: float
    goldstein_mean: float | None
    references: int = 0  # mentions of earlier events made in the period (not in `events`)

    @property
    def net_cooperation(self) -> int:
        """(verbal + material cooperation) - (verbal + material conflict)."""
        return (self.q1 + self.q2) - (self.q3 + self.q4)


@dataclass(frozen=True, slots=True)
class DyadReport:
    """A dyad's time series and its most reported events."""

    a: str
    b: str
    by: str
    rows: tuple[SeriesRow, ...]
    top: tuple[dict[str, Any], ...] = field(default=())
    include_references: bool = False


# merged events, and reference mentions as units of their own (dated the day they were made)
_MERGED_UNITS = """SELECT merged_id AS unit, date, modality, quad_class, goldstein, actor_countries,
       recipient_countries, is_symmetric FROM merged_events"""
_REFERENCE_UNITS = """SELECT event_id AS unit, mentioned_on AS date, modality, quad_class, goldstein,
       source_countries AS actor_countries, target_countries AS recipient_countries, is_symmetric
FROM reference_mentions"""


def _units(include_references: bool) -> str:
    """The rows a network counts: merged events, plus reference mentions when asked."""
    return (
        f"({_MERGED_UNITS} UNION ALL {_REFERENCE_UNITS})"
        if include_references
        else (f"({_MERGED_UNITS})")
    )


def _pair(a: str, b: str) -> dict[str, str]:
    """The dyad as unit_dyads keys it: the smaller code first."""
    return {"lo": min(a, b), "hi": max(a, b)}


def _filters(
    start: date | None, end: date | None, asserted_only: bool
) -> tuple[str, dict[str, Any]]:
    where = ["date IS NOT NULL"]
    params: dict[str, Any] = {}
    if start:
        where.append("date >= $start")
        params["start"] = start
    if end:
        where.append("date <= $end")
        params["end"] = end
    if asserted_only:
        where.append("modality = 'asserted'")
    if start and end and start > end:
        raise InputError(f"the first day {start} is after the last day {end}")
    return " AND ".join(where), params


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    by: str = "month",
    start: date | None = None,
    end: date | None = None,
    asserted_only: bool = False,
    include_references: bool = False,
) -> list[SeriesRow]:
    """Merged events of the dyad per period, every period from first to last (zeros included),
    with the references made in each period apart (added to the events with
    `include_references`)."""
    check_period(by)
    if a == b:
        raise InputError(f"dyad: give two different countries (got {a} twice)")
    where, params = _filters(start, end, asserted_only)
    counted = "TRUE" if include_references else "NOT is_reference"
    rows = store.con.execute(
        f"""SELECT date_trunc('{by}', date)::DATE AS p,
                   count(*) FILTER (WHERE {counted}),
                   count(*) FILTER (WHERE {counted} AND quad_class = 1),
                   count(*) FILTER (WHERE {counted} AND quad_class = 2),
                   count(*) FILTER (WHERE {counted} AND quad_class = 3),
                   count(*) FILTER (WHERE {counted} AND quad_class = 4),
                   coalesce(sum(goldstein) FILTER (WHERE {counted}), 0),
                   count(*) FILTER (WHERE is_reference)
            FROM unit_dyads WHERE a = $lo AND b = $hi AND {where}
            GROUP BY p ORDER BY p""",
        {**params, **_pair(a, b)},
    ).fetchall()
    refs = {r[0]: r[7] for r in rows if r[7]}
    rows = [r for r in rows if r[1]]
    found = {r[0]: r for r in rows}
    if not found and not refs:
        return []
    first = start or min([*found, *refs])
    last = end or max([*found, *refs])
    out = []
    for p in periods(first, last, by):
        r = found.get(p)
        n_refs = int(refs.get(p, 0))
        if r is None:
            out.append(SeriesRow(p, 0, 0, 0, 0, 0, 0.0, None, n_refs))
        else:
            out.append(
                SeriesRow(p, r[1], r[2], r[3], r[4], r[5], float(r[6]), float(r[6]) / r[1], n_refs)
            )
    return out


def top_events(
    store: Store,
    a: str,
    b: str,
    *,
    start: date | None = None,
    end: date | None = None,
    asserted_only: bool = False,
    limit: int = 10,
) -> list[dict[str, Any]]:
    """The dyad's most reported merged events (then the strongest by |Goldstein|)."""
    where, params = _filters(start, end, asserted_only)
    cur = store.con.execute(
        f"""SELECT merged_id, date, type, mode, modality, actor_countries, recipient_countries,
                   quad_class, goldstein, n_mentions, n_articles, n_sources, evidence,
                   rep_doc_id, urls, n_references, first_reference, last_reference
            FROM merged_events WHERE {where} AND merged_id IN ({_DYAD_UNITS})
            ORDER BY n_mentions DESC, abs(goldstein) DESC, date, merged_id
            LIMIT {int(limit)}""",
        {**params, **_pair(a, b)},
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def dyad_report(
    store: Store,
    a: str,
    b: str,
    *,
    by: str = "month",
    start: date | None = None,
    end: date | None = None,
    asserted_only: bool = False,
    top: int = 10,
    include_references: bool = False,
) -> DyadReport:
    """Series and top events of one dyad (A and B: 3-letter country codes, any case)."""
    a, b = country_code(a, "dyad"), country_code(b, "dyad")
    rows = dyad_series(
        store,
        a,
        b,
        by=by,
        start=start,
        end=end,
        asserted_only=asserted_only,
        include_references=include_references,
    )
    tops = (
        top_events(store, a, b, start=start, end=end, asserted_only=asserted_only, limit=top)
        if top > 0
        else []
    )
    return DyadReport(a, b, by, tuple(rows), tuple(tops), include_references)


def network(
    store: Store,
    *,
    start: date | None = None,
    end: date | None = None,
    asserted_only: bool = False,
    min_events: int = 1,
    include_references: bool = False,
) -> list[dict[str, Any]]:
    """Directed country-pair edges: source, target, events, goldstein_sum, goldstein_mean.

    An edge runs from each actor country to each recipient country of a merged event; a
    symmetric event without recipients gives one edge per pair of its actor countries (in
    alphabetical order). Each merged event counts once per edge.
    """
    where, params = _filters(start, end, asserted_only)
    cur = store.con.execute(
        f"""WITH m AS (SELECT * FROM {_units(include_references)} u WHERE {where}),
            pairs AS (
                SELECT DISTINCT s.c AS source, t.c AS target, m.unit, m.goldstein
                FROM m, unnest(m.actor_countries) AS s(c), unnest(m.recipient_countries) AS t(c)
                WHERE s.c <> t.c
                UNION
                SELECT DISTINCT s.c, t.c, m.unit, m.goldstein
                FROM m, unnest(m.actor_countries) AS s(c), unnest(m.actor_countries) AS t(c)
                WHERE m.is_symmetric AND len(m.recipient_countries) = 0 AND s.c < t.c
            )
            SELECT source, target, count(*) AS events, sum(goldstein) AS goldstein_sum,
                   avg(goldstein) AS goldstein_mean
            FROM pairs GROUP BY source, target HAVING count(*) >= {int(min_events)}
            ORDER BY events DESC, source, target""",
        params,
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def top_actors(store: Store, n: int = 20, include_references: bool = False) -> list[dict[str, Any]]:
    """Actors (dictionary entries, else country+sector codes) in the most merged events, with
    their references to earlier events apart (`references`; counted in `events` and `mentions`
    with `include_references`)."""
    refs = '"references"' if include_references else "0"
    cur = store.con.execute(
        f"""WITH top AS (
                SELECT actor, events + {refs} AS events, mentions + {refs} AS mentions,
                       "references", id_rows
                FROM actor_counts ORDER BY 2 DESC, 3 DESC, actor LIMIT {int(n)}
            ),
            v AS (
                SELECT actor, field, first(value ORDER BY n DESC, value) AS value
                FROM actor_values WHERE actor IN (SELECT actor FROM top) GROUP BY actor, field
            )
            SELECT t.actor,
                   CASE WHEN t.id_rows > 0 THEN (SELECT value FROM v
                                                 WHERE v.actor = t.actor AND field = 'name')
                        ELSE '(unnamed ' || t.actor || ')' END AS name,
                   (SELECT value FROM v WHERE v.actor = t.actor AND field = 'country') AS country,
                   (SELECT value FROM v WHERE v.actor = t.actor AND field = 'sector') AS sector,
                   t.events, t.mentions, t."references"
            FROM top t ORDER BY t.events DESC, t.mentions DESC, t.actor"""
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
