"""The compiled trigger lexicon: read back equal, rebuilt when a file changes, never stale."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.lexicon import build_lexicon, load_lexicon
from eventcoder.events.lexicon_cache import PREFIX, cached_lexicon

USER = """triggers:
  - lemma: {lemma}
    type: CONSULT
    example: "The envoys {lemma}d in Geneva."
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("EVENTCODER_CACHE", str(folder))
    return folder


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*.pickle"))


def test_second_load_reads_the_cache_and_equals_a_fresh_build(cache: Path) -> None:
    first = load_lexicon()
    assert len(_files(cache)) == 1
    calls: list[int] = []

    def build(extra: list[Path]):  # type: ignore[no-untyped-def]
        calls.append(1)
        return build_lexicon(extra)

    second = cached_lexicon([], build)
    assert calls == []  # served from the file
    fresh = build_lexicon()
    assert second.entries == fresh.entries == first.entries
    assert second.by_lemma == fresh.by_lemma
    assert second.context_words == fresh.context_words
    assert second.word_ids == fresh.word_ids


def test_a_changed_user_file_is_a_new_cache_entry(cache: Path, tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(USER.format(lemma="parley"), encoding="utf-8")
    one = load_lexicon([user])
    assert ("parley", "VERB") in one.by_lemma
    user.write_text(USER.format(lemma="confabulate"), encoding="utf-8")
    two = load_lexicon([user])
    assert ("confabulate", "VERB") in two.by_lemma
    assert ("parley", "VERB") not in two.by_lemma
    assert len(_files(cache)) == 2


def test_a_damaged_cache_file_is_rebuilt(cache: Path) -> None:
    load_lexicon()
    (path,) = _files(cache)
    path.write_bytes(b"not a pickle")
    again = load_lexicon()
    assert again.entries == build_lexicon().entries
    assert path.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_folder_only_costs_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("EVENTCODER_CACHE", str(blocker / "sub"))  # a folder under a file
    assert load_lexicon().entries == build_lexicon().entries


def test_a_bad_user_file_is_reported_not_cached(cache: Path, tmp_path: Path) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text("triggers:\n  - lemma: x\n    type: NOT_A_TYPE\n    example: x\n")
    with pytest.raises(DataFileError, match=r"bad\.yaml"):
        load_lexicon([user])
    missing = tmp_path / "missing.yaml"
    with pytest.raises(DataFileError, match=r"missing\.yaml"):
        load_lexicon([missing])
    assert _files(cache) == []
    assert not cache.exists() or not [n for n in os.listdir(cache) if n.startswith(".tmp-")]
