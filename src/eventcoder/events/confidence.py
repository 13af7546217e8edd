"""How likely a coded event is right, from how it was coded.

Each event gets features of the way it was found: how each side was reached (the trigger's
subject or object, a modifier of a noun trigger, a prepositional phrase, a word further off in
the sentence, the text before it, the publisher, a pronoun, a default or guessed country), what
kind of actor each side is, the trigger (noun or verb, a conditioned entry), the type, the
modality, and the sentence (length, clause depth, a quote, a report, a question). A logistic
model turns them into a probability; its coefficients live in data/confidence.yaml, fitted by
tools/fit_confidence.py on the dev split and the judged stream rounds (an event is right when it
matches a gold event, or was judged right). --explain shows the value and its main factors.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator
from spacy.tokens import Span, Token

from eventcoder.actors.records import ActorInfo, ActorKind, Rule
from eventcoder.errors import DataFileError
from eventcoder.events.lexicon import TriggerEntry
from eventcoder.nlp.scan import doc_text, span_group
from eventcoder.records import EventType, Modality

Side = tuple[Span, ActorInfo]

DATA_FILE = "confidence.yaml"

# how a side was reached from the trigger, read from the parse path between them
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent"}
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd", "iobj"}
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod", "appos", "npadvmod"}
REACH = ("subject", "object", "modifier", "prep", "other", "far", "context")
# rules that mean the side's country came from the document, not from the words of the side
PUBLISHER_RULES = {Rule.PUBLISHER, Rule.WE}
PRONOUN_RULES = {
    Rule.PRONOUN,
    Rule.PRONOUN_SIDES,
    Rule.REFERS_BACK,
    Rule.IN_PLAY,
    Rule.SPEAKERS_OFFICE,
}
GUESSED_RULES = {
    Rule.SENTENCE_PLACE,
    Rule.DOCUMENT_COUNTRY,
    Rule.UNNAMED_PLACED,
    Rule.UNNAMED_PROTESTERS,
    Rule.UNNAMED_AUTHORITIES,
    Rule.POSSESSOR,
}
DEFAULT_TARGET_RULES = {Rule.DOMESTIC_ACT, Rule.PROTEST_TARGET, Rule.LOCAL_VICTIMS}
STATE_KINDS = {ActorKind.COUNTRY, ActorKind.CAPITAL, ActorKind.SEAT, ActorKind.ADJECTIVE}
PEOPLE_KINDS = {ActorKind.NOUN, ActorKind.GROUP, ActorKind.PEOPLE, ActorKind.TITLE}
QUOTES = {'"', "“", "”", "‘", "’"}
# where the trigger stands in its sentence: the main clause, a complement, a modifying clause, a
# prepositional phrase, an argument of another word
CLAUSE_PLACES = ("root", "complement", "modifier_clause", "in_phrase", "argument")
CLAUSE_OF = {
    "ROOT": "root",
    "conj": "root",
    "ccomp": "complement",
    "xcomp": "complement",
    "advcl": "modifier_clause",
    "relcl": "modifier_clause",
    "acl": "modifier_clause",
    "pobj": "in_phrase",
    "pcomp": "in_phrase",
    "dobj": "argument",
    "nsubj": "argument",
    "nsubjpass": "argument",
    "attr": "argument",
    "appos": "argument",
}
MODALITIES = (Modality.FUTURE, Modality.HYPOTHETICAL, Modality.NEGATED, Modality.HISTORICAL)

FEATURES: tuple[str, ...] = (
    *(f"source_{r}" for r in REACH),
    "source_publisher",
    "source_pronoun",
    "source_guessed",
    "source_state",
    "source_person",
    "source_org",
    "source_people",
    "source_place",
    "source_several",
    "target_none",
    *(f"target_{r}" for r in REACH),
    "target_fallback",
    "target_default",
    "target_publisher",
    "target_pronoun",
    "target_guessed",
    "target_state",
    "target_person",
    "target_org",
    "target_people",
    "target_place",
    "symmetric",
    "same_country",
    "trigger_noun",
    "trigger_conditioned",
    "trigger_light",
    *(f"trigger_{c}" for c in CLAUSE_PLACES),
    "dated",
    "sentence_actors",
    *(f"type_{t.value}" for t in EventType),
    *(f"modality_{m.value}" for m in MODALITIES),
    "sentence_length",
    "clause_depth",
    "quoted",
    "reported",
    "question",
    "first_person",
    "fuzzy_name",
)
# what each feature means, for --explain
LABELS: dict[str, str] = {
    **{f"source_{r}": f"source is the trigger's {r}" for r in REACH[:4]},
    "source_other": "source is another word near the trigger",
    "source_far": "source is elsewhere in the sentence",
    "source_context": "source is in the text before the sentence",
    **{f"target_{r}": f"target is the trigger's {r}" for r in REACH[:4]},
    "target_other": "target is another word near the trigger",
    "target_far": "target is elsewhere in the sentence",
    "target_context": "target is in the text before the sentence",
    "source_publisher": "source is the publisher ('we')",
    "source_pronoun": "source reached through a pronoun or earlier mention",
    "source_guessed": "source's country guessed from a place or the document",
    "source_state": "source is a state",
    "source_person": "source is a named person",
    "source_org": "source is an organisation",
    "source_people": "source is a group or sector noun",
    "source_place": "source is a place",
    "source_several": "several source countries",
    "target_none": "no target",
    "target_fallback": "target is only another actor of the sentence",
    "target_default": "target is the doer's own country by default",
    "target_publisher": "target is the publisher ('we')",
    "target_pronoun": "target reached through a pronoun or earlier mention",
    "target_guessed": "target's country guessed from a place or the document",
    "target_state": "target is a state",
    "target_person": "target is a named person",
    "target_org": "target is an organisation",
    "target_people": "target is a group or sector noun",
    "target_place": "target is a place",
    "symmetric": "symmetric event",
    "same_country": "both sides of one country",
    "trigger_noun": "noun trigger",
    "trigger_conditioned": "trigger entry with conditions",
    "trigger_light": "light-verb trigger",
    "trigger_root": "trigger in the main clause",
    "trigger_complement": "trigger in a complement clause",
    "trigger_modifier_clause": "trigger in a relative or adverbial clause",
    "trigger_in_phrase": "trigger inside a prepositional phrase",
    "trigger_argument": "trigger is another word's argument",
    "dated": "the sentence dates the event",
    "sentence_actors": "many actors in the sentence",
    **{f"type_{t.value}": f"type {t.value}" for t in EventType},
    **{f"modality_{m.value}": f"modality {m.value}" for m in MODALITIES},
    "sentence_length": "sentence length",
    "clause_depth": "trigger deep in its clause",
    "quoted": "inside a quotation",
    "reported": "reported by a speaker",
    "question": "in a question",
    "first_person": "first-person sentence",
    "fuzzy_name": "a side read from a near spelling",
}
FIRST_PERSON = {"i", "we", "our", "us", "my", "me"}


# ---- features ---------------------------------------------------------------------------------
def _reach(span: Span, tok: Token, governor: Token | None, sent: Span) -> str:
    """How the side's words hang from the trigger (or the word the trigger hangs from)."""
    if span.end <= sent.start or span.start >= sent.end:
        return "context"
    if span.start <= sent.start and span.end >= sent.end:
        return "far"  # the whole sentence stands for an unnamed side
    anchors = {tok.i} | ({governor.i} if governor is not None else set())
    cur = span.root
    for _ in range(4):
        if cur.head.i in anchors:
            dep = cur.dep_
            if dep in SUBJECT_DEPS:
                return "subject"
            if dep in OBJECT_DEPS:
                return "object"
            if dep in MODIFIER_DEPS:
                return "modifier"
            if dep == "prep":
                return "prep"
            return "other"
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return "far"


