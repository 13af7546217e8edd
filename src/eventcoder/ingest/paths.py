"""Resolve the user's inputs (files, folders, '-') into Documents.

Missing inputs fail up front with one line, before any work starts. Past that, a file or line
that cannot be read becomes a `Rejected` (file or file:line, and what is wrong) and reading goes
on with the next one: one broken document never stops a batch.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from eventcoder.errors import InputError
from eventcoder.ingest.decode import bom_encoding, decode_bytes, detect_legacy, looks_binary
from eventcoder.ingest.html import extract_html
from eventcoder.ingest.jsonl import parse_date, read_jsonl_located
from eventcoder.ingest.txt import clean_text
from eventcoder.records import Document, Rejected

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

__all__ = [
    "expand_inputs",
    "parse_date",
    "read_inputs",
    "read_located",
    "read_path",
    "read_path_located",
]


def expand_inputs(inputs: Iterable[str], notes: list[str] | None = None) -> list[str]:
    """Check every input exists before any is read; folders expand to their known files, sorted.

    Files of other types inside a folder are skipped; when `notes` is given, one line per folder
    says how many were skipped and names a few.
    """
    out: list[str] = []
    for item in inputs:
        if item == "-":
            out.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            found = [p for p in files if p.suffix.lower() in SUFFIXES]
            other = [p for p in files if p.suffix.lower() not in SUFFIXES]
            if not found:
                raise InputError(f"{item}: folder has no .txt, .html or .jsonl files")
            if other and notes is not None:
                names = ", ".join(p.name for p in other[:3]) + (", ..." if len(other) > 3 else "")
                notes.append(
                    f"{item}: skipped {len(other)} file(s) that are not .txt, .html or .jsonl ({names})"
                )
            out.extend(str(p) for p in found)
        elif path.is_file():
            out.append(item)
        elif path.exists():
            raise InputError(f"{item}: not a regular file or folder")
        else:
            raise InputError(f"{item}: no such file or folder")
    return out


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def _binary_lines(fh: BinaryIO, name: str) -> Iterator[str | Rejected]:
    """Decoded lines of a JSONL file: UTF-16/32 by BOM, else UTF-8 per line with a legacy fallback."""
    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    bom = bom_encoding(head)
    if bom and bom != "utf-8-sig":
        yield from io.TextIOWrapper(fh, encoding=bom, newline=None)
        return
    if looks_binary(fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""):
        yield Rejected(name, "binary data, not JSONL text")
        return
    for lineno, raw in enumerate(fh, start=1):
        try:
            yield raw.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        enc = detect_legacy(raw)
        if enc:
            yield raw.decode(enc)
        else:
            yield Rejected(f"{name}:{lineno}", "not UTF-8 text")


def _read_jsonl_file(
    path: Path, default_date: date | None
) -> Iterator[tuple[str, Document | Rejected]]:
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield name, Rejected(name, f"cannot read ({exc.strerror})")
        return
    with fh:
        try:
            yield from read_jsonl_located(_binary_lines(fh, name), name, default_date)
        except UnicodeDecodeError as exc:  # a UTF-16 file broken mid-way
            yield name, Rejected(name, f"not valid {exc.encoding} text after byte {exc.start}")
        except OSError as exc:
            yield name, Rejected(name, f"read failed ({exc.strerror})")


def _document(data: bytes, name: str, doc_id: str, default_date: date | None) -> Document:
    """One text or HTML document from raw bytes; InputError when it is not usable text."""
    text, encoding = decode_bytes(data, name)
    used = None if encoding == "utf-8" else encoding
    head = text.lstrip()[:15].lower()
    if name.lower().endswith(tuple(HTML_SUFFIXES)) or head.startswith(("<!doctype html", "<html")):
        body, title, pub, url = extract_html(text, name)
        return Document(
            id=doc_id, text=body, date=default_date or pub, title=title, url=url, encoding=used
        )
    clean = clean_text(text)
    if not clean.strip():
        raise InputError(f"{name}: no text (the file is empty)")
    return Document(id=doc_id, text=clean, date=default_date, encoding=used)


def read_path(item: str, default_date: date | None) -> Iterator[Document | Rejected]:
    """Documents from one file (or '-', stdin: JSONL if it looks like it, else plain text)."""
    for _where, got in read_path_located(item, default_date):
        yield got


def read_path_located(
    item: str, default_date: date | None
) -> Iterator[tuple[str, Document | Rejected]]:
    """As read_path, each item with where it came from (the file, or file:line for JSONL)."""
    if item == "-":
        where = "<stdin>"
        try:
            data = sys.stdin.buffer.read()
            text, _ = decode_bytes(data, where)
        except InputError as exc:
            yield where, Rejected(where, str(exc).removeprefix(f"{where}: "))
            return
        except OSError as exc:
            yield where, Rejected(where, f"cannot read ({exc.strerror})")
            return
        if text.lstrip("\ufeff \t\r\n").startswith("{"):
            yield from read_jsonl_located(text.splitlines(), where, default_date)
            return
        try:
            yield where, _document(data, where, "stdin", default_date)
        except InputError as exc:
            yield where, Rejected(where, str(exc).removeprefix(f"{where}: "))
        return
    path = Path(item)
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, default_date)
        return
    try:
        yield item, _document(_read_bytes(path), str(path), path.name, default_date)
    except InputError as exc:
        yield item, Rejected(str(path), str(exc).removeprefix(f"{path}: "))


def read_located(
    inputs: Iterable[str],
    default_date: date | None = None,
    on_reject: Callable[[Rejected], None] | None = None,
) -> Iterator[tuple[str, Document]]:
    """As read_inputs, each document with where it came from (file, or file:line for JSONL)."""
    for item in expand_inputs(inputs):
        for where, got in read_path_located(item, default_date):
            if isinstance(got, Rejected):
                if on_reject is None:
                    raise InputError(str(got))
                on_reject(got)
            else:
                yield where, got


def read_inputs(
    inputs: Iterable[str],
    default_date: date | None = None,
    on_reject: Callable[[Rejected], None] | None = None,
) -> Iterator[Document]:
    """All documents of all inputs, in order; inputs are checked up front.

    With `on_reject`, every unreadable file or line is passed to it and reading goes on; without,
    the first one raises InputError (for callers that want all-or-nothing).
    """
    for _where, doc in read_located(inputs, default_date, on_reject):
        yield doc
