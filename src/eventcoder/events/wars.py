"""The wars between states that news takes for granted (data/wars.yaml): which state a given
state wages war on at a date, for the victims of its force that a story leaves unplaced."""

from __future__ import annotations

import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from eventcoder.datafiles import read_yaml
from eventcoder.errors import DataFileError

DATA_FILE = "wars.yaml"


class War(BaseModel):
    """One state's war on another, from its first day to its last (None while it goes on)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    attacker: str
    victim: str
    start: datetime.date
    end: datetime.date | None = None

    @field_validator("attacker", "victim")
    @classmethod
    def _iso3(cls, code: str) -> str:
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-3 code")
        return code

    @model_validator(mode="after")
    def _sane(self) -> War:
        if self.attacker == self.victim:
            raise ValueError(f"{self.attacker} cannot wage war on itself")
        if self.end is not None and self.end < self.start:
            raise ValueError(f"{self.attacker}->{self.victim} ends before it starts")
        return self

    def on(self, day: datetime.date) -> bool:
        """Is the war going on at ``day``?"""
        return self.start <= day and (self.end is None or day <= self.end)


def parse_wars(data: Any, where: str) -> tuple[War, ...]:
    """The validated list of wars in a data file's YAML."""
    if not isinstance(data, list):
        raise DataFileError(f"{where}: not a list of wars")
    try:
        return tuple(War.model_validate(w) for w in data)
    except ValidationError as exc:
        raise DataFileError(f"{where}: not a war ({exc.errors()[0]['msg']})") from None


@lru_cache(maxsize=1)
def known_wars() -> tuple[War, ...]:
    """The shipped wars (data/wars.yaml), read once."""
    data = read_yaml(resources.files("eventcoder") / "data" / DATA_FILE, "wars")
    return parse_wars(data, DATA_FILE)


def waged_on(attacker: str, day: datetime.date | None) -> str | None:
    """The one state ``attacker`` wages war on at ``day``, if the data knows exactly one."""
    if day is None:
        return None
    victims = {w.victim for w in known_wars() if w.attacker == attacker and w.on(day)}
    return victims.pop() if len(victims) == 1 else None
