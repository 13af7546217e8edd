"""Queries over a store that return rows: dyad time series, networks, top actors."""

from eventcoder.analytics.dyads import (
    DyadReport,
    SeriesRow,
    dyad_report,
    dyad_series,
    network,
    top_actors,
    top_events,
)

__all__ = [
    "DyadReport",
    "SeriesRow",
    "dyad_report",
    "dyad_series",
    "network",
    "top_actors",
    "top_events",
]
