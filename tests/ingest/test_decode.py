"""Reading what scrapers produce: encodings, binary data, bad JSONL lines, odd ids and dates."""

from __future__ import annotations

import codecs
import os
from datetime import date

import pytest

from eventcoder.errors import InputError
from eventcoder.ingest.decode import decode_bytes
from eventcoder.ingest.jsonl import parse_date
from eventcoder.ingest.paths import expand_inputs, read_inputs, read_path
from eventcoder.records import Document, Rejected

SENTENCE = "Le président français a rencontré le chancelier à Berlin."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8"),
        (SENTENCE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16"),
        (SENTENCE.encode("cp1252"), "cp1252"),
    ],
)
def test_decode_reads_common_encodings(data, encoding):
    text, used = decode_bytes(data, "x")
    assert text.lstrip("\ufeff") == SENTENCE
    assert used.replace("-", "_") == encoding.replace("-", "_")


def test_decode_uses_declared_html_charset():
    page = '<html><head><meta charset="iso-8859-2"></head><body>Łódź</body></html>'
    text, used = decode_bytes(page.encode("iso-8859-2"), "p.html")
    assert "Łódź" in text and used == "iso8859-2"


def test_decode_refuses_binary():
    with pytest.raises(InputError, match=r"x\.bin: binary data"):
        decode_bytes(os.urandom(4000) + b"\x00", "x.bin")


def test_legacy_text_file_keeps_its_encoding(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(SENTENCE.encode("cp1252"))
    (doc,) = read_path(str(p), None)
    assert isinstance(doc, Document)
    assert doc.text.strip() == SENTENCE and doc.encoding == "cp1252"


def test_jsonl_goes_on_past_bad_lines(tmp_path):
    p = tmp_path / "m.jsonl"
    p.write_bytes(
        codecs.BOM_UTF8
        + b'{"id": 0, "text": "A", "date": "2021-01-05"}\n'
        + b'{"id": "b", "text":\n'
        + b'{"id": "c", "text": "Caf\xe9 talks", "date": "2021-01-06"}\n'
        + b'{"id": "d", "text": "D", "date": "2021-01-05junk"}\n'
        + b'{"id": "e", "text": "E"}\n'
    )
    got = list(read_path(str(p), None))
    assert [type(g).__name__ for g in got] == [
        "Document",
        "Rejected",
        "Document",
        "Rejected",
        "Document",
    ]
    assert got[0].id == "0"
    assert got[1].where == f"{p}:2" and "not valid JSON" in got[1].problem
    assert got[2].text == "Café talks"
    assert got[3].where == f"{p}:4" and "bad date" in got[3].problem


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "", "text": "x"}', '"id" is empty'),
        ('{"id": false, "text": "x"}', '"id" must be a string or a number'),
        ('{"id": [1, 2], "text": "x"}', '"id" must be a string or a number'),
        ('{"id": "a", "text": "x", "date": ""}', "bad date"),
        ('{"id": "a", "text": "x", "date": 0}', "bad date"),
        ('{"id": "a", "text": "x", "date": "9999-12-31"}', "out of range"),
        ('{"id": "a", "text": "x", "date": "0001-01-01"}', "out of range"),
        ('{"id": "a", "text": "x", "title": 5}', '"title" must be a string'),
        ('{"id": "a", "text": ""}', 'missing or empty "text"'),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_jsonl_line_problems_are_named(tmp_path, line, problem):
    p = tmp_path / "x.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    (got,) = read_path(str(p), None)
    assert isinstance(got, Rejected) and got.where == f"{p}:1"
    assert problem in got.problem


def test_empty_jsonl_is_reported(tmp_path):
    p = tmp_path / "e.jsonl"
    p.write_text("\n\n")
    assert list(read_path(str(p), None)) == [Rejected(str(p), "no documents (the file is empty)")]


def test_utf16_jsonl(tmp_path):
    p = tmp_path / "u.jsonl"
    p.write_bytes('{"id": "u", "text": "Kyiv talks"}\n'.encode("utf-16"))
    (doc,) = read_path(str(p), None)
    assert doc.id == "u" and doc.text == "Kyiv talks"


def test_read_inputs_passes_rejects_and_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Japan sent aid to Turkey.")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "c.txt").write_text("Egypt and Jordan held talks.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    notes: list[str] = []
    files = expand_inputs([str(tmp_path)], notes)
    assert len(files) == 3 and "skipped 1 file(s)" in notes[0] and "notes.pdf" in notes[0]
    rejects: list[Rejected] = []
    docs = list(read_inputs([str(tmp_path)], None, on_reject=rejects.append))
    assert [d.id for d in docs] == ["a.txt", "c.txt"]
    assert [r.where for r in rejects] == [str(tmp_path / "b.txt")]


def test_parse_date_accepts_iso_times():
    assert parse_date("2021-01-05T10:30:00Z", "x") == date(2021, 1, 5)
    assert parse_date(" 2021-01-05 ", "x") == date(2021, 1, 5)
