"""Hundreds of names and phrases resolved on a date: country, sector, and who holds an office."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "data"
# actor_cases.yaml plus one file per region or kind (actor_cases_<part>.yaml); the
# actor_cases_pending_*.yaml files hold cases the resolver does not pass yet (each with a `why`)
CASES = [
    case
    for path in sorted(DATA.glob("actor_cases*.yaml"))
    if not path.name.startswith("actor_cases_pending")
    for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []
]

pytestmark = pytest.mark.slow


def _plain(name: str | None) -> str:
    """Names compare without accents: "Erdoğan" is "Erdogan"."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _id(c: dict) -> str:
    return f"{c['query']}@{c['date']}"


def test_enough_cases():
    assert len(CASES) >= 300
    dated = [c for c in CASES if c.get("name") or c.get("office") or c.get("former")]
    assert len(dated) >= 40


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_actor_resolves(coder, case):
    got = coder.resolve_actor(case["query"], case["date"])
    why = f"{case['query']!r} on {case['date']}: want {case}, got {got}"
    assert got["country"] == case["country"], why
    assert got["sector"] == case.get("sector"), why
    if case.get("name"):
        assert _plain(got["name"]) == _plain(case["name"]), why
    if case.get("office"):
        assert got["office"] == case["office"], why