def _kind(info: ActorInfo) -> str:
    if info.kind in STATE_KINDS:
        return "state"
    if info.kind in {ActorKind.PERSON, ActorKind.SURNAME}:
        return "person"
    if info.kind is ActorKind.ORG:
        return "org"
    if info.kind is ActorKind.PLACE:
        return "place"
    return "people"


def _side(prefix: str, sides: list[Side], tok: Token, gov: Token | None, sent: Span) -> dict:
    out: dict[str, float] = {}
    for span, info in sides:
        out[f"{prefix}_{_reach(span, tok, gov, sent)}"] = 1.0
        out[f"{prefix}_{_kind(info)}"] = 1.0
        if info.how.mentions(PUBLISHER_RULES):
            out[f"{prefix}_publisher"] = 1.0
        if info.how.mentions(PRONOUN_RULES):
            out[f"{prefix}_pronoun"] = 1.0
        if info.how.mentions(GUESSED_RULES):
            out[f"{prefix}_guessed"] = 1.0
        if prefix == "target" and info.how.mentions(DEFAULT_TARGET_RULES):
            out["target_default"] = 1.0
    return out


def _depth(tok: Token) -> int:
    n, cur = 0, tok
    while cur.head.i != cur.i and n < 12:
        cur = cur.head
        n += 1
    return n


def _quoted(tok: Token, sent: Span) -> bool:
    """An odd number of quotation marks before the trigger in its sentence."""
    marks = [t for t in sent if t.i < tok.i and t.text in QUOTES]
    return len(marks) % 2 == 1


