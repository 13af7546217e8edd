"""Split the annotated sentences once into dev (tune on it) and test (look at it only to report).

Run: .venv/bin/python eval/split.py
The rule is fixed and depends only on each sentence's id, so adding sentences never moves old
ones between the splits: eval/devset.jsonl (tuned on since the start) is all dev; of every
eval/annotated/*.jsonl file, sentences whose sha1(id) falls in the first 40% go to test.
Writes eval/dev.jsonl and eval/test.jsonl (both committed; test.jsonl is read only to report).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEST_SHARE = 0.4


def is_test(sentence_id: str) -> bool:
    """Deterministic: the same id always lands in the same split."""
    h = int(hashlib.sha1(sentence_id.encode("utf-8")).hexdigest()[:8], 16)
    return h / 0xFFFFFFFF < TEST_SHARE


def main() -> None:
    dev: list[str] = []
    test: list[str] = []
    seen: set[str] = set()
    sources = [HERE / "devset.jsonl", *sorted((HERE / "annotated").glob("*.jsonl"))]
    for path in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row["id"] in seen:
                raise SystemExit(f"{path}: duplicate sentence id {row['id']!r}")
            seen.add(row["id"])
            if path.name != "devset.jsonl" and is_test(row["id"]):
                test.append(line)
            else:
                dev.append(line)
    (HERE / "dev.jsonl").write_text("".join(x + "\n" for x in dev), encoding="utf-8")
    (HERE / "test.jsonl").write_text("".join(x + "\n" for x in test), encoding="utf-8")
    print(f"dev: {len(dev)} sentences, test: {len(test)} sentences")


if __name__ == "__main__":
    main()
