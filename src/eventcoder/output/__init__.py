"""Records to text and files: JSONL, CSV, tables and reports, PLOVER JSON, GDELT TSV, Parquet."""
