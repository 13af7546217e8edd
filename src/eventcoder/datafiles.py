"""Reading the project's YAML data files (and users' own) with errors that name file and line."""

from __future__ import annotations

from typing import Any

import yaml

from eventcoder.errors import DataFileError

# libyaml's C parser when the wheel has it (it does on the platforms we lock for): much faster loads.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Any, what: str) -> Any:
    """Parsed YAML of `path` (a Path or an importlib resource); `what` names the kind of file."""
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)
    except FileNotFoundError:
        raise DataFileError(f"{path}: no such {what} file") from None
    except UnicodeDecodeError:
        raise DataFileError(f"{path}: {what} file is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise DataFileError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
