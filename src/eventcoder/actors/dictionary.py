"""Load and validate the actor dictionary (YAML data files) into one lookup structure.

Files are checked with one pydantic model per kind; an error names the file and the entry.
"""

from __future__ import annotations

import re
import reprlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel, ValidationError

from eventcoder.actors.models import (  # noqa: F401  (re-exported: the schema lives in models)
    OFFICES,
    SECTORS,
    STATE_SECTORS,
    CountryModel,
    GenericModel,
    NounModel,
    OrgModel,
    PersonModel,
    RoleModel,
    SeatModel,
    SectorsModel,
    TitleModel,
)
from eventcoder.actors.phrases import fold
from eventcoder.actors.records import ActorKind
from eventcoder.datafiles import read_yaml
from eventcoder.errors import DataFileError
from eventcoder.records import Actor, Role


class Entry(NamedTuple):
    """What a surface string in text can mean (a tuple: it pickles and loads fast).

    kind: country | adjective | people | capital | seat | org | person | title | noun
    """

    kind: ActorKind
    key: str  # country code, org id, person id, or the title/noun text
    country: str | None = None
    sector: str | None = None
    office: str | None = None


@dataclass
class ActorDictionary:
    """All actor knowledge, indexed by lower-cased surface string."""

    countries: dict[str, CountryModel] = field(default_factory=dict)
    people: dict[str, Actor] = field(default_factory=dict)
    orgs: dict[str, OrgModel] = field(default_factory=dict)
    surface: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    surnames: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[str, TitleModel] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    people_nouns: set[str] = field(default_factory=set)
    place_nouns: set[str] = field(default_factory=set)
    group_phrases: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)  # "Central America": no country's
    place_named_things: set[str] = field(default_factory=set)  # "the Minsk process"
    leader_titles: set[str] = field(default_factory=set)
    office_sectors: dict[str, str] = field(default_factory=dict)
    sectorless: set[str] = field(default_factory=set)
    files: list[str] = field(default_factory=list)
    by_country: dict[str, list[Actor]] = field(default_factory=dict)  # people by role country
    regional: dict[str, str] = field(default_factory=dict)  # "Tigrayan" -> ETH
    office_overrides: dict[str, str] = field(default_factory=dict)  # settings over generic.yaml
    surname_forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    folded: dict[str, str] = field(default_factory=dict)  # "erdogan" -> "erdoğan" (surface keys)
    lower_names: set[str] = field(default_factory=set)  # names written lower-case ("yakuza", "dpa")
    given_names: set[str] = field(default_factory=set)  # first words of people's names ("richard")
    genders: dict[str, str] = field(default_factory=dict)  # person id -> "m" | "f", where known
    _org_cache: dict[str, frozenset[str]] = field(default_factory=dict)

    def _org_keys(self, org: str) -> frozenset[str]:
        """Every name an organisation goes by ("UN", "United Nations"), for matching role `org`."""
        if org not in self._org_cache:
            keys = {org}
            for o in self.orgs.values():
                names = {normalise(o.id), normalise(o.name), *(normalise(a) for a in o.aliases)}
                if org in names:
                    keys |= names
            self._org_cache[org] = frozenset(keys)
        return self._org_cache[org]

    # ---- pickling (the compiled cache): people and entries as tuples load several times faster
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["people"] = [_actor_row(a) for a in self.people.values()]
        state["by_country"] = {c: [a.id for a in v] for c, v in self.by_country.items()}
        state["surface"] = dict(self.surface)
        state["_org_cache"] = {}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        people = {row[0]: _actor_from_row(row) for row in state["people"]}
        state["people"] = people
        state["by_country"] = {c: [people[i] for i in v] for c, v in state["by_country"].items()}
        state["surface"] = defaultdict(list, state["surface"])
        self.__dict__.update(state)

    # ---- building -------------------------------------------------------------------------
    def _add(self, text: str, entry: Entry, shared: bool = False) -> None:
        key = normalise(text)
        if not key:
            return
        self.folded.setdefault(fold(key), key)
        bucket = self.surface[key]
        if shared:
            # a name two countries share: both meanings stay, in load order
            if entry not in bucket:
                bucket.append(entry)
            return
        # a later file overrides an earlier entry of the same kind for the same string
        bucket[:] = [e for e in bucket if not (e.kind == entry.kind and e.key == entry.key)]
        if entry.kind in {
            ActorKind.COUNTRY,
            ActorKind.CAPITAL,
            ActorKind.ADJECTIVE,
            ActorKind.PEOPLE,
            ActorKind.SEAT,
        }:
            bucket[:] = [e for e in bucket if e.kind != entry.kind]
        elif entry.kind == ActorKind.ORG:
            # two organisations of different countries may share a name ("Democrats"): both
            # stay, and the document's countries choose; one of the same country is replaced
            bucket[:] = [e for e in bucket if e.kind != entry.kind or e.country != entry.country]
        bucket.append(entry)

    def add_country(self, c: CountryModel) -> None:
        self.countries[c.code] = c
        for text in [c.name, *c.names]:
            self._add(text, Entry(ActorKind.COUNTRY, c.code, c.code))
            if text.lower().startswith("the "):
                self._add(text[4:], Entry(ActorKind.COUNTRY, c.code, c.code))
        self._add(c.code, Entry(ActorKind.COUNTRY, c.code, c.code))
        for text in c.shared:
            self._add(text, Entry(ActorKind.COUNTRY, c.code, c.code), shared=True)
            if text.lower().startswith("the "):
                self._add(text[4:], Entry(ActorKind.COUNTRY, c.code, c.code), shared=True)
        for text in c.adjectives:
            self._add(text, Entry(ActorKind.ADJECTIVE, c.code, c.code))
        for text in c.people:
            self._add(text, Entry(ActorKind.PEOPLE, c.code, c.code))
        for text in c.capitals:
            self._add(text, Entry(ActorKind.CAPITAL, c.code, c.code, "GOV"))
        for seat in c.seats:
            sector = self.office_sectors.get(seat.office or "", seat.sector)
            self._add(seat.text, Entry(ActorKind.SEAT, c.code, c.code, sector))
            if seat.text.lower().startswith("the "):
                self._add(seat.text[4:], Entry(ActorKind.SEAT, c.code, c.code, sector))

    def add_person(self, p: PersonModel) -> None:
        roles = tuple(
            Role(r.country, self._sector_of(r), r.office, r.title, r.start, r.end, r.org or p.org)
            for r in p.roles
        )
        actor = Actor(p.id, p.name, "person", tuple(p.aliases), roles, p.source)
        self.people[p.id] = actor
        for c in {r.country for r in roles}:
            bucket = self.by_country.setdefault(c, [])
            bucket[:] = [a for a in bucket if a.id != p.id]
            bucket.append(actor)
        if p.gender:
            self.genders[p.id] = p.gender
        first_country = roles[0].country if roles else None
        family = family_name(p.name, {r.country for r in roles} - self.sectorless)
        for text in [p.name, *p.aliases]:
            self._add(text, Entry(ActorKind.PERSON, p.id, first_country))
            # an alias keeps the family name first only where it starts with it ("William Lai
            # Ching-te" is Lai, as his own name "Lai Ching-te" says)
            lead = normalise(text).split()[0]
            sur = family if family and lead == family and " " in text else surname(text)
            given = fold(normalise(text)).split()[0].rstrip(".")
            if text == p.name and sur and len(given) > 1 and given != fold(sur):
                self.given_names.add(given)
            if sur:
                self.surname_forms[fold(sur)].add(sur)
                if p.id not in self.surnames[fold(sur)]:
                    self.surnames[fold(sur)].append(p.id)

    def _sector_of(self, r: RoleModel) -> str | None:
        if r.country in self.sectorless:
            return None
        if r.sector is not None and r.sector not in STATE_SECTORS:
            return r.sector
        return self.office_sectors.get(r.office, r.sector)

    def add_org(self, o: OrgModel) -> None:
        if o.office and o.office in self.office_sectors:
            o = o.model_copy(update={"sector": self.office_sectors[o.office]})
        self.orgs[o.id] = o
        # a name the data writes in lower case is a name in lower-case text too
        self.lower_names |= {normalise(a) for a in o.aliases if a == a.lower() and a != a.upper()}
        for text in [o.name, *o.aliases, *self.abbreviated(o)]:
            self._add(text, Entry(ActorKind.ORG, o.id, o.country, o.sector))
            if text.lower().startswith("the "):
                self._add(text[4:], Entry(ActorKind.ORG, o.id, o.country, o.sector))

    def abbreviated(self, o: OrgModel) -> list[str]:
        """An organisation named after its country, with the country's abbreviations in its
        place ("United States Agency for International Development" -> "U.S. Agency for ...")."""
        c = self.countries.get(o.country or "")
        if c is None:
            return []
        for full in (c.name, *c.names):
            if o.name.startswith(full + " ") and " " in full:
                rest = o.name[len(full) + 1 :]
                short = [a for a in c.adjectives if a.replace(".", "").isupper() and " " not in a]
                return [f"{a} {rest}" for a in short]
        return []

    def add_sectors(self, s: SectorsModel) -> None:
        for n in s.nouns:
            sector = self.office_sectors.get(n.office or "", n.sector)
            for text in _with_plural(n.text, self.surface):
                self.nouns.setdefault(normalise(text), sector)
                self._add(text, Entry(ActorKind.NOUN, normalise(text), None, sector))
        for t in s.titles:
            sector = self.office_sectors.get(t.office, t.sector)
            for text in _with_plural(t.text, self.surface):
                self.titles.setdefault(normalise(text), t)
                self._add(
                    text, Entry(ActorKind.TITLE, normalise(text), t.country, sector, t.office)
                )

    def add_generic(self, g: GenericModel) -> None:
        self.people_nouns |= {normalise(w) for w in g.people_nouns}
        self.place_nouns |= {normalise(w) for w in g.place_nouns}
        for word, code in g.regional_demonyms.items():
            self._add(word, Entry(ActorKind.ADJECTIVE, code, code))
            self.regional[word] = code
        for w in g.crowd_nouns:  # crowds act as civilians
            self._add(w, Entry(ActorKind.NOUN, normalise(w), None, "CVL"))
            self.nouns.setdefault(normalise(w), "CVL")
        self.group_phrases |= {normalise(w) for w in g.group_phrases}
        self.regions |= {normalise(w) for w in g.regions}
        self.place_named_things |= {normalise(w) for w in g.place_named_things}
        self.leader_titles |= {normalise(w) for w in g.leader_titles}
        self.office_sectors.update(g.office_sectors)
        self.office_sectors.update(self.office_overrides)
        self.sectorless |= set(g.sectorless_countries)

    # ---- lookups --------------------------------------------------------------------------
    def country_on(self, code: str | None, day: date | None) -> tuple[str | None, date | None]:
        """The state a country code stood for on a day, and the day that changed (None when it
        did not): a territory stands for the state it was part of until its own statehood."""
        c = self.countries.get(code or "")
        if c is None or day is None:
            return code, None
        for part in c.part_of:
            if day < part.until:
                return part.country, part.until
        return code, None

    def lookup(self, text: str) -> list[Entry]:
        """Entries for a text as written, else for the same letters without diacritics."""
        key = normalise(text)
        found = self.surface.get(key)
        if found is None:
            found = self.surface.get(self.folded.get(fold(key), ""))
        return found or []

    def holders(
        self,
        country: str,
        office: str | None,
        title: str | None,
        day: date | None,
        org: str | None = None,
        exact: bool = False,
    ) -> list[Actor]:
        """People holding an office (or a title) in a country, or an organisation, on a day."""
        out = []
        tnorm = normalise(title) if title else None
        keys = self._org_keys(normalise(org)) if org else None
        for actor in self.by_country.get(country, ()):
            for r in actor.roles:
                if r.country != country or not r.holds_on(day) or (day is None and r.end):
                    continue
                if keys is not None and normalise(r.org or "") not in keys:
                    continue
                rt = normalise(r.title or "")
                if (office and r.office == office) or (
                    tnorm and rt and (rt == tnorm if exact else f" {tnorm} " in f" {rt} ")
                ):
                    out.append(actor)
                    break
        return out


