"""The actor dictionary compiled once: YAML files -> ActorDictionary + phrase table, pickled.

The cache file's name is a hash of every input: the built-in and user files' bytes, the code that
compiles them (this package's schema, loader and phrase table, and the eventcoder version), the
tokenizer, and the settings that change the data (defence_sector). A changed file gives a new
name, so a stale cache is never read. Two processes that build at once each write a temporary
file and rename it into place (atomic), so a reader sees a whole file or none.

Where: $EVENTCODER_CACHE, else $XDG_CACHE_HOME/eventcoder, else ~/.cache/eventcoder (or the
`actor_cache` setting). An unwritable folder only costs the rebuild.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from eventcoder.actors.dictionary import ActorDictionary, builtin_files, load_dictionary, normalise
from eventcoder.actors.phrases import PhraseTable, build_table
from eventcoder.cachefiles import cache_dir, read_pickle, write_pickle
from eventcoder.version import __version__

FORMAT = 2  # bump when the pickled structures change shape
CODE = ("models.py", "dictionary.py", "phrases.py", "cache.py")
PREFIX = "actors-"


def cache_key(extra: Iterable[Path], office_sectors: dict[str, str], tokenizer_id: str) -> str:
    h = hashlib.sha256()
    h.update(f"{FORMAT}|{__version__}|{sorted(office_sectors.items())}|{tokenizer_id}".encode())
    here = resources.files("eventcoder") / "actors"
    for name in CODE:
        h.update((here / name).read_bytes())
    for path in [*builtin_files(), *(Path(p) for p in extra)]:
        h.update(str(getattr(path, "name", path)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:24]


def compiled(
    nlp: Any,
    extra: Iterable[Path] = (),
    office_sectors: dict[str, str] | None = None,
    folder: str | Path | None = None,
) -> tuple[ActorDictionary, PhraseTable]:
    """The dictionary and its phrase table, from the cache when the inputs are unchanged."""
    extra = [Path(p) for p in extra]
    overrides = dict(office_sectors or {})
    tok_id = f"{nlp.lang}|{nlp.meta.get('name')}|{nlp.meta.get('version')}"
    where = cache_dir(folder)
    path = where / f"{PREFIX}{cache_key(extra, overrides, tok_id)}.pickle"
    cached = read_pickle(path)
    if isinstance(cached, tuple) and len(cached) == 2:
        d, table = cached
        if isinstance(d, ActorDictionary) and isinstance(table, PhraseTable):
            return d, table
    d = load_dictionary(extra, overrides)
    table = compile_table(nlp, d)
    _write(path, (d, table))
    return d, table


def compile_table(nlp: Any, d: ActorDictionary) -> PhraseTable:
    def tokenize(texts: Iterable[str]) -> Iterable[list[str]]:
        for doc in nlp.tokenizer.pipe(texts, batch_size=1000):
            yield [t.text for t in doc]

    return build_table(originals(d), d.surname_forms, tokenize, needs_exact)


def _write(path: Path, value: Any) -> None:
    write_pickle(path, value, prefix=path.name.split("-")[0] + "-")


def originals(d: ActorDictionary) -> dict[str, set[str]]:
    """Surface forms as written in the data (acronyms match case-sensitively), by lookup key."""
    out: dict[str, set[str]] = defaultdict(set)

    def add(text: str) -> None:
        out[normalise(text)].add(text.strip())
        if text.lower().startswith("the "):
            out[normalise(text[4:])].add(text.strip()[4:])

    for c in d.countries.values():
        for t in [c.name, *c.names, *c.shared, *c.adjectives, *c.people, *c.capitals, c.code]:
            add(t)
        for s in c.seats:
            add(s.text)
    for a in d.people.values():
        for t in (a.name, *a.aliases):
            add(t)
    for o in d.orgs.values():
        for t in (o.name, *o.aliases, *d.abbreviated(o)):
            add(t)
    for t in d.titles:
        add(d.titles[t].text)
    for word in d.regional:
        add(word)
    for n in d.nouns:
        add(n)
    return out


def needs_exact(form: str) -> bool:
    """Acronyms and short codes match case-sensitively (US, not "us"; SCO, not "sco")."""
    letters = [c for c in form if c.isalpha()]
    if not letters:
        return True
    upper = sum(c.isupper() for c in letters)
    return len(letters) <= 3 or (upper >= 2 and upper >= len(letters) // 2)
