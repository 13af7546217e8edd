"""Time buckets for event series: the period a date falls in, and every period of a range."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from eventcoder.errors import InputError

PERIODS = ("day", "week", "month", "year")


def check_period(by: str) -> str:
    """`by` if it is a known period, else an InputError."""
    if by not in PERIODS:
        raise InputError(f"unknown period {by!r} (choose from {', '.join(PERIODS)})")
    return by


def period_start(day: date, by: str) -> date:
    """The first day of the period `day` is in (weeks start on Monday, ISO style)."""
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "year":
        return day.replace(month=1, day=1)
    raise InputError(f"unknown period {by!r} (choose from {', '.join(PERIODS)})")


def next_period(start: date, by: str) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    if by == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def periods(first: date, last: date, by: str) -> Iterator[date]:
    """Every period start from the one holding `first` to the one holding `last`."""
    p = period_start(first, by)
    end = period_start(last, by)
    while p <= end:
        yield p
        p = next_period(p, by)


def label(start: date, by: str) -> str:
    """How a period is printed: 2022-03-14 (day, week), 2022-03 (month), 2022 (year)."""
    if by == "month":
        return start.strftime("%Y-%m")
    if by == "year":
        return str(start.year)
    return start.isoformat()
