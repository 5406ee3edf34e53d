"""The engine on real tool output: every log in fixtures/logs against its expect.json.

The expected failing tests come from each tool's own machine-readable output and
the expected cause lines were checked against the log when it was generated
(fixtures/generate.py), so these tests hold the engine to the tools, not to itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from triage import ScanOptions, scan

from .conftest import FIXTURES

LOGS = sorted((FIXTURES / "logs").glob("*.log"))
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def expected(log: Path) -> dict:
    return json.loads(log.with_suffix(".expect.json").read_text())


#: logs whose category cannot be told from the log alone, with the categories accepted
AMBIGUOUS_CATEGORY = {
    # the root cause is the exception the build backend (setup.py) crashed with:
    # a crash, inside a package build
    "pip_build_failure": {"build_error", "crash"},
}

#: known misses, kept as fixtures so that fixing them shows (strict xfail): the real
#: cause is in the top 3 but a handled error printed earlier leads, so the report's
#: category is the noise's
KNOWN_MISSES: dict[str, str] = {}

#: failing logs whose first cause is not one of the expected lines, and why that is
#: still a right answer; every other failing fixture must put an expected line first
NOT_FIRST = {
    # the line shown first belongs to the same failure as the expected one: the
    # message a section picked under it, or another occurrence of the same signature
    "gtest_fail": "the assertion's message under the expected `file:line: Failure`",
    "jest_fail_color": "the `Expected:` line of the same failing expectation",
    "rspec_fail": "the `expected ..., got ...` line under the expected `Failure/Error:`",
    "pip_index_unreachable": "the first retry warning of the same signature as the last one",
    "pytest_unraisable_error": "the exception raised in __del__, which the expected warning wraps",
    **KNOWN_MISSES,
}
_SEP = re.compile(r"[\s:/.>›#]+")


def same_test(a: str, b: str) -> bool:
    """Equal, or one ends with the other at a separator (``com.x.FooTest.bar`` ~ ``FooTest.bar``)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return long_.endswith(short) and bool(_SEP.fullmatch(long_[-len(short) - 1]))


def assert_same_tests(got: list[str], want: list[str]) -> None:
    unmatched = list(got)
    missing = []
    for w in want:
        m = next((g for g in unmatched if same_test(g, w)), None)
        if m is None:
            missing.append(w)
        else:
            unmatched.remove(m)
    assert (missing, unmatched) == ([], [])


def test_there_are_enough_fixtures():
    assert len(LOGS) >= 40
    frameworks = {expected(p)["framework"] for p in LOGS}
    assert {"pytest", "unittest", "jest", "vitest", "mocha", "go", "cargo", "junit"} <= frameworks


@pytest.mark.parametrize("log", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[p.stem]))
    if p.stem in KNOWN_MISSES else p for p in LOGS], ids=[p.stem for p in LOGS])
def test_fixture(log: Path):
    want = expected(log)
    report = scan(log, options=ScanOptions(top=3))
    assert report.status == want["status"]

    # leaf ids: a go parent whose subtests failed stands for those subtests
    got = sorted({s for t in report.failing_tests for s in (t.subtests or (t.id,))})
    assert_same_tests(got, sorted(set(want["failing_tests"])))

    if want["status"] == "passed":
        assert report.causes == ()
        return
    raw = log.read_bytes().decode("utf-8", "replace").split("\n")
    wanted = {_ANSI.sub("", c).strip() for c in want["cause_lines"]}
    top3 = report.causes[:3]
    hit = any(c.line.strip() in wanted or _ANSI.sub("", raw[c.line_number - 1]).strip()
              in wanted for c in top3)
    assert hit, [c.line for c in top3]
    assert report.category in AMBIGUOUS_CATEGORY.get(log.stem, {want["category"]})


FAILING = [p for p in LOGS if expected(p)["status"] == "failed" and p.stem not in NOT_FIRST]


@pytest.mark.parametrize("log", FAILING, ids=[p.stem for p in FAILING])
def test_the_root_cause_comes_first(log: Path):
    want = expected(log)
    first = scan(log).causes[0]
    raw = log.read_bytes().decode("utf-8", "replace").split("\n")
    wanted = {_ANSI.sub("", c).strip() for c in want["cause_lines"]}
    assert (first.line.strip() in wanted
            or _ANSI.sub("", raw[first.line_number - 1]).strip() in wanted), first.line


@pytest.mark.parametrize("log", LOGS, ids=[p.stem for p in LOGS])
def test_the_prefilter_finds_every_hit_in_real_output(log: Path):
    """Anchors are matched on the raw bytes, colour codes and all: on real (often
    coloured) tool output the prefilter must let through every line a rule matches."""
    from .conftest import comparable

    assert comparable(scan(log)) == comparable(scan(log, options=ScanOptions(prefilter=False)))


#: a part of a cause's score as its reason names it: "(+3.0)", "(-20)", "(from line 9, +3)"
_PART = re.compile(r"[(,] ?([+-]\d+(?:\.\d+)?)\)$")


def test_every_part_of_a_score_is_named_in_its_reasons():
    parts_seen: set[str] = set()
    for log in LOGS:
        for c in scan(log).causes:
            total = 0.0
            for reason in c.reasons:
                if (m := re.fullmatch(r"rule priority (\d+)", reason)) is not None:
                    total += float(m.group(1))
                elif (m := _PART.search(reason)) is not None:
                    total += float(m.group(1))
                    parts_seen.add(_PART.sub("", reason).split(" ")[0])
            # (the parts are shown to one decimal)
            assert max(0.0, min(1.0, total / 100)) == pytest.approx(c.score, abs=0.0025), (
                log.stem, c.rule, c.reasons)
    # the reasons checked are of many kinds, the kinds' own adjustments among them
    assert {"a", "summary", "CI", "first", "picked"} <= parts_seen
