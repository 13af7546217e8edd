"""The command line: real runs of `eventcoder`, and one clear line for every user mistake."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXE = [sys.executable, "-m", "eventcoder"]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*EXE, *args], input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=300
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["code", "no/such/file.txt"], "no/such/file.txt: no such file or folder"),
        (["code", "examples/seed_article.txt", "--date", "15-11-2021"], "bad date"),
        (["actor", "Putin", "--date", "yesterday"], "bad date"),
        (["evaluate", "no/gold.json"], "no such gold file"),
    ],
)
def test_cli_user_mistakes_get_one_line(args, message):
    res = run(*args)
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    assert message in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_cli_bad_jsonl_line(tmp_path):
    p = tmp_path / "docs.jsonl"
    p.write_text('{"id": "a", "text": "Kenya met Uganda."}\n{"id": "b", "text": \n')
    res = run("code", str(p))
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert f"{p}:2: not valid JSON" in res.stderr


def test_cli_unreadable_file(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"\xff\xfe\xfa")  # a UTF-16 byte-order mark, then half a character
    res = run("code", str(p))
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert f"{p}: starts with a utf-16 byte-order mark but is not utf-16" in res.stderr


def test_cli_bad_actor_file(tmp_path):
    p = tmp_path / "actors.yaml"
    p.write_text(
        "people:\n  - id: x\n    name: X Y\n    roles:\n      - {country: RUS, office: emperor}\n"
    )
    res = run("code", "examples/seed_article.txt", "--actors", str(p))
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert str(p) in res.stderr and "unknown office" in res.stderr


@pytest.mark.slow
def test_cli_code_jsonl_from_stdin_and_mentions(tmp_path):
    mentions = tmp_path / "m.jsonl"
    doc = {
        "id": "d1",
        "date": "2022-03-01",
        "text": "Poland expelled 45 Russian diplomats on Tuesday.",
    }
    res = run(
        "code", "-", "--format", "jsonl", "--mentions", str(mentions), stdin=json.dumps(doc) + "\n"
    )
    assert res.returncode == 0, res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert events and events[0]["type"] == "SANCTION"
    assert events[0]["source"][0]["country"] == "POL"
    assert events[0]["date"] == "2022-03-01"  # the story's own weekday is that day
    rows = [json.loads(line) for line in mentions.read_text().splitlines()]
    assert {r["country"] for r in rows} >= {"POL", "RUS"}
    assert all(r["doc_id"] == "d1" for r in rows)


@pytest.mark.slow
def test_cli_code_table_and_csv():
    res = run("code", "examples/seed_article.txt", "--date", "2021-11-15", "--summary")
    assert res.returncode == 0, res.stderr
    assert "India–Russia" in res.stdout or "Russia–India" in res.stdout
    res = run("code", "examples/seed_article.txt", "--date", "2021-11-15", "--format", "csv")
    assert res.stdout.splitlines()[0].startswith("id,doc_id,sentence,type")


@pytest.mark.slow
def test_cli_actor_resolution_json():
    res = run("actor", "Vladimir Putin", "--date", "2010-06-01")
    out = json.loads(res.stdout)
    assert (out["country"], out["sector"], out["office"]) == ("RUS", "GOV", "head_of_government")
    assert out["how"]


@pytest.mark.slow
def test_cli_evaluate_seed_passes():
    res = run("evaluate", "tests/golden/seed/gold.json")
    assert res.returncode == 0, res.stdout[-2000:]
    assert "RESULT: PASS" in res.stdout


@pytest.mark.slow
def test_cli_actor_jsonl_batch(tmp_path):
    p = tmp_path / "q.jsonl"
    p.write_text(
        '{"id": "a", "query": "the British prime minister", "date": "2020-03-01"}\n'
        '{"id": "b", "query": "Indian troops", "date": "2020-03-01"}\n'
    )
    res = run("actor", "--jsonl", str(p))
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["name"] == "Boris Johnson" and (rows[1]["country"], rows[1]["sector"]) == (
        "IND",
        "MIL",
    )


@pytest.mark.slow
def test_cli_evaluate_sentence_gold_from_saved_predictions(tmp_path):
    gold = tmp_path / "gold.jsonl"
    rows = [
        {
            "id": "g1",
            "text": "Poland expelled 45 Russian diplomats on Tuesday.",
            "date": "2022-03-01",
            "events": [
                {"type": "SANCTION", "source": ["POL"], "target": ["RUS"], "modality": "asserted"}
            ],
        },
        {
            "id": "g2",
            "text": "Chinese President Xi Jinping visited Moscow on Monday.",
            "date": "2023-03-21",
            "events": [
                {"type": "CONSULT", "source": ["CHN"], "target": ["RUS"], "modality": "asserted"}
            ],
        },
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    coded = run("code", str(gold), "--format", "jsonl")
    assert coded.returncode == 0, coded.stderr
    pred = tmp_path / "pred.jsonl"
    pred.write_text(coded.stdout)
    res = run("evaluate", str(gold), "--pred", str(pred))
    assert res.returncode == 0, res.stderr
    overall = next(line for line in res.stdout.splitlines() if line.startswith("OVERALL"))
    assert overall.split()[1:4] == ["2", "2", "2"]  # gold, predicted, true positives
