"""One document as the event stage sees it: built once per document, passed to every rule.

Nothing per document is kept on the EventBuilder, so one builder can code documents in threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventcoder.actors.records import ActorKind, Rule
from eventcoder.nlp.ents import doc_ents
from eventcoder.nlp.gazetteer import Gazetteer
from eventcoder.ontology.plover import NON_STATE
from eventcoder.records import Document


@dataclass(frozen=True, slots=True)
class Scene:
    doc: Doc
    document: Document
    mention_at: dict[int, Span]  # token index -> the actor mention covering it
    place_at: dict[int, Span]  # the same, for mentions that are places or countries
    sent_of: dict[int, int]  # token index -> sentence index
    doc_country: str | None  # the country the document names most
    # sentence index -> places no actor mention resolved, with their GeoNames country
    # ("near San Francisco", where "San Francisco" was read as an unknown name)
    geo: dict[int, list[tuple[Span, str]]] = field(default_factory=dict)
    # the country the text itself names most, leaving out pronouns and the publisher's "we":
    # whom unnamed groups of a publisher's release belong to ("we urge the parties")
    named_country: str | None = None
    # the one country the lede names (story_country): where a news story happens
    story_country: str | None = None

    @classmethod
    def of(cls, doc: Doc, document: Document, gazetteer: Gazetteer | None = None) -> Scene:
        mention_at: dict[int, Span] = {}
        for span in doc.spans.get("actors", []):
            for t in range(span.start, span.end):
                mention_at[t] = span
        place_at = {
            i: m
            for i, m in mention_at.items()
            if m._.actors[0].kind in {ActorKind.PLACE, ActorKind.COUNTRY}
        }
        sent_of = sentence_index(doc)
        geo = geo_places(doc, mention_at, sent_of, gazetteer) if gazetteer is not None else {}
        named = dominant_country(doc, skip=NOT_NAMED)
        story = story_country(doc, sent_of)
        return cls(
            doc, document, mention_at, place_at, sent_of, dominant_country(doc), geo, named, story
        )

    def country_of_unplaced(self, span: Span) -> str | None:
        """The country of a group nothing in its sentence places: the document's, counting the
        publisher's "we", for a proper-named institution (a publisher names its own "the
        Department of the Treasury"); for common-noun groups the country the text itself names
        most ("we urge the parties" in a release on Yemen)."""
        if worldwide(span.root):
            return None  # "journalists around the world" are no one country's
        named = None if span.root.pos_ == "PROPN" else self.story_country or self.named_country
        return named or self.doc_country

    def country_of_unnamed(self) -> str | None:
        """The country of unnamed doers ("police", "were arrested", "protesters"): where the
        story happens, which the lede says, before the country the document names most (a
        British theft story that talks about an artwork called "America" and US buyers)."""
        return self.story_country or self.doc_country


WORLD_WORDS = {"world", "globe", "planet"}
WORLD_ADJECTIVES = {"worldwide", "global", "international"}


def worldwide(head: Token) -> bool:
    """ "journalists around the world", "people across the globe", "global civil society": a
    group spread over the world, which no country's document makes its own."""
    if any(c.dep_ == "amod" and c.lower_ in WORLD_ADJECTIVES for c in head.children):
        return True
    return any(
        p.dep_ == "prep"
        and p.lower_ in {"around", "across", "throughout", "all", "over", "in"}
        and any(o.dep_ == "pobj" and o.lower_ in WORLD_WORDS for o in p.children)
        for p in head.children
    )


def sentence_index(doc: Doc) -> dict[int, int]:
    out = {}
    for i, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            out[t] = i
    return out


def geo_places(
    doc: Doc, mention_at: dict[int, Span], sent_of: dict[int, int], gazetteer: Gazetteer
) -> dict[int, list[tuple[Span, str]]]:
    """Place names (GPE, LOC) that no mention gives a country, looked up in GeoNames among the
    countries the mentions give (a name several countries' towns share)."""
    out: dict[int, list[tuple[Span, str]]] = {}
    named = {a.country for m in mention_at.values() for a in m._.actors if a.country}
    for ent in doc_ents(doc):
        if ent.label_ not in {"GPE", "LOC"}:
            continue
        if any(
            t in mention_at and mention_at[t]._.actors[0].country for t in range(ent.start, ent.end)
        ):
            continue
        hit = gazetteer.lookup(ent.text, named)
        if hit is not None and hit.country:
            out.setdefault(sent_of[ent.start], []).append((ent, hit.country))
    return out


# mentions whose country the text does not name: a pronoun repeats its antecedent, and the
# publisher's "we" and untitled officials name the publisher, not what it writes about
NOT_NAMED = frozenset({Rule.PRONOUN, Rule.PRONOUN_SIDES, Rule.WE, Rule.PUBLISHER})


# the sentences that open a news story and say where it happens
LEDE_SENTENCES = 2


def story_country(doc: Doc, sent_of: dict[int, int]) -> str | None:
    """The only state country the lede's own mentions name (not pronouns), or None when it
    names none or several. A publisher's release has none: it is about what its publisher
    does abroad, and its lede names the place of a trip, not who acts there."""
    if doc.has_extension("voice") and doc._.voice:
        return None
    named: set[str] = set()
    for span in doc.spans.get("actors", []):
        if sent_of.get(span.start, LEDE_SENTENCES) >= LEDE_SENTENCES:
            continue
        for info in span._.actors:
            if info.how.mentions(set(NOT_NAMED)):
                continue
            if info.country and info.country not in NON_STATE:
                named.add(info.country)
    return next(iter(named)) if len(named) == 1 else None


def dominant_country(doc: Doc, skip: frozenset[Rule] = frozenset()) -> str | None:
    """The country the document's mentions give most, leaving out those resolved by a rule
    in `skip`."""
    counts: dict[str, int] = {}
    for span in doc.spans.get("actors", []):
        for info in span._.actors:
            if skip and info.how.mentions(set(skip)):
                continue
            if info.country and info.country not in NON_STATE:
                counts[info.country] = counts.get(info.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None
