from __future__ import annotations

import argparse
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from triage.errors import TriageError
from triage.history import commands as history_commands
from triage.models import JobReport
from triage.sources.circleci import commands as circleci_commands
from triage.sources.circleci.commands import Deps
from triage.sources.circleci.retry import RetryPolicy

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


#: retries without waiting, for tests of 429/5xx handling
FAST_RETRY = RetryPolicy(attempts=3, base_s=0.0, cap_s=0.0, max_wait_s=0.2, rand=lambda: 0.0)


def cli(argv: Sequence[str], env: dict[str, str], transport: Any = None
        ) -> tuple[int, str, str]:
    """Run ``triage ARGV`` through argparse as triage.cli does, with injected env/streams."""
    out, err = io.StringIO(), io.StringIO()
    parser = argparse.ArgumentParser(prog="triage")
    sub = parser.add_subparsers()
    deps = Deps(env=env, stdout=out, stderr=err, retry=FAST_RETRY, transport=transport)
    circleci_commands.register(sub, deps=deps)
    history_commands.register(sub, deps=deps)
    args = parser.parse_args(list(argv))
    try:
        code = args.func(args)
    except TriageError as exc:
        err.write(f"error: {exc}\n")
        code = exc.exit_code
    return code, out.getvalue(), err.getvalue()


def comparable(report: JobReport) -> dict[str, Any]:
    """A report as a dict without the fields that legitimately vary (timing, source name)."""
    d = report.to_dict()
    d["stats"].pop("elapsed_s", None)
    d["source"].pop("name", None)
    return d


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "corpus" / "public").is_dir():
        pytest.skip("../shared/corpus/public is not beside the checkout")
    return SHARED
