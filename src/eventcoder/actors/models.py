"""The actor data files' schema: one pydantic model per kind of entry, checked at load."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from eventcoder.records import Sector

OFFICES = [
    "head_of_state",
    "head_of_government",
    "deputy_head",
    "foreign_minister",
    "defence_minister",
    "national_security_adviser",
    "interior_minister",
    "intelligence_chief",
    "military_chief",
    "legislature_leader",
    "igo_leader",
    "other",
]
SECTORS = {s.value for s in Sector} | {"IGO", "NGO"}
# sectors of the state: an office's sector (office_sectors) replaces these; a role in a non-state
# body keeps its own (the chief of staff of a militia stays PRM)
STATE_SECTORS = {"GOV", "MIL", "LEG", "SPY", "COP", "JUD"}


def _known_office(v: str | None) -> str | None:
    if v is not None and v not in OFFICES:
        raise ValueError(f"unknown office {v!r} (one of {', '.join(OFFICES)})")
    return v


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SeatModel(_Strict):
    text: str
    sector: str
    office: str | None = None  # the office whose ministry this is: its sector follows the office

    _office = field_validator("office")(_known_office)

    @field_validator("sector")
    @classmethod
    def _sector(cls, v: str) -> str:
        if v not in SECTORS:
            raise ValueError(f"unknown sector {v!r}")
        return v


class PartOfModel(_Strict):
    """A territory that was part of another state until it became one: before `until`, its
    names, people and capital stand for that state (Kosovo before 2008 is Serbia's)."""

    country: str
    until: date


class CountryModel(_Strict):
    code: str
    name: str
    names: list[str] = []
    adjectives: list[str] = []
    people: list[str] = []
    capitals: list[str] = []
    seats: list[SeatModel] = []
    part_of: list[PartOfModel] = []
    # names two countries go by ("Congo"): each lists them; the text's other places, people
    # and bodies decide which is meant, and with no sign the country loaded first
    shared: list[str] = []

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Z]{3}", v):
            raise ValueError(f"country code must be three capital letters, got {v!r}")
        return v


class RoleModel(_Strict):
    country: str
    sector: str | None = None
    office: str = "other"
    title: str | None = None
    start: date | None = None
    end: date | None = None
    approx: bool = False
    org: str | None = None

    @field_validator("office")
    @classmethod
    def _office(cls, v: str) -> str:
        if v not in OFFICES:
            raise ValueError(f"unknown office {v!r} (one of {', '.join(OFFICES)})")
        return v


class PersonModel(_Strict):
    id: str
    name: str
    aliases: list[str] = []
    gender: Literal["m", "f"] | None = None
    source: str | None = None
    org: str | None = None
    roles: list[RoleModel]

    @field_validator("roles")
    @classmethod
    def _roles(cls, v: list[RoleModel]) -> list[RoleModel]:
        for r in v:
            if r.start and r.end and r.end < r.start:
                raise ValueError(
                    f"role {r.title or r.office} ends ({r.end}) before it starts ({r.start})"
                )
        return v


class OrgModel(_Strict):
    id: str
    name: str
    aliases: list[str] = []
    kind: Literal[
        "igo",
        "ngo",
        "armed_group",
        "criminal_group",
        "party",
        "company",
        "media",
        "state",
        "region",
    ]
    country: str
    sector: str | None = None
    source: str | None = None
    start: date | None = None
    office: str | None = None  # a ministry's office ("defence_minister"): its sector follows it
    roles: list[RoleModel] = []  # dated changes of standing (the Taliban governed Afghanistan)

    _office = field_validator("office")(_known_office)


class NounModel(_Strict):
    text: str
    sector: str
    office: str | None = None  # "defence ministry" is the defence minister's: sector by office

    _office = field_validator("office")(_known_office)


class TitleModel(_Strict):
    text: str
    sector: str
    office: str = "other"
    country: str | None = None  # titles that name their country ("pope" is the Holy See's)


class SectorsModel(_Strict):
    nouns: list[NounModel] = []
    titles: list[TitleModel] = []


class GenericModel(_Strict):
    regional_demonyms: dict[str, str] = {}
    crowd_nouns: list[str] = []
    place_nouns: list[str] = []
    office_sectors: dict[str, str] = {}
    sectorless_countries: list[str] = []
    people_nouns: list[str] = []
    group_phrases: list[str] = []
    regions: list[str] = []
    place_named_things: list[str] = []
    leader_titles: list[str] = []
