"""Export a store: PLOVER JSON, GDELT-style TSV, Parquet, CSV or JSONL; mentions or merged events.

Every format starts from the same rows (`mention_rows` or `merged_rows`); docs/store.md lists
the columns of each. `--plover-strict` recodes future CONSULT/SUPPORT/COOPERATE/AID as AGREE
(and future RETREAT as CONCEDE) with eventcoder.ontology.plover.strict_type.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import date, datetime
from itertools import groupby
from typing import IO, TYPE_CHECKING, Any

from eventcoder.errors import InputError
from eventcoder.ontology.codes import codes_for
from eventcoder.ontology.plover import strict_type
from eventcoder.records import EventType, Modality
from eventcoder.version import __version__

if TYPE_CHECKING:
    from eventcoder.store.db import Store

FORMATS = ("plover", "gdelt", "parquet", "csv", "jsonl")

# GDELT-style TSV: (column, DuckDB type, meaning). Empty field = NULL. docs/store.md repeats it.
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
)

# Flat tables (CSV, Parquet): (column, pyarrow type name). Lists become ';'-joined text in CSV.
MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "string"),
    ("merged_id", "string"),
    ("doc_id", "string"),
    ("url", "string"),
    ("source_name", "string"),
    ("sentence", "int32"),
    ("text", "string"),
    ("trigger", "string"),
    ("type", "string"),
    ("mode", "string"),
    ("modality", "string"),
    ("context", "list"),
    ("date", "date"),
    ("date_precision", "string"),
    ("date_text", "string"),
    ("actor_codes", "list"),
    ("actor_names", "list"),
    ("actor_countries", "list"),
    ("recipient_codes", "list"),
    ("recipient_names", "list"),
    ("recipient_countries", "list"),
    ("place", "string"),
    ("place_country", "string"),
    ("lat", "float64"),
    ("lon", "float64"),
    ("cameo", "string"),
    ("quad_class", "int32"),
    ("goldstein", "float64"),
    ("plover_score", "float64"),
    ("confidence", "float64"),
    ("coder_version", "string"),
)
MERGED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("merged_id", "string"),
    ("type", "string"),
    ("mode", "string"),
    ("modality", "string"),
    ("context", "list"),
    ("date", "date"),
    ("first_date", "date"),
    ("last_date", "date"),
    ("actor_countries", "list"),
    ("recipient_countries", "list"),
    ("cameo", "string"),
    ("quad_class", "int32"),
    ("goldstein", "float64"),
    ("plover_score", "float64"),
    ("n_mentions", "int32"),
    ("n_articles", "int32"),
    ("n_sources", "int32"),
    ("evidence", "string"),
    ("rep_event_id", "string"),
    ("mention_ids", "list"),
    ("doc_ids", "list"),
    ("urls", "list"),
    ("coder_version", "string"),
)

# What a PLOVER record must hold (a small JSON-schema-like check, used by tests and users).
PLOVER_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "date": str,
    "actor": list,
    "event": list,
}
PLOVER_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "has_event": bool,
    "enddate": str,
    "recipient": list,
    "event_loc": list,
    "event_text": str,
    "quad_code": int,
    "mode": list,
    "context": list,
    "link": str,
    "text_info": dict,
    "cite_info": dict,
    "coder": str,
    "coded_date": str,
    "comment": str,
    "dead": (int, float),
    "injured": (int, float),
    "arrested": (int, float),
}
PLOVER_ENTITY = {
    "code": (str, type(None)),
    "sector": (str, type(None)),
    "entity_text": str,
    "identifier_id": (str, type(None)),
    "identifier_text": (str, type(None)),
    "office": (str, type(None)),
}

_AUX_MODE = {
    "future": "future",
    "hypothetical": "hypothetical",
    "negated": "negation",
    "historical": "historical",
}


def check_plover(rec: dict[str, Any]) -> list[str]:
    """Problems of one PLOVER record (empty when it has the required fields with right types)."""
    problems = [f"missing {k}" for k in PLOVER_REQUIRED if k not in rec]
    for k, v in rec.items():
        want = PLOVER_REQUIRED.get(k) or PLOVER_OPTIONAL.get(k)
        if want is None:
            problems.append(f"unknown field {k}")
        elif v is not None and not isinstance(v, want):
            problems.append(f"{k}: {type(v).__name__}")
    for k in ("actor", "recipient"):
        for ent in rec.get(k) or []:
            problems += [
                f"{k}.{f}"
                for f, t in PLOVER_ENTITY.items()
                if f not in ent or not isinstance(ent[f], t)
            ]
    if "event" in rec and not all(e in EventType.__members__ for e in rec["event"]):
        problems.append("event: not a PLOVER type")
    try:
        date.fromisoformat(str(rec.get("date")))
    except ValueError:
        problems.append("date: not YYYY-MM-DD")
    return problems


# ---- rows ---------------------------------------------------------------------------------------
def mention_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Each event mention: its JSONL record plus merged id and document fields."""
    cur = store.con.execute(
        "SELECT e.record, em.merged_id, d.url, d.source, d.title, d.doc_id, d.stored_at "
        "FROM events e JOIN documents d ON d.sha = e.doc_sha "
        "LEFT JOIN event_merge em USING (event_id) ORDER BY e.date NULLS LAST, e.event_id"
    )
    while batch := cur.fetchmany(1000):
        for rec, mid, url, source, title, doc_id, stored in batch:
            yield {
                "record": json.loads(rec),
                "merged_id": mid,
                "url": url,
                "source": source,
                "title": title,
                "doc_id": doc_id,
                "stored_at": stored,
            }