def _actor_row(a: Actor) -> tuple[Any, ...]:
    roles = tuple((r.country, r.sector, r.office, r.title, r.start, r.end, r.org) for r in a.roles)
    return (a.id, a.name, a.kind, a.aliases, roles, a.source)


def _actor_from_row(row: tuple[Any, ...]) -> Actor:
    pid, name, kind, aliases, roles, source = row
    return Actor(pid, name, kind, aliases, tuple(Role(*r) for r in roles), source)


def voice_country(d: ActorDictionary, source: str | None) -> str | None:
    """The country a publisher speaks for ("U.S. Department of State" -> USA), if it names one;
    its "we" and its untitled officials are that country's."""
    if not source:
        return None
    words = re.findall(r"[\w.'-]+", source)
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            for e in d.lookup(" ".join(words[i : i + n])):
                if (
                    e.kind
                    in {ActorKind.COUNTRY, ActorKind.ADJECTIVE, ActorKind.CAPITAL, ActorKind.SEAT}
                    and e.country
                ):
                    return e.country
    return None


def _with_plural(text: str, taken: dict[str, list[Entry]]) -> list[str]:
    """A title or noun and its plural ("foreign ministers", "envoys"), unless the plural is taken."""
    if text.isupper() or text.endswith("s"):
        return [text]
    last = text.split()[-1]
    if last.endswith(("ch", "sh", "x", "z")):
        plural = text + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = text[:-1] + "ies"
    elif last.endswith("man"):
        plural = text[:-3] + "men"
    else:
        plural = text + "s"
    return [text] if normalise(plural) in taken else [text, plural]


