"""JSONL documents: {"id","text","date","title","url","source"}, one per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from eventcoder.errors import InputError
from eventcoder.records import Document


def parse_date(value: str, where: str) -> date:
    """An ISO date (YYYY-MM-DD), or an InputError naming where it came from."""
    try:
        return date.fromisoformat(value.strip()[:10])
    except (ValueError, AttributeError):
        raise InputError(f"{where}: bad date {value!r} (expected YYYY-MM-DD)") from None


def read_jsonl(lines: Iterable[str], name: str, default_date: date | None) -> Iterator[Document]:
    """Documents from JSONL lines; a bad line raises InputError naming file and line."""
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected a JSON object")
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f'{where}: missing or empty "text" field')
        pub = default_date
        if obj.get("date"):
            pub = parse_date(str(obj["date"]), f'{where} field "date"')
        yield Document(
            id=str(obj.get("id") or f"{name}#{lineno}"),
            text=text,
            date=pub,
            title=obj.get("title"),
            url=obj.get("url"),
            source=obj.get("source"),
        )
