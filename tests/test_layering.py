"""The stages stand in layers: a module imports only from layers below its own (imports
inside functions included), so a lower stage never depends on a higher one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "claimcheck"

LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"claimcheck", "errors", "models", "lexicon", "data", "gc_pause", "limits"}),
    frozenset({"text", "readers", "duplicates", "dateline", "filtering", "watchlist", "stories"}),
    frozenset({"facts", "entities", "stance", "quotes", "claims", "loading", "measures"}),
    frozenset({"annotate"}),
    frozenset({"corpus", "relate", "parallel"}),
    frozenset({"align"}),
    frozenset({"matching"}),
    frozenset({"copies"}),
    frozenset({"classify", "check", "confidence"}),
    frozenset({"api"}),
    frozenset({"render"}),
    frozenset({"cli"}),
    frozenset({"__main__"}),
)
"""Lowest first: the data types and tables; reading words; reading values, names and
stances; the one reading of a sentence; what is known across sentences; which values of two
sentences are of one thing; matching; what copies of one sentence share; the
detectors and check; the front door; the renderers; the command line."""


def _stage(module: str) -> str:
    """The stage a module belongs to: "claimcheck.render.json" -> "render"."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _layer(stage: str) -> int:
    return next(n for n, layer in enumerate(LAYERS) if stage in layer)


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found.append((".".join(parts[:-1] if parts[-1] == "__init__" else parts), path))
    return found


def _imports(path: Path) -> set[str]:
    """Every claimcheck module the file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.ImportFrom) and node.level == 0
                and (node.module or "").startswith("claimcheck")):
            module = node.module or ""
            found.update(f"{module}.{a.name}" if module == "claimcheck" and a.name != "__version__"
                         else module for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("claimcheck"))
    return found


def test_every_stage_has_a_layer():
    stages = {_stage(module) for module, _ in _modules()}
    assert stages <= set().union(*LAYERS), stages - set().union(*LAYERS)


@pytest.mark.parametrize("module, path", _modules(), ids=[m for m, _ in _modules()])
def test_a_stage_imports_only_from_lower_layers(module, path):
    stage = _stage(module)
    upward = sorted(found for found in _imports(path)
                    if _stage(found) != stage and _layer(_stage(found)) >= _layer(stage))
    assert upward == [], f"{module} imports {upward}, which are not below it"


def test_the_check_catches_an_import_from_above(tmp_path):
    # The rule must be able to fail: a matching module that imports a detector breaks it.
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from claimcheck.classify import Context\n")
    assert _layer(_stage("claimcheck.classify")) > _layer(_stage("claimcheck.matching"))
    assert "claimcheck.classify" in _imports(probe)
