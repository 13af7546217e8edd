"""JSONL documents: {"id","text","date","title","url","source"}, one per line.

A bad line never stops the file: it becomes a `Rejected` naming file:line and the problem, and
the lines after it are read as usual.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from eventcoder.errors import InputError
from eventcoder.records import Document, Rejected

# News dates outside this range are typing errors, and date arithmetic near year 1 or 9999
# overflows; refuse them at the door with one line.
MIN_DATE = date(1800, 1, 1)
MAX_DATE = date(2199, 12, 31)
_ISO = re.compile(
    r"(\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_TEXT_FIELDS = ("title", "url", "source")


def parse_date(value: object, where: str) -> date:
    """An ISO date (YYYY-MM-DD, optionally with an ISO time), or an InputError naming `where`."""
    if not isinstance(value, str):
        raise InputError(f"{where}: bad date {value!r} (expected a YYYY-MM-DD string)")
    m = _ISO.fullmatch(value.strip())
    try:
        if not m:
            raise ValueError
        day = date.fromisoformat(m.group(1))
    except ValueError:
        raise InputError(f"{where}: bad date {value!r} (expected YYYY-MM-DD)") from None
    if not MIN_DATE <= day <= MAX_DATE:
        raise InputError(
            f"{where}: date {value!r} is out of range ({MIN_DATE.year}-{MAX_DATE.year})"
        )
    return day


def _doc_id(obj: dict[str, Any], fallback: str) -> str:
    """The given id as text; numbers are fine (0 is an id), other types and "" are refused."""
    if "id" not in obj or obj["id"] is None:
        return fallback
    value = obj["id"]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(f'"id" must be a string or a number, got {json.dumps(value)[:40]}')
    text = str(value).strip()
    if not text:
        raise InputError('"id" is empty')
    return text


def parse_line(line: str, where: str, fallback_id: str, default_date: date | None) -> Document:
    """One JSONL line as a Document; InputError (without the location) when it is not one."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError("not valid JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise InputError("expected a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('missing or empty "text" field')
    pub = default_date
    if "date" in obj and obj["date"] is not None:
        pub = parse_date(obj["date"], 'field "date"')
    extra: dict[str, str | None] = {}
    for name in _TEXT_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(f'field "{name}" must be a string, got {json.dumps(value)[:40]}')
        extra[name] = value or None
    return Document(
        id=_doc_id(obj, fallback_id),
        text=text,
        date=pub,
        title=extra["title"],
        url=extra["url"],
        source=extra["source"],
    )


def read_jsonl(
    lines: Iterable[str | Rejected], name: str, default_date: date | None
) -> Iterator[Document | Rejected]:
    """Documents from JSONL lines; a bad line yields a Rejected naming file:line, then reading goes on.

    `lines` may hold Rejected items in place of lines the reader could not decode.
    """
    for _where, got in read_jsonl_located(lines, name, default_date):
        yield got


def read_jsonl_located(
    lines: Iterable[str | Rejected], name: str, default_date: date | None
) -> Iterator[tuple[str, Document | Rejected]]:
    """As read_jsonl, each item with where it came from (file:line)."""
    seen_any = False
    for lineno, line in enumerate(lines, start=1):
        if isinstance(line, Rejected):
            seen_any = True
            yield line.where, line
            continue
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        seen_any = True
        where = f"{name}:{lineno}"
        try:
            yield where, parse_line(line, where, f"{name}#{lineno}", default_date)
        except InputError as exc:
            yield where, Rejected(where, str(exc))
        except RecursionError:
            yield where, Rejected(where, "not valid JSON (nested too deeply)")
    if not seen_any:
        yield name, Rejected(name, "no documents (the file is empty)")