def merged_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Each merged event (the merged_events view) with the records of all its mentions."""
    con = store.con
    members = con.execute(
        "SELECT em.merged_id, e.record, d.stored_at FROM event_merge em JOIN events e "
        "USING (event_id) JOIN documents d ON d.sha = e.doc_sha ORDER BY em.merged_id, e.event_id"
    ).fetchall()
    by_id = {
        mid: [(json.loads(r), s) for _, r, s in grp]
        for mid, grp in groupby(members, key=lambda x: x[0])
    }
    cur = con.execute("SELECT * FROM merged_events ORDER BY date NULLS LAST, merged_id")
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(1000):
        for r in batch:
            row = dict(zip(names, r, strict=True))
            recs = by_id.get(row["merged_id"], [])
            row["records"] = [rec for rec, _ in recs]
            row["stored_at"] = max((s for _, s in recs), default=None)
            yield row


def strict_record(rec: dict[str, Any]) -> dict[str, Any]:
    """A record (mention JSONL dict or merged row) recoded by PLOVER's strict rule."""
    old = EventType(rec["type"])
    new = strict_type(old, Modality(rec["modality"]))
    if new is old:
        return rec
    c = codes_for(new, None)
    return {
        **rec,
        "type": new.value,
        "mode": None,
        "cameo": c.cameo,
        "quad_class": c.quad_class,
        "goldstein": c.goldstein,
        "plover_score": c.plover_score,
    }


# ---- PLOVER -------------------------------------------------------------------------------------
def _entity(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": a["country"],
        "sector": a["sector"],
        "entity_text": a["text"],
        "identifier_id": a["actor_id"],
        "identifier_text": a["name"],
        "office": a["office"],
    }


