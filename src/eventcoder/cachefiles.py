"""Compiled caches (actor dictionary, trigger lexicon, gazetteer): where they live and how they
are read and written.

Where: the `folder` given (the `actor_cache` setting), else $EVENTCODER_CACHE, else
$XDG_CACHE_HOME/eventcoder, else ~/.cache/eventcoder. A cache file's name holds a hash of every
input, so a stale file is never read. Two processes that build at once each write a temporary
file and rename it into place (atomic): a reader sees a whole file or none. An unreadable file is
rebuilt; an unwritable folder only costs the rebuild.
"""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

KEEP_DAYS = 7  # other versions of a cache (same prefix) are removed after this many days


def cache_dir(setting: str | Path | None = None) -> Path:
    if setting:
        return Path(setting)
    if os.environ.get("EVENTCODER_CACHE"):
        return Path(os.environ["EVENTCODER_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventcoder"


def read_pickle(path: Path) -> Any:
    """The value pickled at `path`, or None when there is no readable file.

    The cyclic garbage collector is paused while it loads: unpickling a large structure makes no
    garbage, but its many new containers would trigger collections that scan them again and
    again (more than half the load time of the actor dictionary)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
        return None
    finally:
        if enabled:
            gc.enable()


def write_pickle(path: Path, value: Any, prefix: str | None = None) -> None:
    """Write to a temporary file in the same folder, then rename over the target (atomic). Files
    named `prefix`* older than KEEP_DAYS than this one (earlier versions) are removed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pickle", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        if prefix:
            for old in path.parent.glob(f"{prefix}*.pickle"):
                if old != path and old.stat().st_mtime < path.stat().st_mtime - KEEP_DAYS * 86400:
                    old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only or full cache folder: work from the freshly built value
