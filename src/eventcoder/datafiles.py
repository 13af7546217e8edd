"""Reading the project's YAML data files (and users' own) with errors that name file and line.

Users' files are untrusted: a file over `MAX_BYTES`, or one whose aliases would expand into more
than `MAX_NODES` nodes (a "billion laughs" bomb of a few hundred bytes), is refused before it is
expanded, with one line.
"""

from __future__ import annotations

from typing import Any

import yaml

from eventcoder.errors import DataFileError

# libyaml's C parser when the wheel has it (it does on the platforms we lock for): much faster loads.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """The safe loader, with impossible dates (2021-13-45) refused at their line, not raised."""

    def construct_yaml_timestamp(self, node: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"bad date {node.value!r} ({exc})", node.start_mark
            ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
MAX_BYTES = 64 * 1024 * 1024
MAX_NODES = 5_000_000


def expanded_size(text: str) -> int:
    """Number of nodes the document expands to, counted on parser events without building it."""
    sizes: dict[str, int] = {}
    stack: list[list[Any]] = [[None, 0]]  # [anchor, size so far] per open collection
    total = 0
    for ev in yaml.parse(text, Loader=_Loader):
        if isinstance(ev, yaml.AliasEvent):
            n = sizes.get(ev.anchor or "", 1)
            stack[-1][1] += n
            total += n
        elif isinstance(ev, yaml.ScalarEvent):
            stack[-1][1] += 1
            total += 1
            if ev.anchor:
                sizes[ev.anchor] = 1
        elif isinstance(ev, yaml.CollectionStartEvent):
            stack.append([ev.anchor, 1])
            total += 1
        elif isinstance(ev, yaml.CollectionEndEvent):
            anchor, n = stack.pop()
            stack[-1][1] += n
            if anchor:
                sizes[anchor] = n
        if total > MAX_NODES:
            break
    return total


def read_yaml(path: Any, what: str) -> Any:
    """Parsed YAML of `path` (a Path or an importlib resource); `what` names the kind of file."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise DataFileError(f"{path}: {what} file is larger than {MAX_BYTES // 2**20} MB")
        text = raw.decode("utf-8")
        if "*" in text and expanded_size(text) > MAX_NODES:
            raise DataFileError(
                f"{path}: {what} file refused: its aliases expand to over {MAX_NODES:,} nodes"
            )
        return yaml.load(text, Loader=_Loader)
    except FileNotFoundError:
        raise DataFileError(f"{path}: no such {what} file") from None
    except IsADirectoryError:
        raise DataFileError(f"{path}: is a folder, not a {what} file") from None
    except UnicodeDecodeError:
        raise DataFileError(f"{path}: {what} file is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise DataFileError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
