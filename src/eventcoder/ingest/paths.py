"""Resolve the user's inputs (files, folders, '-') into Documents, failing with one clear line."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from eventcoder.errors import InputError
from eventcoder.ingest.html import extract_html
from eventcoder.ingest.jsonl import parse_date, read_jsonl
from eventcoder.ingest.txt import clean_text
from eventcoder.records import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

__all__ = ["expand_inputs", "parse_date", "read_inputs", "read_path"]


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Check every input exists before any is read; folders expand to their known files, sorted."""
    out: list[str] = []
    for item in inputs:
        if item == "-":
            out.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            if not found:
                raise InputError(f"{item}: folder has no .txt, .html or .jsonl files")
            out.extend(str(p) for p in found)
        elif path.is_file():
            out.append(item)
        elif path.exists():
            raise InputError(f"{item}: not a regular file or folder")
        else:
            raise InputError(f"{item}: no such file or folder")
    return out


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def read_path(item: str, default_date: date | None) -> Iterator[Document]:
    """Documents from one file (or '-', stdin: JSONL if it looks like it, else plain text)."""
    if item == "-":
        data = sys.stdin.read()
        if data.lstrip().startswith("{"):
            yield from read_jsonl(data.splitlines(), "<stdin>", default_date)
        else:
            text = clean_text(data)
            if not text.strip():
                raise InputError("<stdin>: no text")
            yield Document(id="stdin", text=text, date=default_date)
        return
    path = Path(item)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open(encoding="utf-8") as fh:
                yield from read_jsonl(fh, str(path), default_date)
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
        return
    raw = _read_text(path)
    if suffix in HTML_SUFFIXES or raw.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        text, title, pub, url = extract_html(raw, str(path))
        yield Document(id=path.name, text=text, date=default_date or pub, title=title, url=url)
        return
    text = clean_text(raw)
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    yield Document(id=path.name, text=text, date=default_date)


def read_inputs(inputs: Iterable[str], default_date: date | None = None) -> Iterator[Document]:
    """All documents of all inputs, in order; inputs are checked up front."""
    for item in expand_inputs(inputs):
        yield from read_path(item, default_date)
