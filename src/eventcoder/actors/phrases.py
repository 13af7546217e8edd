"""The dictionary's surface forms as token sequences, and the matcher that finds them in a Doc.

A plain dict of token tuples instead of spaCy's PhraseMatcher: it pickles and loads in
milliseconds, so the compiled table can live in the actor cache (actors/cache.py). Acronyms and
short codes match as written ("US", not "us"); other forms match lower-cased and without
diacritics ("Erdogan" finds "Erdoğan"); dictionary surnames match only with a capital.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

SURNAME = "SURNAME::"


def fold(text: str) -> str:
    """Lower-case without diacritics: "Erdoğan" -> "erdogan", "Łukaszenka" -> "lukaszenka"."""
    text = text.lower().translate(_LETTERS)
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# letters NFKD does not split into a base letter and a mark
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "ß": "ss", "æ": "ae"})


@dataclass
class PhraseTable:
    """Token tuples -> dictionary keys: `exact` compares tokens as written, `loose` folded."""

    exact: dict[tuple[str, ...], list[str]] = field(default_factory=lambda: defaultdict(list))
    loose: dict[tuple[str, ...], list[str]] = field(default_factory=lambda: defaultdict(list))
    longest: int = 1
    # first word -> lengths of the entries starting with it (made by freeze)
    exact_starts: dict[str, tuple[int, ...]] = field(default_factory=dict)
    loose_starts: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def add(self, key: str, tokens: list[str], exact: bool) -> None:
        if not tokens:
            return
        if exact:
            seq = tuple(tokens)
            table = self.exact
        else:
            seq = tuple(fold(t) for t in tokens)
            table = self.loose
        if key not in table[seq]:
            table[seq].append(key)
        self.longest = max(self.longest, len(seq))

    def find(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(key, start, end) for every match: exact ones first, then folded, each by position.
        Only the lengths some entry starting with a token's word has are tried at that token."""
        from eventcoder.nlp.scan import token_texts  # spaCy: not imported with the dictionary

        out: list[tuple[str, int, int]] = []
        texts = token_texts(doc)
        for table, starts, words in (
            (self.exact, self.exact_starts, texts),
            (self.loose, self.loose_starts, [_fold_word(t) for t in texts]),
        ):
            n = len(words)
            for i, word in enumerate(words):
                lengths = starts.get(word)
                if lengths is None:
                    continue
                for length in lengths:
                    if i + length > n:
                        break
                    keys = table.get(tuple(words[i : i + length]))
                    if keys:
                        out.extend((k, i, i + length) for k in keys)
        return out

    def freeze(self) -> PhraseTable:
        """Plain dicts (no default factory) for pickling, with the index of first words."""
        return PhraseTable(
            dict(self.exact),
            dict(self.loose),
            self.longest,
            _starts(self.exact),
            _starts(self.loose),
        )


def _starts(table: dict[tuple[str, ...], list[str]]) -> dict[str, tuple[int, ...]]:
    """First word -> the lengths (ascending) of the entries that begin with it."""
    out: dict[str, set[int]] = defaultdict(set)
    for seq in table:
        out[seq[0]].add(len(seq))
    return {word: tuple(sorted(lengths)) for word, lengths in out.items()}


# a document's words repeat, and so do documents': fold each distinct word once
_fold_word = lru_cache(maxsize=1 << 16)(fold)


def build_table(
    forms: dict[str, set[str]],
    surnames: dict[str, set[str]],
    tokenize: Callable[[Iterable[str]], Iterable[list[str]]],
    needs_exact: Callable[[str], bool],
) -> PhraseTable:
    """The table for `forms` (dictionary key -> forms as written) and surnames (folded surname ->
    spellings in the data); `tokenize` splits texts as the pipeline's tokenizer does."""
    table = PhraseTable()
    jobs: list[tuple[str, str, bool]] = []
    for key, written in forms.items():
        for form in sorted(written):
            if needs_exact(form):
                jobs.append((key, form, True))
            else:
                jobs.append((key, form, False))
                if form.lower() != form:
                    jobs.append((key, key, False))
                if "'" in key:
                    jobs.append((key, key.replace("'", "’"), False))
    for sur, spellings in surnames.items():
        for s in sorted(spellings | {sur}):
            jobs += [(SURNAME + sur, s.title(), True), (SURNAME + sur, s.upper(), True)]
    for (key, _, exact), tokens in zip(jobs, tokenize(j[1] for j in jobs), strict=True):
        table.add(key, tokens, exact)
    return table.freeze()