_SPACE = re.compile(r"\s+")
_PARTICLES = {
    "bin",
    "al",
    "de",
    "van",
    "von",
    "der",
    "da",
    "ibn",
    "el",
    "jr",
    "jr.",
    "sr",
    "ii",
    "iii",
}


def normalise(text: str) -> str:
    """Lower-case, unify quotes and dashes, squeeze spaces: the key for surface lookups."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return _SPACE.sub(" ", text.strip().lower())


def surname(name: str) -> str | None:
    """Last name for alias matching ("Vladimir Putin" -> "putin"); None for one-word names."""
    parts = [p for p in normalise(name).replace(".", " ").split() if p]
    if len(parts) < 2:
        return None
    for part in reversed(parts):
        if part not in _PARTICLES and len(part) > 2:
            return part
    return None


# countries whose people English copy names family name first ("Xi Jinping" is President Xi,
# "Moon Jae-in" President Moon); in the second set only a split or hyphenated given name says
# so ("Tsai Ing-wen"), since many there go by a Western given name first ("Sean Chen")
FAMILY_FIRST = {"CHN", "KOR", "PRK"}
FAMILY_FIRST_SPLIT = {"TWN", "HKG", "MAC"}


def family_name(name: str, states: set[str]) -> str | None:
    """The family name of a name written family name first, by the countries its bearer served
    (never an organisation's: "Jim Yong Kim" of the World Bank is Kim); None otherwise."""
    parts = [p for p in normalise(name).replace(".", " ").split() if p]
    if len(parts) < 2 or not states:
        return None
    split = len(parts) > 2 or "-" in parts[1]
    if states <= FAMILY_FIRST or (split and states <= FAMILY_FIRST | FAMILY_FIRST_SPLIT):
        return parts[0]
    return None


def _entries(path: Any, data: Any, model: type[BaseModel], what: str) -> list[Any]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataFileError(f"{path}: {what} must be a list")
    out = []
    for i, item in enumerate(data):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            label = (
                item.get("id") or item.get("code") or item.get("name")
                if isinstance(item, dict)
                else item
            )
            label = reprlib.repr(label)[:60] if not isinstance(label, str) else label[:60]
            err = exc.errors()[0]
            loc = ".".join(str(x) for x in err["loc"])
            raise DataFileError(
                f"{path}: {what} entry {i + 1} ({label}): {loc}: {err['msg']}"
            ) from None
    return out


def _load_file(d: ActorDictionary, path: Any, kind: str | None = None) -> None:
    data = read_yaml(path, "actor")
    d.files.append(str(path))
    name = getattr(path, "name", str(path))
    kind = kind or _kind_of(name)
    if kind == "mixed":
        if not isinstance(data, dict):
            raise DataFileError(
                f"{path}: an actor file must map countries/people/organisations/nouns/titles to lists"
            )
        unknown = set(data) - {"countries", "people", "organisations", "nouns", "titles"}
        if unknown:
            raise DataFileError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}")
        for c in _entries(path, data.get("countries"), CountryModel, "countries"):
            d.add_country(c)
        for o in _entries(path, data.get("organisations"), OrgModel, "organisations"):
            d.add_org(o)
        for p in _entries(path, data.get("people"), PersonModel, "people"):
            d.add_person(p)
        d.add_sectors(
            SectorsModel(
                nouns=_entries(path, data.get("nouns"), NounModel, "nouns"),
                titles=_entries(path, data.get("titles"), TitleModel, "titles"),
            )
        )
    elif kind == "countries":
        for c in _entries(path, data, CountryModel, "countries"):
            d.add_country(c)
    elif kind == "people":
        ids: set[str] = set()
        for p in _entries(path, data, PersonModel, "people"):
            if p.id in ids:
                raise DataFileError(f"{path}: duplicate person id {p.id!r}")
            ids.add(p.id)
            d.add_person(p)
    elif kind == "organisations":
        for o in _entries(path, data, OrgModel, "organisations"):
            d.add_org(o)
    elif kind == "sectors":
        try:
            d.add_sectors(SectorsModel.model_validate(data or {}))
        except ValidationError as exc:
            err = exc.errors()[0]
            raise DataFileError(f"{path}: {'.'.join(map(str, err['loc']))}: {err['msg']}") from None
    elif kind == "generic":
        d.add_generic(GenericModel.model_validate(data or {}))


def _kind_of(name: str) -> str:
    for kind in ("countries", "people", "organisations", "sectors", "generic"):
        if name.startswith(kind):
            return kind
    return "mixed"


def load_dictionary(
    extra: tuple[Path, ...] | list[Path] = (), office_sectors: dict[str, str] | None = None
) -> ActorDictionary:
    """Built-in dictionary files, then the user's files (which extend or override);
    `office_sectors` overrides generic.yaml's (the defence_sector setting)."""
    d = ActorDictionary(office_overrides=dict(office_sectors or {}))
    for path in builtin_files():
        _load_file(d, path)
    for path in extra:
        _load_file(d, Path(path), "mixed")
    return d


def builtin_files() -> list[Any]:
    """The package's actor files in load order: generic, countries, organisations, sectors, people."""
    base = resources.files("eventcoder") / "data" / "actors"
    order = ["generic", "countries", "organisations", "sectors", "people"]
    return sorted(
        (p for p in base.iterdir() if p.name.endswith(".yaml")),
        key=lambda p: (order.index(_kind_of(p.name)) if _kind_of(p.name) in order else 9, p.name),
    )
