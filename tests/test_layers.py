"""The import rules of docs/architecture.md, read from the source with `ast` (nothing imported).

No module over 500 lines; the store imports nothing from the coder, the pipeline, analytics,
output or the CLI; records.py and rows.py import no stage; and the top-level stages
(eventcoder.<stage>) import each other without a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "eventcoder"
MAX_LINES = 500

# What the store must never import: everything that sits above it.
ABOVE_STORE = ("coder", "pipeline", "analytics", "output", "cli", "api", "web", "scale")


def _module_name(path: Path, root: Path = SRC) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, root: Path = SRC) -> set[str]:
    """The eventcoder modules a file imports (absolute or relative, at any depth of the file)."""
    name = _module_name(path, root)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "eventcoder"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.split(".")[0] == "eventcoder":
                found.add(module)
                found |= {f"{module}.{a.name}" for a in node.names}  # "from pkg import module"
    return found


def stage(module: str) -> str:
    """eventcoder.events.assembly -> eventcoder.events; eventcoder.coder stays itself."""
    return ".".join(module.split(".")[:2])


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _stage_graph() -> dict[str, set[str]]:
    stages = {stage(_module_name(p)) for p in _sources()}
    graph: dict[str, set[str]] = {s: set() for s in stages}
    for path in _sources():
        here = stage(_module_name(path))
        for dep in imports_of(path):
            there = stage(dep)
            if there != here and there in stages:
                graph[here].add(there)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a path that returns to its start, or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_layers_no_module_over_500_lines():
    long = {
        str(p.relative_to(SRC)): n
        for p in _sources()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_layers_store_imports_nothing_above_it():
    bad = {
        f"{p.relative_to(SRC)} imports {dep}"
        for p in (PACKAGE / "store").rglob("*.py")
        for dep in imports_of(p)
        if dep.split(".")[1] in ABOVE_STORE
    }
    assert bad == set()


@pytest.mark.parametrize("module", ["records.py", "rows.py"])
def test_layers_records_import_no_stage(module):
    assert {stage(m) for m in imports_of(PACKAGE / module)} <= {"eventcoder.records"}


def test_layers_stages_have_no_import_cycle():
    assert find_cycle(_stage_graph()) is None


def test_layers_checker_sees_cycles_and_relative_imports(tmp_path):
    # the checker itself: a planted cycle is found, a relative import is resolved
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
    pkg = tmp_path / "src" / "eventcoder" / "store"
    pkg.mkdir(parents=True)
    f = pkg / "x.py"
    f.write_text("from ..output import csv\nfrom . import merge\nimport eventcoder.cli\n")
    got = imports_of(f, tmp_path / "src")
    assert {"eventcoder.output.csv", "eventcoder.store.merge", "eventcoder.cli"} <= got
