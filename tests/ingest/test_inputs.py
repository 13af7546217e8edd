"""Reading .txt, .html, .jsonl, folders and stdin into Documents; bad input is one clear error."""

from __future__ import annotations

import json
from datetime import date

import pytest

from eventcoder.errors import InputError
from eventcoder.ingest import read_inputs
from eventcoder.ingest.txt import clean_text


def test_txt_drops_page_boilerplate_lines():
    text = clean_text("Russia signed the deal.\r\n\r\nLeave a Comment\nShare this article\n")
    assert "Leave a Comment" not in text
    assert text.startswith("Russia signed the deal.")


def test_jsonl_documents_keep_fields(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(
        json.dumps(
            {
                "id": "a1",
                "text": "Kenya met Uganda.",
                "date": "2020-01-02",
                "title": "T",
                "url": "http://x",
                "source": "S",
            }
        )
        + "\n"
    )
    (doc,) = list(read_inputs([str(p)]))
    assert (doc.id, doc.date, doc.title, doc.url, doc.source) == (
        "a1",
        date(2020, 1, 2),
        "T",
        "http://x",
        "S",
    )
    assert len(doc.sha) == 64


def test_folder_is_read_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Kenya met Uganda.")
    (tmp_path / "a.txt").write_text("Chad met Niger.")
    (tmp_path / "ignore.bin").write_bytes(b"\x00\x01")
    docs = list(read_inputs([str(tmp_path)], date(2020, 5, 1)))
    assert [d.id for d in docs] == ["a.txt", "z.txt"]
    assert all(d.date == date(2020, 5, 1) for d in docs)


def test_html_main_text_only(tmp_path):
    page = """<html><head><title>Talks</title><meta property="article:published_time" content="2021-03-04"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Talks in Geneva</h1><p>Russian and American diplomats held talks in Geneva on Monday
    about strategic stability, officials said after the meeting ended late in the evening.</p>
    <p>The two delegations agreed to meet again next month to continue the discussions on arms control.</p></article>
    <footer>Leave a Comment. Copyright 2021 Example News. All rights reserved.</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(page)
    (doc,) = list(read_inputs([str(p)]))
    assert "held talks in Geneva" in doc.text
    assert "Leave a Comment" not in doc.text and "Home" not in doc.text
    assert doc.date == date(2021, 3, 4)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json}\n", "not valid JSON"),
        ('{"id": "x"}\n', 'missing or empty "text"'),
        ('{"text": "a", "date": "15/11/2021"}\n', "bad date"),
        ("[1, 2]\n", "expected a JSON object"),
    ],
)
def test_bad_jsonl_line_names_file_and_line(tmp_path, content, message):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "fine", "id": "ok"}\n' + content)
    with pytest.raises(InputError) as err:
        list(read_inputs([str(p)]))
    assert f"{p}:2" in str(err.value) and message in str(err.value)


def test_missing_input_is_reported_before_reading(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("text")
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_inputs([str(good), str(tmp_path / "missing.txt")]))


def test_binary_file_is_not_text(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    with pytest.raises(InputError, match="binary data"):
        list(read_inputs([str(p)]))
