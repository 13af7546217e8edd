"""Documents are cut into batches by words, in input order, none lost or repeated."""

from __future__ import annotations

from typing import Any, cast

from eventcoder.records import Document
from eventcoder.scale.dask import DaskCoder


def _coder(**options: Any) -> DaskCoder:
    return DaskCoder(cast(Any, None), **options)  # batching needs no cluster


def test_long_documents_go_alone_and_short_ones_together() -> None:
    docs = [
        Document(id=f"d{i}", text=" ".join(["word"] * n))
        for i, n in enumerate([900, 10, 10, 700, 50, 2000, 5])
    ]
    got = [[d.id for d in b] for b in _coder(batch_words=1000).batches(docs)]
    assert got == [["d0", "d1", "d2", "d3"], ["d4", "d5"], ["d6"]]


def test_batches_hold_at_most_batch_docs_and_keep_the_input_order() -> None:
    texts = [f"text number {i}" for i in range(10)]
    got = list(_coder(batch_docs=4, batch_words=10**6).batches(texts))
    assert [len(b) for b in got] == [4, 4, 2]
    assert [d.text for b in got for d in b] == texts
    assert [d.id for b in got for d in b] == [f"doc{i + 1}" for i in range(10)]
