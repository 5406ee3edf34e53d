"""``triage report --html``: self-contained, and it renders in headless Chromium.

The Chromium test needs Debian's ``chromium`` package
(``apt-get install -y chromium``) and skips, saying so, when it is absent.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from triage.history.html import ReportData, render_report

from .conftest import SLUG, cli

CHARTS = ("chart-failures-over-time", "chart-top-clusters", "chart-flaky-tests")


@pytest.fixture(scope="module")
def report(synced: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "history.html"
    code, text, err = cli(["report", SLUG, "--html", str(out)], synced)
    assert code == 0, err
    assert text.startswith(f"wrote {out} (")
    return out


def test_report_is_self_contained(report: Path) -> None:
    html = report.read_text()
    assert html.startswith("<!DOCTYPE html>")
    for chart in CHARTS:
        assert f'<svg id="{chart}"' in html
    assert "<script" not in html and not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "cart › formatPrice › pads cents to two digits" in html
    assert html.count("<rect") > 20


def test_store_text_is_escaped() -> None:
    data = ReportData(
        title="<b>x</b>", window={}, jobs=1, failed_jobs=1,
        daily=[(date(2026, 11, 1), "test_failure", 1)],
        clusters=[{"id": "f" * 16, "jobs": 1, "time_wasted_s": 60.0, "pipelines": 1,
                   "branches": 1, "categories": ["test_failure"],
                   "first_seen": {"time": "2026-11-01", "branch": "main"},
                   "last_seen": {"time": "2026-11-01", "branch": "main"},
                   "signature": "s", "example": {"line": "<script>alert(1)</script>"}}],
        clusters_total=1, flaky=[])
    html = render_report(data)
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>x</b>" not in html


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"]


@pytest.mark.skipif(_chromium() is None,
                    reason="chromium not installed (Debian: apt-get install -y chromium)")
def test_report_renders_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    chromium = _chromium()
    assert chromium is not None
    url = report.resolve().as_uri()
    dom = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'a'}",
                          "--dump-dom", url], capture_output=True, timeout=120, text=True)
    assert dom.returncode == 0, dom.stderr[-2000:]
    for chart in CHARTS:
        assert f'<svg id="{chart}"' in dom.stdout
    png = tmp_path / "report.png"
    shot = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'b'}",
                           f"--screenshot={png}", "--window-size=1200,900", url],
                          capture_output=True, timeout=120, text=True)
    assert shot.returncode == 0 and png.exists(), shot.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    # A blank 1200×900 page compresses to a few KB; charts and tables do not.
    assert len(data) > 20_000
