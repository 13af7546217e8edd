"""Writing output files without ever destroying what the user gave us.

`check_output` runs before any work starts (before the model loads): the path must not be one of
the inputs or the database (compared by device and inode, so hard links and other spellings of
the same file count), its folder must exist and be writable, and it must not be a folder.
`safe_output` then writes to a temporary file in the same folder and renames it over the path
only when everything was written: a failed run leaves the old file (or none), never half a file.
A full device or a vanished folder ends in one line (an `OutputError`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from eventcoder.errors import EventcoderError


class OutputError(EventcoderError):
    """An output file cannot be written; names the file and why."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _is_special(path: Path) -> bool:
    """True for an existing path that is not a regular file (/dev/null, a pipe, a terminal)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def check_output(
    path: str, *, what: str, inputs: Iterable[str] = (), protected: Iterable[str] = ()
) -> None:
    """Refuse an output path that would overwrite an input or a protected file, or cannot be written.

    `inputs` are the files being read (folders already expanded); `protected` are other files
    that must survive (the database and its write-ahead log). Raises OutputError with one line.
    """
    p = Path(path)
    if p.is_dir():
        raise OutputError(f"{what} {path}: is a folder, not a file")
    if _is_special(p):
        return  # written in place, never renamed over
    me = _identity(p)
    resolved = p.resolve()
    for kind, items in (("an input", inputs), ("the database", protected)):
        for item in items:
            if item == "-":
                continue
            other = Path(item)
            same = (me is not None and me == _identity(other)) or resolved == other.resolve()
            if same:
                raise OutputError(
                    f"{what} {path}: is {kind} ({item}); refusing to overwrite it "
                    "(choose another output file)"
                )
    folder = p.parent if str(p.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{what} {path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{what} {path}: folder {folder} is not writable")
    if p.exists() and not os.access(p, os.W_OK):
        raise OutputError(f"{what} {path}: file is not writable")
    try:  # a read-only mount or a full device says so now, not after the work
        fd, probe = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".part", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"{what} {path}: cannot write in {folder} ({_reason(exc)})") from None


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "the device is full"
    return exc.strerror or str(exc)


@contextlib.contextmanager
def safe_output(
    path: str, *, what: str = "output", binary: bool = False, newline: str | None = None
) -> Iterator[IO[str]]:
    """A file object for `path` whose content appears there only if the block succeeds.

    Writes go to a temporary file in the same folder, flushed and synced, then `os.replace`d over
    `path` (keeping an existing file's permissions). On any error the temporary file is removed
    and the old `path` is left as it was; an OSError becomes an OutputError naming the path.
    Special files (/dev/null, a pipe) are written in place.
    """
    p = Path(path)
    if _is_special(p):
        try:
            with open(p, "wb" if binary else "w", encoding=None if binary else "utf-8") as fh:
                yield fh
        except OSError as exc:
            raise OutputError(f"{what} {path}: cannot write ({_reason(exc)})") from None
        return
    with (
        safe_path(path, what=what) as tmp,
        open(
            tmp, "wb" if binary else "w", encoding=None if binary else "utf-8", newline=newline
        ) as fh,
    ):
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


@contextlib.contextmanager
def safe_path(path: str, *, what: str = "output") -> Iterator[str]:
    """A temporary path next to `path` for writers that open files themselves (Parquet), and
    the ground of `safe_output`.

    The writer writes to the yielded path; it replaces `path` only when the block succeeds.
    """
    p = Path(path)
    if _is_special(p):
        yield path
        return
    folder = p.parent if str(p.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"{what} {path}: cannot write ({_reason(exc)})") from None
    ok = False
    try:
        try:  # the new file keeps an existing file's permissions, else the umask's
            mode = p.stat().st_mode & 0o7777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        yield tmp
        os.replace(tmp, p)
        ok = True
    except OSError as exc:
        raise OutputError(
            f"{what} {path}: cannot write ({_reason(exc)}); nothing was written there"
        ) from None
    finally:
        if not ok:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
