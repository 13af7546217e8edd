"""A trained second opinion on the rule coder's candidates: is the sentence an event at all, and
of which type.

A small spaCy text classifier (data/models/sentence_events, not committed: models come from
pinned packages, so each install trains its own, deterministically, with `spacy train` by
tools/train_classifier.py on the dev split and the trigger lexicon's examples; docs/classifier.md)
scores each sentence that holds a candidate: EVENT, NO_EVENT and the 16 PLOVER types, each a
probability of its own. Settings.second_opinion says how the scores are used:

- "off": rules alone; the model is never loaded.
- "review" (rules and model): a candidate is dropped when the model reads no event in its
  sentence (NO_EVENT >= no_event_threshold) and gives the candidate's own type little weight
  (< type_keep_threshold); a candidate whose type the model doubts (< type_keep_threshold) takes
  the model's best type when the model is sure of it (>= retype_threshold).
- "model": a baseline; the types the model gives a sentence (>= type_keep_threshold, else its
  best), with the rule coder's actors; sentences the model reads as no event give nothing.

Each removed or retyped candidate is a Drop (ModelRule: model_no_event, model_type) with the scores in
its `why`, so explain output shows the model's part. Scores are rounded to 4 places: the same
sentence gets the same scores whatever else is in the batch.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.events.filters import Drop, dedupe
from eventcoder.ontology.codes import codes_for
from eventcoder.records import Event, EventType

if TYPE_CHECKING:
    from spacy.language import Language

    from eventcoder.settings import Settings

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "models" / "sentence_events"
TYPES = tuple(t.value for t in EventType)
MODES = ("off", "review", "model")
Scores = Mapping[str, float]


class ModelRule(StrEnum):
    """The drop rules of the second opinion, next to filters.DropRule's (same Drop record)."""

    MODEL_NO_EVENT = "model_no_event"  # the classifier reads no event in the sentence
    MODEL_TYPE = "model_type"  # the classifier gives the candidate another type, or none of its


@dataclass(frozen=True, slots=True)
class Thresholds:
    """How the scores are used (Settings: second_opinion, no_event_threshold,
    type_keep_threshold, retype_threshold)."""

    mode: str = "review"
    no_event: float = 0.5
    keep: float = 0.5
    retype: float = 1.01  # above 1: never retype

    @classmethod
    def of(cls, settings: Settings) -> Thresholds:
        return cls(
            settings.second_opinion,
            settings.no_event_threshold,
            settings.type_keep_threshold,
            settings.retype_threshold,
        )


def best_type(scores: Scores) -> str:
    """The model's most likely type (ties go to the first in PLOVER order)."""
    return max(TYPES, key=lambda t: (scores.get(t, 0.0), -TYPES.index(t)))


def retyped(ev: Event, type_: str) -> Event:
    """The candidate with the model's type: the rule's mode is dropped, codes follow the type."""
    t = EventType(type_)
    codes = codes_for(t, None)
    return replace(
        ev,
        type=t,
        mode=None,
        cameo=codes.cameo,
        quad_class=codes.quad_class,
        goldstein=codes.goldstein,
        plover_score=codes.plover_score,
    )


def _no_event(ev: Event, s: Scores) -> Drop:
    why = f"classifier: no event {s['NO_EVENT']:.2f}, {ev.type.value} {s.get(ev.type.value, 0):.2f}"
    return Drop(ModelRule.MODEL_NO_EVENT, ev.trigger.start, None, why)  # type: ignore[arg-type]


def _type_drop(ev: Event, s: Scores, to: str | None) -> Drop:
    own = f"{ev.type.value} {s.get(ev.type.value, 0):.2f}"
    why = f"classifier: {own} -> {to} {s[to]:.2f}" if to else f"classifier: {own}, not its type"
    return Drop(ModelRule.MODEL_TYPE, ev.trigger.start, None, why)  # type: ignore[arg-type]


