"""Coder: loads the spaCy pipeline once and wires the stages; code(text) and pipe(docs)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date as Date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.actors.dictionary import voice_country
from eventcoder.chunking import (
    BATCH_CHARS,
    CHUNK_CHARS,
    MAX_SENTENCE_TOKENS,
    batches,
    cap_sentences,
    shift_event,
    shift_mention,
    split_text,
)
from eventcoder.errors import EventcoderError, InputError
from eventcoder.ingest.jsonl import parse_date
from eventcoder.nlp.original import recut
from eventcoder.ontology.plover import plover_strict
from eventcoder.records import CodedDocument, Document, Event, Mention, Modality
from eventcoder.settings import Settings
from eventcoder.version import __version__

if TYPE_CHECKING:
    from spacy.language import Language

    from eventcoder.actors.dictionary import ActorDictionary
    from eventcoder.events.assembly import EventBuilder
    from eventcoder.events.filters import Drop

log = logging.getLogger(__name__)


def parse_text(text: str) -> str:
    """The text the model parses: a curly apostrophe as the plain one ("we’ll", "they’re"). The
    English pipeline learnt contractions with "'": with "’" it reads "’ll" as no 'will' and "’re"
    as a verb of its own. One character for one, so every offset still points into the original
    text, which evidence and actor spans are cut from (doc.user_data["text"])."""
    return text.replace("\u2019", "'")


def _as_date(value: str | Date | None) -> Date | None:
    if value is None or isinstance(value, Date):
        return value
    return parse_date(value, "date")


def _assemble(settings: Settings) -> Language:
    """The spaCy pipeline: the model, then the actor component (registered by importing it)."""
    from eventcoder.actors.match import COMPONENT
    from eventcoder.nlp.pipeline import build_nlp

    actors = {
        "extra_files": [str(p) for p in settings.actors],
        "defence_sector": settings.defence_sector,
        "cache_dir": str(settings.actor_cache) if settings.actor_cache else None,
    }
    return build_nlp(settings, [(COMPONENT, actors)])


def _event_builder(settings: Settings, nlp: Language) -> EventBuilder:
    from eventcoder.actors.match import COMPONENT
    from eventcoder.events.assembly import EventBuilder
    from eventcoder.events.lexicon import load_lexicon
    from eventcoder.events.places import PlaceFinder
    from eventcoder.events.second_opinion import SecondOpinion

    matcher = nlp.get_pipe(COMPONENT)
    return EventBuilder(
        load_lexicon(settings.triggers),
        matcher.d,  # type: ignore[attr-defined]
        PlaceFinder(matcher.gazetteer),  # type: ignore[attr-defined]  # one index, shared
        __version__,
        SecondOpinion.from_settings(settings),  # its model loads on the first candidate
        require_target=settings.require_target,
    )


@dataclass(frozen=True, slots=True)
class _Piece:
    """Which part of which document a spaCy Doc holds (long documents are split)."""

    document: Document
    start: int  # character offset of the piece in the document text
    index: int
    count: int


class Coder:
    """Codes news text into PLOVER events. The model loads on first use and is kept."""

    def __init__(
        self,
        model: str | None = None,
        *,
        actors: Iterable[str | Path] = (),
        triggers: Iterable[str | Path] = (),
        plover_strict: bool = False,
        asserted_only: bool = False,
        settings: Settings | None = None,
    ) -> None:
        base = settings or Settings()
        updates: dict[str, Any] = {}
        if model:
            updates["model"] = model
        if actors:
            updates["actors"] = tuple(Path(a) for a in actors)
        if triggers:
            updates["triggers"] = tuple(Path(t) for t in triggers)
        if plover_strict:
            updates["plover_strict"] = True
        if asserted_only:
            updates["asserted_only"] = True
        self.settings = base.model_copy(update=updates)
        self._nlp: Language | None = None
        self._builder: EventBuilder | None = None
        self._loading = threading.Lock()  # two threads' first use builds the parts once

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_loading"] = None  # a lock does not pickle; a copy gets its own
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._loading = threading.Lock()

    # ---- lazily built parts -------------------------------------------------------------------
    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            with self._loading:
                if self._nlp is None:
                    self._nlp = _assemble(self.settings)
        return self._nlp

    @property
    def dictionary(self) -> ActorDictionary:
        from eventcoder.actors.match import COMPONENT

        return self.nlp.get_pipe(COMPONENT).d  # type: ignore[attr-defined, no-any-return]

    @property
    def builder(self) -> EventBuilder:
        if self._builder is None:
            nlp = self.nlp
            with self._loading:
                if self._builder is None:
                    self._builder = _event_builder(self.settings, nlp)
        return self._builder

    # ---- coding -------------------------------------------------------------------------------
    def code(
        self, text: str, date: str | Date | None = None, doc_id: str | None = None
    ) -> tuple[Event, ...]:
        """Events of one text; `date` is the publication date relative dates resolve against."""
        doc = Document(id=doc_id or "doc", text=text, date=_as_date(date))
        result = next(self.pipe([doc]))
        if result.error:
            raise InputError(result.error)
        return result.events

    def pipe(
        self, docs: Iterable[Document | str], batch_size: int | None = None, mentions: bool = False
    ) -> Iterator[CodedDocument]:
        """Code many documents with nlp.pipe; a failing document yields its error, not an exception."""
        nlp = self.nlp
        builder = self.builder
        limit = min(CHUNK_CHARS, nlp.max_length - 1)

        def prepared() -> Iterator[Any]:
            for i, item in enumerate(docs):
                document = (
                    item if isinstance(item, Document) else Document(id=f"doc{i + 1}", text=item)
                )
                if len(document.text) > self.settings.max_chars:
                    sdoc = nlp.make_doc("")
                    sdoc.user_data["error"] = (
                        f"document is {len(document.text):,} characters, over the limit of "
                        f"{self.settings.max_chars:,} (Settings.max_chars)"
                    )
                    sdoc.user_data["text"] = ""
                    yield sdoc, _Piece(document, 0, 0, 1)
                    continue
                pieces = split_text(document.text, limit)
                for n, (start, end) in enumerate(pieces):
                    text = document.text[start:end]
                    try:
                        sdoc = nlp.make_doc(parse_text(text))
                    except Exception as exc:  # the tokenizer on bytes it cannot take
                        sdoc = nlp.make_doc("")
                        sdoc.user_data["error"] = f"cannot tokenize ({exc!r})"
                    cap_sentences(sdoc, MAX_SENTENCE_TOKENS)
                    sdoc.user_data["text"] = text
                    sdoc._.pub_date = document.date
                    sdoc._.doc_id = document.id
                    sdoc._.voice = voice_country(self.dictionary, document.source)
                    yield sdoc, _Piece(document, start, n, len(pieces))

        parts: list[tuple[_Piece, Any]] = []
        size = batch_size or self.settings.batch_size
        for sdoc, piece in (
            coded
            for group in batches(prepared(), size, BATCH_CHARS)
            for coded in nlp.pipe(group, as_tuples=True, batch_size=len(group))
        ):
            parts.append((piece, sdoc))
            if piece.index + 1 < piece.count:
                continue
            document = piece.document
            done, parts = parts, []
            try:
                events: list[Event] = []
                found: list[Mention] = []
                sentences = 0
                for part, pdoc in done:
                    if "error" in pdoc.user_data:
                        raise InputError(pdoc.user_data["error"])
                    chunk = replace(document, text=pdoc.user_data["text"])
                    got = builder.events(pdoc, chunk)
                    parsed = parse_text(chunk.text)
                    events.extend(
                        shift_event(
                            recut(ev, chunk.text, parsed), part.start, sentences, document.sha
                        )
                        for ev in got
                    )
                    if mentions:
                        found.extend(
                            shift_mention(recut(m, chunk.text, parsed), part.start, sentences)
                            for m in builder.mentions(pdoc, chunk)
                        )
                    sentences += sum(1 for _ in pdoc.sents) if part.count > 1 else 0
                yield CodedDocument(document, self._finish(tuple(events)), tuple(found))
            except EventcoderError as exc:
                yield CodedDocument(document, error=f"{document.id}: {exc}")
            except Exception as exc:  # a bug on one document must not kill the batch
                log.exception("coding %s failed", document.id)
                yield CodedDocument(document, error=f"{document.id}: internal error ({exc!r})")

    def explain(self, document: Document) -> tuple[tuple[Event, ...], tuple[Drop, ...]]:
        """The events of one document, as `pipe` codes them, and every candidate dropped on the
        way with the rule that dropped it and why (`eventcoder code --explain`)."""
        nlp, builder = self.nlp, self.builder
        pieces = split_text(document.text, min(CHUNK_CHARS, nlp.max_length - 1))
        events: list[Event] = []
        drops: list[Drop] = []
        sentences = 0
        for start, end in pieces:
            text = document.text[start:end]
            sdoc = nlp.make_doc(parse_text(text))
            cap_sentences(sdoc, MAX_SENTENCE_TOKENS)
            sdoc.user_data["text"] = text
            sdoc._.pub_date = document.date
            sdoc._.doc_id = document.id
            sdoc._.voice = voice_country(self.dictionary, document.source)
            pdoc = nlp(sdoc)
            got, dropped = builder.explain(pdoc, replace(document, text=text))
            parsed = parse_text(text)
            events.extend(
                shift_event(recut(ev, text, parsed), start, sentences, document.sha) for ev in got
            )
            drops.extend(
                replace(d, trigger=d.trigger + start, by=None if d.by is None else d.by + start)
                for d in dropped
            )
            sentences += sum(1 for _ in pdoc.sents) if len(pieces) > 1 else 0
        kept = self._finish(tuple(events))
        return kept, tuple(drops) + self._unsure(events, kept)

    def _unsure(self, events: list[Event], kept: tuple[Event, ...]) -> tuple[Drop, ...]:
        """The events left out for a confidence below min_confidence, as drops (--explain)."""
        from eventcoder.events.filters import Drop, DropRule

        floor = self.settings.min_confidence
        ids = {ev.id for ev in kept}
        return tuple(
            Drop(
                DropRule.LOW_CONFIDENCE,
                ev.trigger.start,
                None,
                f"confidence {ev.why.confidence if ev.why else ev.confidence} below {floor}",
            )
            for ev in events
            if ev.id not in ids and ev.confidence < floor
        )

    def _finish(self, events: tuple[Event, ...]) -> tuple[Event, ...]:
        out = []
        for ev in events:
            if self.settings.asserted_only and ev.modality is not Modality.ASSERTED:
                continue
            if ev.confidence < self.settings.min_confidence:
                continue
            if self.settings.plover_strict:
                ev = plover_strict(ev)
            out.append(ev)
        return tuple(out)

    # ---- actors -------------------------------------------------------------------------------
    def resolve_actor(self, query: str, date: str | Date | None = None) -> dict[str, Any]:
        """Who a name or short phrase is on a date, and which entry or rule says so."""
        from eventcoder.actors.lookup import resolve_phrase

        return resolve_phrase(self.nlp, query, _as_date(date))
