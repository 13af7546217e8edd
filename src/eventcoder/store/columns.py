"""Columns of the events table that the store writes, named as rows.event_row names them."""

from __future__ import annotations

# Columns of the events table between the ids and the record, as named by rows.event_row.
EVENT_COLUMNS = (
    "sentence",
    "trigger",
    "trigger_start",
    "trigger_end",
    "type",
    "mode",
    "context",
    "modality",
    "symmetric",
    "date",
    "date_precision",
    "date_text",
    "location",
    "place_name",
    "location_country",
    "lat",
    "lon",
    "geonameid",
    "cameo",
    "quad_class",
    "goldstein",
    "plover_score",
    "confidence",
    "coder_version",
)
