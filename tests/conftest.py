from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from triage.models import JobReport

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


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
