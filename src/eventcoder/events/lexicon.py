"""The trigger lexicon: YAML data files validated into TriggerEntry records, indexed by lemma."""

from __future__ import annotations

import reprlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator
from spacy.strings import hash_string  # type: ignore[attr-defined]  # in spaCy, not its stub

from eventcoder.datafiles import read_yaml
from eventcoder.errors import DataFileError
from eventcoder.ontology.codes import modes_of
from eventcoder.ontology.plover import CONTEXTS
from eventcoder.records import EventType


class TriggerEntry(BaseModel):
    """One trigger: a lemma (with optional conditions) that signals a PLOVER type."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lemma: str
    pos: Literal["VERB", "NOUN", "ADJ"] = "VERB"
    type: EventType
    mode: str | None = None
    context: tuple[str, ...] = ()
    with_: tuple[str, ...] = ()  # lemmas that must be children (particles, prepositions, objects)
    without: tuple[str, ...] = ()  # lemmas that must not be children
    # lemmas that must all be children: a frame of two parts ("work with X on Y")
    all_of: tuple[str, ...] = ()
    object: tuple[str, ...] = ()  # the direct object's lemma must be one of these (light verbs)
    governor: tuple[str, ...] = ()  # the word the trigger hangs from ("opened fire": open)
    pobj: tuple[str, ...] = ()  # a prepositional object's lemma ("withdrew from the treaty")
    # prepositional objects that undo the frame ("retreated from its goal": a stance, no troops)
    without_pobj: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()  # the doer's head lemma ("troops left Mali", not "Aristide left")
    # a lemma anywhere under the trigger ("warned that relations would suffer": the consequence)
    clause: tuple[str, ...] = ()
    dobj: Literal["target", "object", "source"] = "target"
    of: Literal["source", "target", "object"] = "object"
    target_preps: tuple[str, ...] = ("to", "with", "against", "on", "toward", "towards", "into")
    source_preps: tuple[str, ...] = ("by",)
    # "asserted" where the frame itself is the act: "would not allow" is a refusal that happened
    modality: Literal["asserted", "hypothetical", "future", "negated"] | None = None
    reciprocal: bool = False
    light: bool = False  # yields to a trigger noun as its object: "offered an apology" is CONCEDE
    needs_target: bool = False  # no event without an actor target ("called the claims baseless")
    # every conjunct of the object is in `object` ("withdrew its ambassador", not "its ambassador
    # and its troops": mixed objects leave the verb to its plain entry)
    sole_object: bool = False
    # takes no direct object: "rallied against the law" protests, "rallied allies" musters them
    intransitive: bool = False
    # the doer is who says it, the target the verb's subject ("said X would pay a heavy price")
    speaker: bool = False
    # the `pobj` word is another's act the trigger judges ("concerned about Russia's detention of
    # the journalists"): it stays an event of its own instead of a word of the frame
    judged_pobj: bool = False
    example: str
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _rename_with(cls, data: Any) -> Any:
        if isinstance(data, dict) and "with" in data:
            data = dict(data)
            data["with_"] = data.pop("with")
        return data

    @model_validator(mode="after")
    def _check(self) -> TriggerEntry:
        if self.mode and self.mode not in modes_of(self.type):
            raise ValueError(f"mode {self.mode!r} is not a PLOVER mode of {self.type}")
        bad = [c for c in self.context if c not in CONTEXTS]
        if bad:
            raise ValueError(f"unknown context(s) {bad}")
        return self

    @property
    def specificity(self) -> tuple[int, int]:
        """Entries with more kinds of condition first; among equals, the narrower list first."""
        kinds = (
            2 * bool(self.with_)
            + 2 * bool(self.all_of)
            + 2 * bool(self.object)
            + 2 * bool(self.governor)
            + 2 * bool(self.pobj)
            + 2 * bool(self.subject)
            + 2 * bool(self.clause)
            + bool(self.without)
        )
        return (
            kinds,
            -len(self.with_)
            - len(self.all_of)
            - len(self.object)
            - len(self.governor)
            - len(self.subject)
            - len(self.clause),
        )


class ContextWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    context: str
    words: list[str]


@dataclass
class Lexicon:
    entries: list[TriggerEntry]
    by_lemma: dict[tuple[str, str], list[TriggerEntry]]
    context_words: dict[str, str]
    agent_verbs: frozenset[str]
    files: list[str]
    lemma_fixes: dict[str, str] = field(default_factory=dict)  # the model's wrong lemmas

    @cached_property
    def words(self) -> frozenset[str]:
        """Every trigger lemma, for a fast first pass over a document."""
        return frozenset(lemma for lemma, _ in self.by_lemma)

    @cached_property
    def word_ids(self) -> frozenset[int]:
        """Hashes of the trigger lemmas and of the lemmas the model gets wrong (spaCy string ids)."""
        return frozenset(hash_string(w) for w in self.words | set(self.lemma_fixes))


def load_lexicon(extra: tuple[Path, ...] | list[Path] = ()) -> Lexicon:
    """build_lexicon(extra), from the compiled cache when no file changed (lexicon_cache.py)."""
    from eventcoder.events.lexicon_cache import cached_lexicon

    return cached_lexicon(extra, build_lexicon)


def build_lexicon(extra: tuple[Path, ...] | list[Path] = ()) -> Lexicon:
    """Every built-in trigger file, then the user's; errors name the file and the entry."""
    base = resources.files("eventcoder") / "data" / "triggers"
    paths: list[Any] = sorted(
        (p for p in base.iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name
    )
    paths += [Path(p) for p in extra]
    entries: list[TriggerEntry] = []
    context_words: dict[str, str] = {}
    agent_verbs: set[str] = set()
    fixes: dict[str, str] = {}
    for path in paths:
        data = read_yaml(path, "trigger")
        if not isinstance(data, dict):
            raise DataFileError(
                f"{path}: a trigger file maps 'triggers' (and optionally "
                "'context_words', 'agent_verbs') to lists"
            )
        for i, item in enumerate(data.get("triggers") or []):
            try:
                entries.append(TriggerEntry.model_validate(item))
            except ValidationError as exc:
                err = exc.errors()[0]
                label = item.get("lemma") if isinstance(item, dict) else item
                label = label[:60] if isinstance(label, str) else reprlib.repr(label)[:60]
                loc = ".".join(str(x) for x in err["loc"]) or "entry"
                raise DataFileError(
                    f"{path}: trigger {i + 1} ({label}): {loc}: {err['msg']}"
                ) from None
        for i, item in enumerate(data.get("context_words") or []):
            try:
                cw = ContextWords.model_validate(item)
            except ValidationError as exc:
                err = exc.errors()[0]
                loc = ".".join(str(x) for x in err["loc"]) or "entry"
                raise DataFileError(f"{path}: context_words {i + 1}: {loc}: {err['msg']}") from None
            if cw.context not in CONTEXTS:
                raise DataFileError(f"{path}: unknown context {cw.context!r}")
            for w in cw.words:
                context_words[w.lower()] = cw.context
        agent_verbs |= {v.lower() for v in data.get("agent_verbs") or []}
        fixes.update(
            {str(k).lower(): str(v).lower() for k, v in (data.get("lemma_fixes") or {}).items()}
        )
    by_lemma: dict[tuple[str, str], list[TriggerEntry]] = defaultdict(list)
    for e in entries:
        by_lemma[(e.lemma.lower(), e.pos)].append(e)
    for key in by_lemma:
        by_lemma[key].sort(key=lambda e: e.specificity, reverse=True)
    return Lexicon(
        entries,
        dict(by_lemma),
        context_words,
        frozenset(agent_verbs),
        [str(p) for p in paths],
        fixes,
    )
