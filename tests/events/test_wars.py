"""The wars between states that news takes for granted (events/wars.py, data/wars.yaml)."""

from __future__ import annotations

import datetime

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.wars import known_wars, parse_wars, waged_on


def test_wars_shipped_file_is_valid():
    assert known_wars()


def test_wars_waged_on_a_date_inside_the_war():
    assert waged_on("RUS", datetime.date(2022, 3, 1)) == "UKR"


def test_wars_none_before_the_war_or_without_a_date():
    assert waged_on("RUS", datetime.date(2021, 3, 1)) is None
    assert waged_on("RUS", None) is None


def test_wars_none_after_the_war_ended():
    assert waged_on("AZE", datetime.date(2021, 3, 1)) is None


def test_wars_two_wars_at_once_give_no_answer(monkeypatch):
    wars = parse_wars(
        [
            {"attacker": "AAA", "victim": "BBB", "start": "2020-01-01"},
            {"attacker": "AAA", "victim": "CCC", "start": "2020-01-01"},
        ],
        "test",
    )
    monkeypatch.setattr("eventcoder.events.wars.known_wars", lambda: wars)
    assert waged_on("AAA", datetime.date(2021, 1, 1)) is None


@pytest.mark.parametrize(
    "bad",
    [
        {"attacker": "RUS", "victim": "RUS", "start": "2022-02-24"},
        {"attacker": "Russia", "victim": "UKR", "start": "2022-02-24"},
        {"attacker": "RUS", "victim": "UKR", "start": "2022-02-24", "end": "2021-01-01"},
        {"attacker": "RUS", "victim": "UKR"},
    ],
)
def test_wars_bad_entries_are_data_file_errors(bad):
    with pytest.raises(DataFileError):
        parse_wars([bad], "test")
