"""Turn files, JSONL lines and stdin into Document records."""

from eventcoder.ingest.paths import parse_date, read_inputs

__all__ = ["parse_date", "read_inputs"]
