"""Run every actor-resolution case (tests/data/actor_cases*.yaml) through one Coder and list the
failures; pending cases (actor_cases_pending_*.yaml) are reported apart.

Run: .venv/bin/python bench/actor_cases.py [--pending] [--only SUBSTRING]
Exit status 1 when a non-pending case fails. Much faster than the pytest run (one model load,
no per-case reporting) and prints the same comparison.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

import yaml

from eventcoder import Coder

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def _plain(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def check(coder: Coder, case: dict) -> str | None:
    got = coder.resolve_actor(case["query"], case["date"])
    wrong = []
    if got["country"] != case["country"]:
        wrong.append(f"country {got['country']} != {case['country']}")
    if got["sector"] != case.get("sector"):
        wrong.append(f"sector {got['sector']} != {case.get('sector')}")
    if case.get("name") and _plain(got["name"]) != _plain(case["name"]):
        wrong.append(f"name {got['name']!r} != {case['name']!r}")
    if case.get("office") and got["office"] != case["office"]:
        wrong.append(f"office {got['office']} != {case['office']}")
    return f"{'; '.join(wrong)}  [{got['how']}]" if wrong else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pending", action="store_true", help="also run the pending cases")
    ap.add_argument("--only", default=None, help="cases whose query contains this text")
    args = ap.parse_args()
    coder = Coder()
    failed = 0
    for path in sorted(DATA.glob("actor_cases*.yaml")):
        pending = path.name.startswith("actor_cases_pending")
        if pending and not args.pending:
            continue
        cases = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        bad = 0
        for case in cases:
            if args.only and args.only.lower() not in case["query"].lower():
                continue
            why = check(coder, case)
            if why:
                bad += 1
                print(
                    f"{'PENDING ' if pending else 'FAIL '}{path.name}: {case['query']!r} "
                    f"@{case['date']}: {why}"
                )
        print(f"{path.name}: {len(cases) - bad}/{len(cases)} pass", file=sys.stderr)
        if not pending:
            failed += bad
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
