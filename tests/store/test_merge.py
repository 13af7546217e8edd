"""Merging reports of one event: the rule on hand-made pairs, order independence, and real
State Department releases that report the same meeting (and template readouts that do not)."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from eventcoder.records import Document
from eventcoder.store import Store
from eventcoder.store import merge as M


def _key(
    eid: str,
    text: str,
    day: str,
    countries: set[str],
    *,
    kind: str = "CONSULT",
    modality: str = "asserted",
    precision: str = "day",
    targets: set[str] = frozenset(),
    where: tuple[str, int] = ("", -1),
) -> M.MentionKey:
    return M.MentionKey(
        eid,
        kind,
        modality,
        date.fromisoformat(day),
        precision,
        frozenset(countries),
        frozenset(targets),
        text,
        where,
    )


READOUT = "Secretary Blinken met today with Armenian Foreign Minister Mirzoyan in Washington."
STATEMENT = "Secretary Blinken met with Armenian Foreign Minister Mirzoyan in Washington today."


def _same(a: M.MentionKey, b: M.MentionKey) -> bool:
    return M.same_event(a, b, M.signature(a.text), M.signature(b.text))


def test_merge_shingles_are_lowercased_word_windows():
    assert M.shingles("The U.S. met Armenia") == {"the u", "u s", "s met", "met armenia"}
    assert M.shingles("Hello") == {"hello"}
    assert M.shingles("") == set()


def test_merge_rule_links_rewordings_of_one_meeting():
    a = _key("a", READOUT, "2022-05-02", {"USA", "ARM"})
    b = _key("b", STATEMENT, "2022-05-02", {"ARM", "USA"})
    assert _same(a, b)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"kind": "SANCTION"}, "different type"),
        ({"modality": "future"}, "announced vs held"),
        ({"day": "2022-05-03"}, "both dated from the text, different days"),
        ({"countries": {"USA", "AZE"}}, "different dyad"),
        ({"countries": {"FRA"}}, "no shared country"),
    ],
)
def test_merge_rule_keeps_apart(change, why):
    a = _key("a", READOUT, "2022-05-02", {"USA", "ARM"})
    kw = {"day": "2022-05-02", "countries": {"USA", "ARM"}, **change}
    b = _key("b", READOUT, kw.pop("day"), kw.pop("countries"), **kw)
    assert not _same(a, b), why


def test_merge_rule_date_windows():
    a = _key("a", READOUT, "2022-05-02", {"USA", "ARM"}, precision="publication")
    near = _key("b", READOUT, "2022-05-03", {"USA", "ARM"}, precision="day")
    far = _key("c", READOUT, "2022-05-02", {"USA", "ARM"}, precision="day")
    assert _same(a, near)  # a publication date may lag a day behind
    assert M.DATE_WINDOW_DAYS == 1
    assert not _same(_key("d", READOUT, "2022-05-05", {"USA", "ARM"}, precision="publication"), far)


def test_merge_rule_one_country_needs_near_identical_wording():
    libya = _key(
        "a",
        "Secretary Blinken spoke today with Libyan Foreign Minister Najla Mangoush.",
        "2021-06-17",
        {"USA"},
    )
    brazil = _key(
        "b",
        "Secretary Blinken spoke today with Brazilian Foreign Minister Carlos Franca.",
        "2021-06-17",
        {"USA", "BRA"},
    )
    assert M.similarity_needed(libya, brazil) == M.SIMILARITY_ONE_SIDED
    assert not _same(libya, brazil)
    dup = _key("c", libya.text, "2021-06-17", {"USA"})
    assert _same(libya, dup)


def test_merge_rule_one_sentence_merges_only_same_sides():
    text = "The 4,800 French firms in the United States support jobs, and U.S. firms in France too."
    a = _key("a", text, "2021-06-24", {"FRA"}, targets={"USA"}, where=("doc", 3))
    b = _key("b", text, "2021-06-24", {"USA"}, targets={"FRA"}, where=("doc", 3))
    same = _key("c", text, "2021-06-24", {"FRA"}, targets={"USA"}, where=("doc", 3))
    assert not _same(a, b)
    assert _same(a, same)


def test_merge_rule_generic_codes_do_not_make_a_dyad():
    nato = _key(
        "a",
        "Blinken spoke today with NATO Secretary General Stoltenberg.",
        "2022-03-04",
        {"USA", "IGO"},
    )
    eu = _key(
        "b",
        "Blinken spoke today with European Council President Michel.",
        "2022-03-04",
        {"USA", "IGO"},
    )
    assert M.similarity_needed(nato, eu) == M.SIMILARITY_ONE_SIDED


def test_merge_link_does_not_depend_on_order():
    texts = [READOUT, STATEMENT, READOUT + " They discussed peace.", "Russia attacked Ukraine."]
    keys = [
        _key(
            f"e{i}",
            t,
            "2022-05-02",
            {"USA", "ARM"} if i < 3 else {"RUS", "UKR"},
            kind="CONSULT" if i < 3 else "ASSAULT",
        )
        for i, t in enumerate(texts)
    ]

    def components(order: list[M.MentionKey]) -> set[frozenset[str]]:
        return {frozenset(new) for new, _ in M.link(order, [], {})}

    want = components(keys)
    assert want == {frozenset({"e0", "e1", "e2"}), frozenset({"e3"})}
    for seed in range(5):
        shuffled = keys[:]
        random.Random(seed).shuffle(shuffled)
        assert components(shuffled) == want
    assert M.merged_id_for(["e2", "e0", "e1"]) == M.merged_id_for(["e0", "e1", "e2"])


# ---- real repeated stories from the State Department corpus -----------------------------------
# readout + joint statement of one meeting (Blinken hosts Armenian FM Mirzoyan, 2022-05-02)
ARMENIA = ("statedept-2022-05-02-26ddac124c", "statedept-2022-05-03-14d6a4707c")
# the same release published twice under two URLs (Blinken meets Ivoirian PM Achi, 2022-03-14)
IVOIRIAN = ("statedept-2022-03-14-1403a8641e", "statedept-2022-03-14-187e284ed1")
# the same statement twice (US condemns Nigeria's Twitter suspension, 2021-06-10)
NIGERIA = ("statedept-2021-06-10-408865ec79", "statedept-2021-06-10-6822d375d6")
# near-identical readouts of *different* Blinken-Kuleba calls (USA-UKR CONSULT), far apart,
# and on consecutive days
KULEBA = (
    "statedept-2022-03-04-4afef914d3",
    "statedept-2022-07-06-a06736cdc6",
    "statedept-2022-07-22-0e67b4a1ff",
    "statedept-2022-03-01-891ab46882",
    "statedept-2022-03-02-e49f291201",
)


def _docs(corpus: Path, ids: set[str]) -> list[Document]:
    out = []
    with (corpus / "state_dept.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["id"] in ids:
                out.append(
                    Document(
                        id=obj["id"],
                        text=obj["text"],
                        date=date.fromisoformat(obj["date"]),
                        url=obj["url"],
                        source=obj["source"],
                        title=obj["title"],
                    )
                )
    assert {d.id for d in out} == ids
    return out


@pytest.fixture(scope="module")
def repeated(tmp_path_factory, coder, corpus_dir):
    ids = set(ARMENIA + IVOIRIAN + NIGERIA + KULEBA)
    path = tmp_path_factory.mktemp("merge") / "s.duckdb"
    store = Store.open(path)
    store.ingest(coder.pipe(_docs(corpus_dir, ids)))
    yield store
    store.close()


def _merged(store: Store, doc_id: str, kind: str, countries: set[str]) -> set[str]:
    rows = store.con.execute(
        "SELECT em.merged_id, list_concat(mc.source_countries, mc.target_countries) "
        "FROM events e JOIN event_merge em USING (event_id) JOIN mention_countries mc "
        "USING (event_id) WHERE e.doc_id = ? AND e.type = ?",
        [doc_id, kind],
    ).fetchall()
    return {mid for mid, cs in rows if countries <= set(cs)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pair", "kind", "countries"),
    [
        (ARMENIA, "CONSULT", {"USA", "ARM"}),
        (IVOIRIAN, "CONSULT", {"USA", "CIV"}),
        (NIGERIA, "ACCUSE", {"USA", "NGA"}),
    ],
)
def test_merge_real_reports_of_one_event_merge(repeated, pair, kind, countries):
    a, b = (_merged(repeated, d, kind, countries) for d in pair)
    assert a and b, "the coder should find the event in both releases"
    assert a & b, f"{pair} report one {kind} event but were not merged"
    row = repeated.merged_events()
    merged = next(r for r in row if r["merged_id"] in a & b)
    assert merged["n_articles"] == 2 and set(pair) <= set(merged["doc_ids"])


@pytest.mark.slow
def test_merge_real_template_readouts_of_different_calls_stay_apart(repeated):
    ids = [_merged(repeated, d, "CONSULT", {"USA", "UKR"}) for d in KULEBA]
    assert all(ids), "the coder should find each Blinken-Kuleba call"
    flat = [mid for s in ids for mid in s]
    assert len(flat) == len(set(flat)), "calls on different days were merged"


@pytest.mark.slow
def test_merge_incremental_equals_one_batch(tmp_path, coder, corpus_dir):
    docs = _docs(corpus_dir, set(ARMENIA + IVOIRIAN + KULEBA[:2]))
    coded = list(coder.pipe(docs))
    with Store.open(tmp_path / "batch.duckdb") as s:
        s.ingest(coded)
        batch = set(s.con.execute("SELECT event_id, merged_id FROM event_merge").fetchall())
    with Store.open(tmp_path / "one.duckdb") as s:
        for cd in reversed(coded):  # one document at a time, in the other order
            s.ingest([cd])
        one = set(s.con.execute("SELECT event_id, merged_id FROM event_merge").fetchall())
        s.merge(rebuild=True)
        rebuilt = set(s.con.execute("SELECT event_id, merged_id FROM event_merge").fetchall())
    assert one == batch == rebuilt
