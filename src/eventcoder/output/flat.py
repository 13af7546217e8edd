"""Flat rows of stored events and merged events: the columns of the CSV and Parquet exports."""

from __future__ import annotations

from typing import Any

from eventcoder.records import MergedEvent, StoredEvent
from eventcoder.rows import event_row

# (column, pyarrow type name). Lists become ';'-joined text in CSV. docs/store.md lists them.
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
    ("reference", "bool"),  # a mention of an earlier event, not counted as an event
    ("reference_date", "date"),  # the referenced event's date, when the text gives it
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
    ("n_references", "int32"),  # later mentions of it as an earlier event
    ("first_reference", "date"),
    ("last_reference", "date"),
)


def columns(merged: bool) -> tuple[tuple[str, str], ...]:
    return MERGED_COLUMNS if merged else MENTION_COLUMNS


def flat_mention(se: StoredEvent) -> dict[str, Any]:
    """One stored event mention as a flat row (MENTION_COLUMNS)."""
    r = event_row(se.event)
    return {
        "event_id": r["id"],
        "merged_id": se.merged_id,
        "doc_id": r["doc_id"],
        "url": se.url,
        "source_name": se.source,
        "sentence": r["sentence"],
        "text": r["text"],
        "trigger": r["trigger"],
        "type": r["type"],
        "mode": r["mode"],
        "modality": r["modality"],
        "context": r["context"],
        "date": r["date"],
        "date_precision": r["date_precision"],
        "date_text": r["date_text"],
        "actor_codes": [c or "" for c in r["source_code"]],
        "actor_names": r["source_name"],
        "actor_countries": r["source_countries"],
        "recipient_codes": [c or "" for c in r["target_code"]],
        "recipient_names": r["target_name"],
        "recipient_countries": r["target_countries"],
        "place": r["place"],
        "place_country": r["location_country"],
        "lat": r["lat"],
        "lon": r["lon"],
        "cameo": r["cameo"],
        "quad_class": r["quad_class"],
        "goldstein": r["goldstein"],
        "plover_score": r["plover_score"],
        "confidence": r["confidence"],
        "coder_version": r["coder_version"],
        "reference": r["reference"],
        "reference_date": r["reference_date"],
    }


def flat_merged(me: MergedEvent) -> dict[str, Any]:
    """One merged event as a flat row (MERGED_COLUMNS)."""
    return {
        "merged_id": me.merged_id,
        "type": me.type.value,
        "mode": me.mode,
        "modality": me.modality.value,
        "context": list(me.context),
        "date": me.date,
        "first_date": me.first_date,
        "last_date": me.last_date,
        "actor_countries": list(me.actor_countries),
        "recipient_countries": list(me.recipient_countries),
        "cameo": me.cameo,
        "quad_class": me.quad_class,
        "goldstein": me.goldstein,
        "plover_score": me.plover_score,
        "n_mentions": me.n_mentions,
        "n_articles": me.n_articles,
        "n_sources": me.n_sources,
        "evidence": me.evidence,
        "rep_event_id": me.rep_id,
        "mention_ids": list(me.mention_ids),
        "doc_ids": list(me.doc_ids),
        "urls": list(me.urls),
        "coder_version": me.coder_version,
        "n_references": me.n_references,
        "first_reference": me.first_reference,
        "last_reference": me.last_reference,
    }
