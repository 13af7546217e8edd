"""The trigger lexicon compiled once: YAML files -> validated Lexicon, pickled.

Same folder and same rules as the actor dictionary's cache (eventcoder.actors.cache): the file's
name is a hash of every input (the built-in and user trigger files' names and bytes, the code
that validates them, the eventcoder version), so a changed file or rule gives a new name and a
stale cache is never read; two processes that build at once each write a temporary file and
rename it into place, so a reader sees a whole file or none. An unwritable folder only costs the
rebuild (a third of a second).
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.actors.cache import _write, cache_dir
from eventcoder.version import __version__

if TYPE_CHECKING:
    from eventcoder.events.lexicon import Lexicon

FORMAT = 1  # bump when the pickled structures change shape
PREFIX = "lexicon-"
# the code whose rules decide what a data file validates into
CODE = (
    ("events", "lexicon.py"),
    ("events", "lexicon_cache.py"),
    ("ontology", "codes.py"),
    ("ontology", "plover.py"),
    ("", "records.py"),
)


def builtin_files() -> list[Any]:
    """The package's trigger files, in the order the lexicon reads them."""
    base = resources.files("eventcoder") / "data" / "triggers"
    return sorted((p for p in base.iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)


def cache_key(extra: Iterable[Path]) -> str:
    """Hash of the trigger files (built-in, then the user's) and of the code that reads them."""
    h = hashlib.sha256(f"{FORMAT}|{__version__}".encode())
    root = resources.files("eventcoder")
    for folder, name in CODE:
        h.update(((root / folder / name) if folder else (root / name)).read_bytes())
    for path in [*builtin_files(), *extra]:
        h.update(f"\0{getattr(path, 'name', path)}\0".encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:24]


def cached_lexicon(
    extra: Iterable[Path],
    build: Callable[[list[Path]], Lexicon],
    folder: str | Path | None = None,
) -> Lexicon:
    """`build(extra)`, or its pickled result from an earlier run with the same inputs.

    A user file that cannot be read is left to `build`, whose error names it.
    """
    from eventcoder.events.lexicon import Lexicon

    extra = [Path(p) for p in extra]
    try:
        key = cache_key(extra)
    except OSError:
        return build(extra)
    path = cache_dir(folder) / f"{PREFIX}{key}.pickle"
    try:
        with path.open("rb") as f:
            lexicon = pickle.load(f)
        if isinstance(lexicon, Lexicon):
            return lexicon
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
        pass
    lexicon = build(extra)
    _write(path, lexicon)
    for old in path.parent.glob(f"{PREFIX}*.pickle"):  # earlier versions, a week on
        try:
            if old != path and old.stat().st_mtime < path.stat().st_mtime - 7 * 86400:
                old.unlink()
        except OSError:
            pass
    return lexicon
