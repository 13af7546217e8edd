"""The accuracy report: errors put down to their cause, eval sets found, deltas, the log."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tests.store.helpers import actor_ref, make_event

from eventcoder.evaluate.accuracy import (
    LOG_HEADING,
    _window,
    append_log,
    code_sentences,
    eval_sets,
    log_line,
    run_accuracy,
)
from eventcoder.evaluate.sentences import (
    BOTH_WRONG,
    MODALITY_WRONG,
    NOT_FOUND,
    SOURCE_WRONG,
    SPURIOUS_EMPTY,
    SPURIOUS_EXTRA,
    TARGET_WRONG,
    WRONG_TYPE,
    GoldSentence,
    score,
)
from eventcoder.records import CodedDocument, EventType, Modality, TextSpan


def ev(kind: str, src: list[str], tgt: list[str], modality: str = "asserted", **kw) -> dict:
    return {"type": kind, "source": src, "target": tgt, "modality": modality, **kw}


def one(gold: list[dict], pred: list[dict]):
    rep = score([GoldSentence("s1", "text", None, gold)], {"s1": pred})
    return rep, [e.cause for e in rep.errors]


@pytest.mark.parametrize(
    ("gold", "pred", "causes"),
    [
        ([ev("ACCUSE", ["USA"], ["RUS"])], [ev("SUPPORT", ["USA"], ["RUS"])], [WRONG_TYPE]),
        # a wrong type with the right source is a type error, not a miss plus a false positive
        ([ev("ACCUSE", ["USA"], ["RUS"])], [ev("SANCTION", ["USA"], ["CHN"])], [WRONG_TYPE]),
        ([ev("SANCTION", ["USA"], ["RUS"])], [ev("SANCTION", ["USA"], [])], [TARGET_WRONG]),
        ([ev("SANCTION", ["USA"], ["RUS"])], [ev("SANCTION", ["USA"], ["CHN"])], [TARGET_WRONG]),
        ([ev("ASSAULT", ["RUS"], ["UKR"])], [ev("ASSAULT", [], ["UKR"])], [SOURCE_WRONG]),
        ([ev("MOBILIZE", ["RUS"], [])], [ev("MOBILIZE", ["BLR"], [])], [SOURCE_WRONG]),
        ([ev("ASSAULT", ["RUS"], ["UKR"])], [ev("ASSAULT", ["UKR"], ["RUS"])], [BOTH_WRONG]),
        ([ev("ASSAULT", ["RUS"], ["UKR"])], [], [NOT_FOUND]),
        ([], [ev("AGREE", ["USA"], ["FRA"])], [SPURIOUS_EMPTY]),
        (
            [ev("CONSULT", ["USA"], ["FRA"])],
            [ev("CONSULT", ["USA"], ["FRA"]), ev("COERCE", ["DEU"], ["DEU"])],
            [SPURIOUS_EXTRA],
        ),
        # type and sides both wrong: nothing links them, a miss and a false positive
        (
            [ev("ACCUSE", ["USA"], ["RUS"])],
            [ev("PROTEST", ["FRA"], ["FRA"])],
            [NOT_FOUND, SPURIOUS_EXTRA],
        ),
        ([ev("AID", ["USA"], ["UKR"])], [ev("AID", ["USA"], ["UKR"], "future")], [MODALITY_WRONG]),
    ],
)
def test_error_cause(gold, pred, causes):
    _, got = one(gold, pred)
    assert sorted(got) == sorted(causes)


def test_wrong_type_is_a_miss_and_a_false_positive_of_their_types():
    rep, _ = one([ev("ACCUSE", ["USA"], ["RUS"])], [ev("SUPPORT", ["USA"], ["RUS"])])
    assert (rep.by_type["ACCUSE"].fn, rep.by_type["SUPPORT"].fp) == (1, 1)
    assert (rep.overall.tp, rep.actor_only.tp, rep.type_only.tp) == (0, 1, 0)
    assert rep.type_only_by_type["ACCUSE"].fn == 1


def test_symmetric_gold_swapped_is_right_and_alt_type_and_modality_accepted():
    gold = [
        ev("CONSULT", ["USA"], ["FRA"], symmetric=True),
        ev("AID", ["USA"], ["UKR"], "future", alt_types=["AGREE"], alt_modality=["asserted"]),
    ]
    rep, causes = one(gold, [ev("CONSULT", ["FRA"], ["USA"]), ev("AGREE", ["USA"], ["UKR"])])
    assert causes == [] and rep.overall.tp == 2 and rep.modality_right == 2


@pytest.mark.parametrize("flag", [{"reference": True}, {"optional": True}])
def test_reference_and_optional_gold_are_neither_required_nor_errors(flag):
    gold = [ev("ACCUSE", ["USA"], ["RUS"]), ev("ASSAULT", ["RUS"], ["UKR"], **flag)]
    found, causes = one(gold, [ev("ACCUSE", ["USA"], ["RUS"]), ev("ASSAULT", ["RUS"], ["UKR"])])
    assert causes == [] and (found.overall.tp, found.overall.fp, found.overall.fn) == (1, 0, 0)
    missed, causes = one(gold, [ev("ACCUSE", ["USA"], ["RUS"])])
    assert causes == [] and missed.overall.fn == 0
    # a sentence whose gold is only a reference is not a no-event sentence for a match
    alone, causes = one([gold[1]], [ev("ASSAULT", ["RUS"], ["UKR"])])
    assert causes == [] and alone.overall.fp == 0


# ---- sets, coding window, runs -------------------------------------------------------------
def _write(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_eval_sets_leave_out_the_test_split_unless_asked(tmp_path):
    row = {"id": "a", "text": "x", "events": []}
    for name in ("devset.jsonl", "annotated/b.jsonl", "annotated/a.jsonl", "dev.jsonl"):
        _write(tmp_path / name, [row])
    _write(tmp_path / "test.jsonl", [row])
    (tmp_path / "annotated" / "empty.jsonl").write_text("")
    names = [str(p.relative_to(tmp_path)) for p in eval_sets(tmp_path)]
    assert names == ["devset.jsonl", "dev.jsonl"]  # annotated/ mixes both splits
    with_test = [p.name for p in eval_sets(tmp_path, include_test=True)]
    assert with_test[-1] == "test.jsonl"


class RuleCoder:
    """Codes an event wherever one of its (word, type, source, target) rules' word occurs."""

    def __init__(self, rules: list[tuple[str, str, str, str]]):
        self.rules = rules
        self.seen: list[str] = []

    def pipe(self, docs):
        for doc in docs:
            self.seen.append(doc.text)
            events = []
            for word, kind, src, tgt in self.rules:
                at = doc.text.find(word)
                if at >= 0:
                    trigger = TextSpan(word, at, at + len(word), 0)
                    events.append(
                        make_event(
                            doc.text,
                            trigger,
                            EventType(kind),
                            id=f"{doc.id}-{at}",
                            doc_id=doc.id,
                            source=(actor_ref(src),),
                            target=(actor_ref(tgt),),
                            date=None,
                            modality=Modality.ASSERTED,
                        )
                    )
            yield CodedDocument(doc, tuple(events))


