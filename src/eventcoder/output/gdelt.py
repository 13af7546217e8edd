"""GDELT-style TSV: one row per stored event mention or merged event, GDELT 1.0 column names."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import IO, Any

from eventcoder.records import ActorRef, Event, MergedEvent, StoredEvent

# (column, DuckDB type, meaning). Empty field = NULL. docs/store.md repeats it.
GDELT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("GLOBALEVENTID", "VARCHAR", "event id (mention) or merged event id (--merged); 20 hex chars"),
    ("SQLDATE", "INTEGER", "event date as YYYYMMDD"),
    ("MonthYear", "INTEGER", "YYYYMM"),
    ("Year", "INTEGER", "YYYY"),
    ("FractionDate", "DOUBLE", "year + (day of year - 1) / 365"),
    ("Actor1Code", "VARCHAR", "country + sector of the first actor, e.g. USAGOV"),
    ("Actor1Name", "VARCHAR", "name of the first actor"),
    ("Actor1CountryCode", "VARCHAR", "ISO 3166-1 alpha-3 (or IGO, EUR, ...)"),
    ("Actor1Type1Code", "VARCHAR", "PLOVER sector, e.g. GOV, MIL"),
    ("Actor2Code", "VARCHAR", "as Actor1, for the first recipient"),
    ("Actor2Name", "VARCHAR", ""),
    ("Actor2CountryCode", "VARCHAR", ""),
    ("Actor2Type1Code", "VARCHAR", ""),
    ("EventCode", "VARCHAR", "CAMEO root code, two digits with leading zero (e.g. 04)"),
    ("EventBaseCode", "VARCHAR", "same as EventCode (eventcoder codes CAMEO roots only)"),
    ("EventRootCode", "VARCHAR", "same as EventCode"),
    ("QuadClass", "INTEGER", "1 verbal coop, 2 material coop, 3 verbal conflict, 4 material"),
    ("GoldsteinScale", "DOUBLE", "Goldstein value of the CAMEO root"),
    ("NumMentions", "INTEGER", "mentions of the event (1 for a mention row)"),
    ("NumSources", "INTEGER", "distinct sources (outlets) reporting it"),
    ("NumArticles", "INTEGER", "distinct documents reporting it"),
    ("AvgTone", "DOUBLE", "always empty: eventcoder does not score tone"),
    ("ActionGeo_FullName", "VARCHAR", "place of the event as resolved"),
    ("ActionGeo_CountryCode", "VARCHAR", "ISO alpha-3 of the place (GDELT uses FIPS)"),
    ("ActionGeo_Lat", "DOUBLE", ""),
    ("ActionGeo_Long", "DOUBLE", ""),
    ("ActionGeo_FeatureID", "VARCHAR", "GeoNames id"),
    ("DATEADDED", "BIGINT", "when stored, YYYYMMDDHHMMSS (UTC)"),
    ("SOURCEURL", "VARCHAR", "URL of the (representative) document"),
    ("PloverType", "VARCHAR", "PLOVER event type"),
    ("PloverMode", "VARCHAR", "PLOVER mode"),
    ("Modality", "VARCHAR", "asserted, future, hypothetical, negated, historical"),
    ("MergedEventID", "VARCHAR", "merged event the row belongs to (itself with --merged)"),
    ("IsReference", "INTEGER", "1: a mention of an earlier event, not an event of its own"),
    ("ReferenceDate", "INTEGER", "referenced event's date YYYYMMDD, when the text gives it"),
    ("NumReferences", "INTEGER", "later mentions of the event as an earlier one (--merged)"),
)


def _actor_fields(refs: Iterable[ActorRef], skip: str | None = None) -> list[Any]:
    """Code, name, country and sector of the first actor with a country (other than `skip`)."""
    for a in refs:
        if a.country and a.country != skip:
            return [a.code, a.name or a.span.text, a.country, a.sector]
    return [None, None, None, None]


def _row(
    ev: Event,
    coded: Event | MergedEvent,
    day: date | None,
    counts: tuple[int, int, int],
    url: str | None,
    stored: datetime | None,
    gid: str,
    merged_id: str | None,
    n_references: int = 0,
) -> list[Any]:
    """A TSV row: actors and place from the mention `ev`, type and codes from `coded`."""
    a1 = _actor_fields(ev.source)
    targets = ev.target or (ev.source[1:] if ev.symmetric else ())
    a2 = _actor_fields(targets, skip=a1[2])
    loc = ev.location
    return [
        gid,
        int(day.strftime("%Y%m%d")) if day else None,
        int(day.strftime("%Y%m")) if day else None,
        day.year if day else None,
        round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else None,
        *a1,
        *a2,
        coded.cameo,
        coded.cameo,
        coded.cameo[:2],
        coded.quad_class,
        coded.goldstein,
        *counts,
        None,
        loc.name if loc else None,
        loc.country if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        str(loc.geonameid) if loc and loc.geonameid else None,
        int(stored.strftime("%Y%m%d%H%M%S")) if stored else None,
        url,
        coded.type.value,
        coded.mode,
        coded.modality.value,
        merged_id,
        int(ev.reference) if coded is ev else 0,
        int(ev.reference_date.strftime("%Y%m%d")) if coded is ev and ev.reference_date else None,
        n_references,
    ]


def gdelt_mention(se: StoredEvent) -> list[Any]:
    """The TSV row of one stored event mention."""
    ev = se.event
    return _row(ev, ev, ev.date, (1, 1, 1), se.url, se.stored_at, ev.id, se.merged_id)


def gdelt_merged(me: MergedEvent) -> list[Any]:
    """The TSV row of one merged event: its representative mention, the merged codes."""
    rep = me.representative
    if rep is None:
        raise ValueError(f"merged event {me.merged_id} has no mentions loaded")
    return _row(
        rep,
        me,
        me.first_date,
        (me.n_mentions, me.n_sources, me.n_articles),
        me.urls[0] if me.urls else None,
        me.stored_at,
        me.merged_id,
        me.merged_id,
        me.n_references,
    )


def tsv_field(v: Any) -> str:
    """A value as one TSV field: empty for NULL, whitespace runs (tabs, newlines) as one space."""
    if v is None:
        return ""
    return " ".join(str(v).split()) if isinstance(v, str) else str(v)


def write_gdelt(records: Iterable[StoredEvent | MergedEvent], out: IO[str]) -> int:
    """The header row, then one row per record. Returns the number of records."""
    out.write("\t".join(c for c, _, _ in GDELT_COLUMNS) + "\n")
    n = 0
    for r in records:
        vals = gdelt_merged(r) if isinstance(r, MergedEvent) else gdelt_mention(r)
        out.write("\t".join(tsv_field(v) for v in vals) + "\n")
        n += 1
    return n