def features(
    tok: Token,
    entry: TriggerEntry,
    governor: Token | None,
    sources: list[Side],
    targets: list[Side],
    *,
    guessed_target: bool,
    symmetric: bool,
    modality: Modality,
    reported: bool,
    dated: bool = False,
) -> dict[str, float]:
    """The features of one coded event (names in FEATURES; absent ones are 0)."""
    sent = tok.sent
    out: dict[str, float] = {}
    out.update(_side("source", sources, tok, governor, sent))
    out.update(_side("target", targets, tok, governor, sent))
    if len({i.country for _, i in sources}) > 1:
        out["source_several"] = 1.0
    if not targets:
        out["target_none"] = 1.0
    if guessed_target:
        out["target_fallback"] = 1.0
    if symmetric:
        out["symmetric"] = 1.0
    if targets and {i.country for _, i in sources} & {i.country for _, i in targets}:
        out["same_country"] = 1.0
    if entry.pos == "NOUN":
        out["trigger_noun"] = 1.0
    if entry.with_ or entry.object or entry.governor or entry.pobj or entry.subject or entry.clause:
        out["trigger_conditioned"] = 1.0
    if entry.light:
        out["trigger_light"] = 1.0
    place = CLAUSE_OF.get(tok.dep_)
    if place is not None:
        out[f"trigger_{place}"] = 1.0
    if dated:
        out["dated"] = 1.0
    actors = [s for s in span_group(tok.doc, "actors") if sent.start <= s.start < sent.end]
    out["sentence_actors"] = min(len(actors) / 5.0, 2.0)
    out[f"type_{entry.type.value}"] = 1.0
    if modality is not Modality.ASSERTED:
        out[f"modality_{modality.value}"] = 1.0
    out["sentence_length"] = min(len(sent) / 40.0, 2.0)
    out["clause_depth"] = min(_depth(tok) / 4.0, 2.0)
    if _quoted(tok, sent):
        out["quoted"] = 1.0
    if reported:
        out["reported"] = 1.0
    text = doc_text(tok.doc)[sent.start_char : sent.end_char]
    if text.rstrip().rstrip("\"'”’)] ").endswith("?"):
        out["question"] = 1.0
    if any(t.lower_ in FIRST_PERSON for t in sent):
        out["first_person"] = 1.0
    if any(i.confidence < 1.0 for _, i in [*sources, *targets]):
        out["fuzzy_name"] = 1.0
    return {k: v for k, v in out.items() if v}


# ---- the model --------------------------------------------------------------------------------
class ConfidenceModel(BaseModel):
    """Logistic coefficients over FEATURES, and how they were fitted."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    intercept: float
    weights: dict[str, float]
    fitted_on: dict[str, Any]  # what the tool read: events per set, right share, penalty

    @field_validator("weights")
    @classmethod
    def _known(cls, w: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(w) - set(FEATURES))
        if unknown:
            raise ValueError(f"unknown features {unknown}")
        bad = sorted(k for k, v in w.items() if not math.isfinite(v) or abs(v) > 20)
        if bad:
            raise ValueError(f"weights out of range for {bad}")
        return w

    @model_validator(mode="after")
    def _finite(self) -> ConfidenceModel:
        if not math.isfinite(self.intercept) or abs(self.intercept) > 20:
            raise ValueError("intercept out of range")
        return self

    def score(self, feats: dict[str, float]) -> Confidence:
        """The probability that the event is right, and the features that weigh most in it."""
        parts = [(k, self.weights.get(k, 0.0) * v) for k, v in feats.items()]
        z = self.intercept + sum(c for _, c in parts)
        value = 1.0 / (1.0 + math.exp(-z))
        top = sorted((p for p in parts if abs(p[1]) >= 0.05), key=lambda p: (-abs(p[1]), p[0]))
        factors = tuple((k, round(c, 2)) for k, c in top)
        return Confidence(round(value, 3), factors, tuple(sorted(feats.items())))


@dataclass(frozen=True, slots=True)
class Confidence:
    value: float
    factors: tuple[tuple[str, float], ...]  # (feature, its share of the log-odds), largest first
    features: tuple[tuple[str, float], ...] = ()  # every feature of the event, by name

    def explain(self, n: int = 4) -> str:
        """ "0.62: source is the trigger's subject +0.80, noun trigger -0.45, ..." """
        shown = ", ".join(f"{LABELS.get(k, k)} {c:+.2f}" for k, c in self.factors[:n])
        return f"{self.value:.2f}" + (f" ({shown})" if shown else "")


def parse_model(data: Any, where: str) -> ConfidenceModel:
    try:
        return ConfidenceModel.model_validate(data)
    except ValidationError as exc:
        raise DataFileError(f"{where}: not a confidence model ({exc.errors()[0]['msg']})") from None


@lru_cache(maxsize=1)
def default_model() -> ConfidenceModel:
    """The shipped coefficients (data/confidence.yaml), read once."""
    text = (resources.files("eventcoder") / "data" / DATA_FILE).read_text(encoding="utf-8")
    return parse_model(yaml.safe_load(text), DATA_FILE)