def test_paragraph_window_reaches_back_and_keeps_only_the_sentence_events():
    doc = "Title line.\n\nFrance condemned Iran. It later sanctioned Iran.\n\nNext one."
    start = doc.index("It later")
    s = GoldSentence("g", doc[start : doc.index("\n\nNext")], None, [], doc_text=doc, start=start)
    text, offset = _window(s)
    assert text == "France condemned Iran. It later sanctioned Iran." and offset == start - 13
    opener = GoldSentence("h", "France condemned Iran.", None, [], doc_text=doc, start=13)
    assert _window(opener)[0] == "Title line.\n\nFrance condemned Iran."
    coder = RuleCoder(
        [("condemned", "ACCUSE", "FRA", "IRN"), ("sanctioned", "SANCTION", "FRA", "IRN")]
    )
    pred = code_sentences([s], coder, context="paragraph")
    assert [p["type"] for p in pred["g"]] == ["SANCTION"]
    assert coder.seen == [text]
    assert code_sentences([s], coder)["g"][0]["type"] == "SANCTION"
    assert coder.seen[-1] == s.text


def test_run_reports_change_since_last_run_and_logs(tmp_path):
    rows = [
        {"id": "a", "text": "Paris condemned Tehran.", "events": [ev("ACCUSE", ["FRA"], ["IRN"])]},
        {
            "id": "b",
            "text": "Paris sanctioned Tehran.",
            "events": [ev("SANCTION", ["FRA"], ["IRN"])],
        },
        {"id": "c", "text": "It rained.", "events": []},
    ]
    _write(tmp_path / "devset.jsonl", rows)
    (tmp_path / "README.md").write_text("# eval\n\nSome text.\n")
    good = RuleCoder(
        [("condemned", "ACCUSE", "FRA", "IRN"), ("sanctioned", "SANCTION", "FRA", "IRN")]
    )
    first = run_accuracy(tmp_path, lambda: good, today=date(2026, 1, 2), log_message="start")
    assert "OVERALL" in first and "change since last run" not in first
    last = json.loads((tmp_path / "last_run.json").read_text())
    assert last["sets"]["devset.jsonl"]["overall"]["f1"] == 1.0
    worse = RuleCoder([("condemned", "SUPPORT", "FRA", "IRN"), ("rained", "AGREE", "FRA", "IRN")])
    second = run_accuracy(tmp_path, lambda: worse, today=date(2026, 1, 3), log_message="a | b")
    lines = second.splitlines()
    assert "change since last run: P -1.00  R -1.00  F1 -1.00" in lines
    accuse = next(x for x in lines if x.startswith("ACCUSE"))
    assert accuse.split()[-2:] == ["-1.00", "0.00"]  # F1 change, type-only F1
    causes = {
        x[:40].strip(): x.split()[-3:]
        for x in lines
        if x[:40].strip() in {WRONG_TYPE, NOT_FOUND, SPURIOUS_EMPTY}
    }
    assert causes[WRONG_TYPE] == ["1", "0.50", "+1"]
    assert causes[NOT_FOUND] == ["1", "0.50", "+1"]
    assert causes[SPURIOUS_EMPTY] == ["1", "0.50", "+1"]
    readme = (tmp_path / "README.md").read_text()
    assert readme.count(LOG_HEADING) == 1 and readme.startswith("# eval\n\nSome text.\n")
    rows_logged = [x for x in readme.split(LOG_HEADING)[1].splitlines() if x.startswith("| 2026")]
    assert [r.split(" | ")[2] for r in rows_logged] == ["start", "a / b"]
    assert "devset.jsonl: F1 1.00" in rows_logged[0] and "devset.jsonl: F1 0.00" in rows_logged[1]


def test_log_row_goes_after_the_last_row_of_its_table(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\n{LOG_HEADING}\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n## Later\n")
    append_log(readme, "| 3 | 4 |")
    assert readme.read_text().endswith("| 1 | 2 |\n| 3 | 4 |\n\n## Later\n")
    f = {
        "overall": {"f1": 0.5, "p": 0.4, "r": 0.6},
        "type_only": {"f1": 0.7},
        "actor_only": {"f1": 0.6},
        "modality": 0.9,
    }
    assert log_line("2026-01-01", "abc", "m", {"dev.jsonl": f}) == (
        "| 2026-01-01 | abc | m | dev.jsonl: F1 0.50 (P 0.40 R 0.60), type 0.70, actors 0.60, "
        "modality 0.90 |"
    )
