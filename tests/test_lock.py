"""The lock is complete: every dependency of a locked package (extras and markers included) is locked.

Set-up installs the lock with ``--no-deps``, so a missing dependency would only show up as an
import error on some machine later; this test makes it fail here instead.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]


def locked_versions(text: str) -> dict[str, str]:
    """Package name -> pinned version, from a hashed lock file."""
    pins: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#-" or "==" not in line:
            continue
        spec = line.split(";")[0].split("\\")[0].strip()
        name, version = spec.split("==", 1)
        pins[canonicalize_name(name.split("[")[0])] = version.strip()
    return pins


def missing_from_lock(roots: list[Requirement], pins: dict[str, str]) -> list[str]:
    """Walk the dependency closure of ``roots`` through installed metadata; list what the lock lacks."""
    env = default_environment()
    env["python_version"] = "3.11"
    missing: list[str] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(r, "pyproject.toml") for r in roots]
    while todo:
        req, wanted_by = todo.pop()
        name = canonicalize_name(req.name)
        key = (name, frozenset(req.extras))
        if key in seen:
            continue
        seen.add(key)
        if name not in pins:
            missing.append(f"{req} (wanted by {wanted_by})")
            continue
        for dep in metadata.distribution(name).requires or []:
            r = Requirement(dep)
            extras = ["", *sorted(req.extras)]
            if r.marker is None or any(r.marker.evaluate({**env, "extra": e}) for e in extras):
                todo.append((r, f"{name}=={pins[name]}"))
    return sorted(missing)


def project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"]) + list(project["optional-dependencies"]["dev"])
    return [Requirement(s) for s in specs]


def test_lock_is_complete() -> None:
    pins = locked_versions((ROOT / "requirements.lock").read_text())
    assert missing_from_lock(project_requirements(), pins) == []


def test_lock_pins_what_is_installed() -> None:
    pins = locked_versions((ROOT / "requirements.lock").read_text())
    wrong = [
        f"{name}: locked {version}, installed {metadata.version(name)}"
        for name, version in pins.items()
        if metadata.version(name) != version
    ]
    assert wrong == []


def test_missing_dependency_is_reported() -> None:
    pins = locked_versions((ROOT / "requirements.lock").read_text())
    del pins["lxml-html-clean"]
    missing = missing_from_lock([Requirement("trafilatura")], pins)
    assert any(
        m.startswith("lxml-html-clean") or m.startswith("lxml_html_clean") for m in missing
    ), missing
