"""The founding article: every required event, no forbidden one, the listed actors resolved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.evaluate.article import score_article
from eventcoder.ingest.txt import clean_text
from eventcoder.records import Document

HERE = Path(__file__).parent / "seed"
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def coded(default_coder):
    from datetime import date

    text = clean_text((HERE / "article.txt").read_text(encoding="utf-8"))
    doc = Document(id="seed", text=text, date=date.fromisoformat(GOLD["publication_date"]))
    result = next(default_coder.pipe([doc], mentions=True))
    assert result.error is None
    return doc, result


@pytest.fixture(scope="module")
def card(coded):
    _, result = coded
    return score_article(result.events, result.mentions, GOLD)


pytestmark = [pytest.mark.golden, pytest.mark.slow]


@pytest.mark.parametrize("spec", GOLD["required"], ids=[s["id"] for s in GOLD["required"]])
def test_seed_required_event(card, spec):
    row = next(r for r in card.required if r[0] == spec["id"])
    assert row[1], row[2]


@pytest.mark.parametrize("spec", GOLD["forbidden"], ids=[s["id"] for s in GOLD["forbidden"]])
def test_seed_forbidden_event_absent(card, spec):
    row = next(r for r in card.forbidden if r[0] == spec["id"])
    assert row[1], row[2]


@pytest.mark.parametrize("spec", GOLD["actors"], ids=[s["text"] for s in GOLD["actors"]])
def test_seed_actor_resolved(card, spec):
    row = next(r for r in card.actors if r[0] == spec["text"])
    assert row[1], row[2]


def test_seed_extras_are_few(card):
    assert len(card.extras) <= 8, [e.trigger.text for e in card.extras]


def test_seed_every_span_points_into_the_text(coded):
    doc, result = coded
    for ev in result.events:
        spans = [ev.trigger] + [a.span for a in ev.source + ev.target]
        if ev.location:
            spans.append(ev.location.span)
        for s in spans:
            assert doc.text[s.start : s.end] == s.text
        assert ev.text in doc.text
