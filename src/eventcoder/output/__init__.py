"""Event records to text: JSONL (the contract), CSV (flattened) and terminal tables."""