def _entities(actor_lists: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for refs in actor_lists:
        for a in refs:
            key = (a["country"], a["sector"], a["actor_id"] or a["text"].lower())
            if key not in seen:
                seen.add(key)
                out.append(_entity(a))
    return out


def _modes(mode: str | None, modality: str) -> list[str]:
    return [m for m in (mode, _AUX_MODE.get(modality)) if m]


def _place(loc: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not loc:
        return []
    return [
        {
            "extracted_place": loc["text"],
            "resolved_place": loc["name"],
            "geonameid": loc["geonameid"],
            "lat": loc["lat"],
            "lon": loc["lon"],
            "country_code": loc["country"],
        }
    ]


def _day(ts: datetime | None) -> str | None:
    return ts.date().isoformat() if ts else None


def plover_mention(row: dict[str, Any]) -> dict[str, Any]:
    r = row["record"]
    out: dict[str, Any] = {
        "id": r["id"],
        "date": r["date"],
        "has_event": True,
        "actor": _entities([r["source"]]),
        "recipient": _entities([r["target"]]),
        "event": [r["type"]],
        "mode": _modes(r["mode"], r["modality"]),
        "context": list(r["context"]),
        "event_text": r["text"],
        "quad_code": r["quad_class"],
        "event_loc": _place(r["location"]),
        "link": row["url"],
        "text_info": {
            "doc_id": r["doc_id"],
            "sentence": r["sentence"],
            "trigger": r["trigger"],
            "merged_id": row["merged_id"],
        },
        "cite_info": {"source": row["source"], "title": row["title"]},
        "coder": f"eventcoder {r['coder_version']}",
        "coded_date": _day(row["stored_at"]),
    }
    for k in ("dead", "injured", "arrested"):
        if r.get(k) is not None:
            out[k] = r[k]
    return out


def plover_merged(row: dict[str, Any]) -> dict[str, Any]:
    recs = row["records"]
    rep = next((r for r in recs if r["id"] == row["rep_id"]), recs[0] if recs else None)
    out: dict[str, Any] = {
        "id": row["merged_id"],
        "date": _iso(row["first_date"]),
        "has_event": True,
        "actor": _entities([r["source"] for r in recs]),
        "recipient": _entities([r["target"] for r in recs]),
        "event": [row["type"]],
        "mode": _modes(row["mode"], row["modality"]),
        "context": sorted({c for r in recs for c in r["context"]}),
        "event_text": row["evidence"],
        "quad_code": row["quad_class"],
        "event_loc": _place(rep["location"]) if rep else [],
        "link": row["urls"][0] if row["urls"] else None,
        "text_info": {
            "mentions": row["mention_ids"],
            "doc_ids": row["doc_ids"],
            "n_mentions": row["n_mentions"],
            "n_articles": row["n_articles"],
            "n_sources": row["n_sources"],
        },
        "cite_info": {"urls": row["urls"]},
        "coder": f"eventcoder {row['coder_version']}",
        "coded_date": _day(row["stored_at"]),
    }
    if row["last_date"] and row["last_date"] != row["first_date"]:
        out["enddate"] = _iso(row["last_date"])
    return out


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# ---- GDELT --------------------------------------------------------------------------------------
def _actor_fields(refs: list[dict[str, Any]], skip: str | None = None) -> list[Any]:
    for a in refs:
        if a["country"] and a["country"] != skip:
            return [a["code"], a["name"] or a["text"], a["country"], a["sector"]]
    return [None, None, None, None]


def _gdelt(
    rec: dict[str, Any],
    day: date | None,
    counts: tuple[int, int, int],
    url: str | None,
    stored: datetime | None,
    gid: str,
    merged_id: str | None,
) -> list[Any]:
    a1 = _actor_fields(rec["source"])
    targets = rec["target"] or (rec["source"][1:] if rec["symmetric"] else [])
    a2 = _actor_fields(targets, skip=a1[2])
    loc = rec["location"] or {}
    return [
        gid,
        int(day.strftime("%Y%m%d")) if day else None,
        int(day.strftime("%Y%m")) if day else None,
        day.year if day else None,
        round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else None,
        *a1,
        *a2,
        rec["cameo"],
        rec["cameo"],
        rec["cameo"][:2],
        rec["quad_class"],
        rec["goldstein"],
        *counts,
        None,
        loc.get("name"),
        loc.get("country"),
        loc.get("lat"),
        loc.get("lon"),
        str(loc["geonameid"]) if loc.get("geonameid") else None,
        int(stored.strftime("%Y%m%d%H%M%S")) if stored else None,
        url,
        rec["type"],
        rec["mode"],
        rec["modality"],
        merged_id,
    ]


def gdelt_mention(row: dict[str, Any]) -> list[Any]:
    r = row["record"]
    day = date.fromisoformat(r["date"]) if r["date"] else None
    return _gdelt(r, day, (1, 1, 1), row["url"], row["stored_at"], r["id"], row["merged_id"])


def gdelt_merged(row: dict[str, Any]) -> list[Any]:
    recs = row["records"]
    rep = next((r for r in recs if r["id"] == row["rep_id"]), recs[0])
    rep = {
        **rep,
        **{k: row[k] for k in ("type", "mode", "modality", "cameo", "quad_class", "goldstein")},
    }
    return _gdelt(
        rep,
        row["first_date"],
        (row["n_mentions"], row["n_sources"], row["n_articles"]),
        row["urls"][0] if row["urls"] else None,
        row["stored_at"],
        row["merged_id"],
        row["merged_id"],
    )


def _tsv_field(v: Any) -> str:
    if v is None:
        return ""
    return " ".join(str(v).split()) if isinstance(v, str) else str(v)


# ---- flat rows (CSV, Parquet, and the merged JSONL) ----------------------------------------------
def flat_mention(row: dict[str, Any]) -> dict[str, Any]:
    r = row["record"]
    loc = r["location"] or {}
    return {
        "event_id": r["id"],
        "merged_id": row["merged_id"],
        "doc_id": r["doc_id"],
        "url": row["url"],
        "source_name": row["source"],
        "sentence": r["sentence"],
        "text": r["text"],
        "trigger": r["trigger"]["text"],
        "type": r["type"],
        "mode": r["mode"],
        "modality": r["modality"],
        "context": list(r["context"]),
        "date": date.fromisoformat(r["date"]) if r["date"] else None,
        "date_precision": r["date_precision"],
        "date_text": r["date_text"],
        "actor_codes": [a["code"] or "" for a in r["source"]],
        "actor_names": [a["name"] or a["text"] for a in r["source"]],
        "actor_countries": sorted({a["country"] for a in r["source"] if a["country"]}),
        "recipient_codes": [a["code"] or "" for a in r["target"]],
        "recipient_names": [a["name"] or a["text"] for a in r["target"]],
        "recipient_countries": sorted({a["country"] for a in r["target"] if a["country"]}),
        "place": loc.get("name") or loc.get("text"),
        "place_country": loc.get("country"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "cameo": r["cameo"],
        "quad_class": r["quad_class"],
        "goldstein": r["goldstein"],
        "plover_score": r["plover_score"],
        "confidence": r["confidence"],
        "coder_version": r["coder_version"],
    }


def flat_merged(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row.get(k) for k, _ in MERGED_COLUMNS}
    out["rep_event_id"] = row["rep_id"]
    out["context"] = list(row["context"] or [])
    return out


# ---- writers ------------------------------------------------------------------------------------
def _json_default(v: Any) -> Any:
    if isinstance(v, date | datetime):
        return v.isoformat()
    raise TypeError(f"cannot serialise {type(v).__name__}")


def _csv_value(v: Any) -> Any:
    if isinstance(v, list):
        return ";".join(str(x) for x in v)
    return "" if v is None else v


def _arrow_schema(columns: tuple[tuple[str, str], ...]) -> Any:
    import pyarrow as pa

    kinds = {
        "string": pa.string(),
        "int32": pa.int32(),
        "float64": pa.float64(),
        "date": pa.date32(),
        "list": pa.list_(pa.string()),
    }
    return pa.schema([(name, kinds[kind]) for name, kind in columns])


def export_store(
    store: Store,
    fmt: str,
    output: str | None,
    *,
    merged: bool = False,
    plover_strict: bool = False,
    stream: IO[str] | None = None,
) -> int:
    """Write the store's mentions (or merged events) in `fmt` to `output` (or `stream`).

    Returns the number of records written.
    """
    if fmt not in FORMATS:
        raise InputError(f"--format: unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "parquet" and not output:
        raise InputError("--format parquet: give an output file with -o FILE")
    rows: Iterator[dict[str, Any]] = merged_rows(store) if merged else mention_rows(store)
    if plover_strict:
        rows = (
            ({**r, **strict_record(r)} if merged else {**r, "record": strict_record(r["record"])})
            for r in rows
        )
    if fmt == "parquet":
        return _write_parquet(rows, output or "", merged)
    n = 0
    with ExitStack() as stack:
        if output:
            out: IO[str] = stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
        else:
            out = stream if stream is not None else sys.stdout
        if fmt == "jsonl":
            for r in rows:
                obj = flat_merged(r) if merged else {**r["record"], "merged_id": r["merged_id"]}
                out.write(json.dumps(obj, ensure_ascii=False, default=_json_default) + "\n")
                n += 1
        elif fmt == "plover":
            for r in rows:
                obj = plover_merged(r) if merged else plover_mention(r)
                out.write(json.dumps(obj, ensure_ascii=False, default=_json_default) + "\n")
                n += 1
        elif fmt == "gdelt":
            out.write("\t".join(c for c, _, _ in GDELT_COLUMNS) + "\n")
            for r in rows:
                vals = gdelt_merged(r) if merged else gdelt_mention(r)
                out.write("\t".join(_tsv_field(v) for v in vals) + "\n")
                n += 1
        else:  # csv
            cols = [c for c, _ in (MERGED_COLUMNS if merged else MENTION_COLUMNS)]
            w = csv.DictWriter(out, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            for r in rows:
                flat = flat_merged(r) if merged else flat_mention(r)
                w.writerow({k: _csv_value(flat[k]) for k in cols})
                n += 1
    return n


def _write_parquet(rows: Iterator[dict[str, Any]], output: str, merged: bool) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = MERGED_COLUMNS if merged else MENTION_COLUMNS
    schema = _arrow_schema(columns)
    schema = schema.with_metadata(
        {"eventcoder": __version__, "table": "merged_events" if merged else "event_mentions"}
    )
    n = 0
    with pq.ParquetWriter(output, schema) as writer:
        batch: list[dict[str, Any]] = []
        for r in rows:
            batch.append(flat_merged(r) if merged else flat_mention(r))
            if len(batch) >= 5000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        n += len(batch)
    return n
