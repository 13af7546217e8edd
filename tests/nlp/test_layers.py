"""Stages import only the stages before them: nlp knows no actors or events, actors no events."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "eventcoder"

FORBIDDEN = {
    "nlp": ("eventcoder.actors", "eventcoder.events", "eventcoder.coder"),
    "actors": ("eventcoder.events", "eventcoder.coder"),
    "events": ("eventcoder.coder",),
}


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside functions."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_layers_stage_imports_nothing_downstream(stage):
    found = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in sorted((SRC / stage).glob("*.py"))
        for name in sorted(_imports(path))
        if name.startswith(FORBIDDEN[stage])
    ]
    assert found == []


def test_layers_check_sees_a_forbidden_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from eventcoder.actors.match import COMPONENT\n")
    assert "eventcoder.actors.match" in _imports(bad)