def review(
    events: Sequence[Event], scores: Mapping[int, Scores], th: Thresholds
) -> tuple[list[Event], list[Drop]]:
    """Apply the model's scores (by sentence index) to a document's events; the kept events in
    order and a Drop for each candidate removed or retyped."""
    if th.mode == "off" or not events:
        return list(events), []
    if th.mode == "model":
        return _model_only(events, scores, th)
    kept: list[Event] = []
    drops: list[Drop] = []
    for ev in events:
        s = scores[ev.sentence]
        own = s.get(ev.type.value, 0.0)
        if s["NO_EVENT"] >= th.no_event and own < th.keep:
            drops.append(_no_event(ev, s))
            continue
        if own < th.keep:
            best = best_type(s)
            if best != ev.type.value and s[best] >= th.retype:
                drops.append(_type_drop(ev, s, best))
                kept.append(retyped(ev, best))
                continue
        kept.append(ev)
    kept, more = dedupe(kept)
    return kept, drops + more


def _model_only(
    events: Sequence[Event], scores: Mapping[int, Scores], th: Thresholds
) -> tuple[list[Event], list[Drop]]:
    """The model's types for each sentence, with the actors of the rule coder's candidates."""
    kept: list[Event] = []
    drops: list[Drop] = []
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sentence, []).append(ev)
    for sent, group in by_sentence.items():
        s = scores[sent]
        if s["NO_EVENT"] >= th.no_event:
            drops += [_no_event(ev, s) for ev in group]
            continue
        types = [t for t in TYPES if s.get(t, 0.0) >= th.keep] or [best_type(s)]
        base = max(group, key=lambda e: e.confidence)
        for ev in group:
            if ev.type.value in types:
                kept.append(ev)
            else:
                drops.append(_type_drop(ev, s, None))
        for t in types:
            if not any(ev.type.value == t for ev in group):
                new_id = hashlib.sha1(f"{base.id}:{t}".encode()).hexdigest()[:20]
                kept.append(replace(retyped(base, t), id=new_id))
    kept.sort(key=lambda e: (e.sentence, e.trigger.start))
    kept, more = dedupe(kept)
    return kept, drops + more


class SecondOpinion:
    """The classifier and how its scores are used; the model loads on the first sentence scored
    and is kept (one per Coder). Thread-safe loading; a pickled copy loads its own."""

    def __init__(self, path: Path, thresholds: Thresholds) -> None:
        self.path = Path(path)
        self.thresholds = thresholds
        self._nlp: Language | None = None
        self._loading = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> SecondOpinion | None:
        """None when the second opinion is off."""
        th = Thresholds.of(settings)
        if th.mode == "off":
            return None
        return cls(settings.second_opinion_model or MODEL_DIR, th)

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "thresholds": self.thresholds}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], state["thresholds"])  # type: ignore[misc]

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            with self._loading:
                if self._nlp is None:
                    self._nlp = _load(self.path)
        return self._nlp

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """P(label) for each text, rounded to 4 places."""
        return [
            {label: round(float(p), 4) for label, p in doc.cats.items()}
            for doc in self.nlp.pipe(texts)
        ]

    def review(self, events: Sequence[Event]) -> tuple[list[Event], list[Drop]]:
        """Score the sentences of the candidates, then apply the thresholds (`review`)."""
        if not events:
            return [], []
        texts = {ev.sentence: ev.text for ev in events}
        order = sorted(texts)
        got = self.scores([texts[i] for i in order])
        return review(events, dict(zip(order, got, strict=True)), self.thresholds)


def _load(path: Path) -> Language:
    import spacy

    from eventcoder.errors import DataFileError

    if not (path / "config.cfg").is_file():
        raise DataFileError(
            f"{path}: no classifier model here (retrain with tools/train_classifier.py train, "
            "or set second_opinion to 'off')"
        )
    return spacy.load(path)
