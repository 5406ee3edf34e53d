"""Required literals: every line a pattern matches holds one of them."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage.decode import clean_line
from triage.literals import required_literals
from triage.rules import load_rules

RULES = load_rules()


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"^FAILED (?P<test>\S+)", (b"FAILED",)),
    (r"^(?:FAIL|ok)\s", (b"FAIL", b"ok")),
    (r"^={20,}\s*$", (b"============",)),
    (r"--- FAIL: (?P<test>\S+)", (b"FAIL",)),  # words, not the punctuation around them
    (r"(?:Error|Exception)\b", (b"Error", b"Exception")),
    (r"^\s*(?P<message>\S.*)$", None),  # matches any non-blank line
    (r"(?:FAIL|\d+)", None),  # one alternative has no literal
    (r"(?i)panic: ", None),  # case-insensitive: literals would miss "PANIC"
    (r"x(?i:fail)y", (b"x",)),
    (r"(?:assert)?boom", (b"boom",)),  # an optional part requires nothing
    (r"\p{Lu}rror", None),  # syntax only `regex` knows
    (r"x[[:digit:]]]", None),  # a POSIX class: the standard parser reads another set
    (r"^(?:Segfault){e<=1}: ", None),  # fuzzy matching: "Segfalt: " matches too
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern) == expected


def _patterns() -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for r in RULES.rules:
        out.append((r.pattern.pattern, r.examples))
        if r.follow is not None and r.follow.stop is not None:
            out.append((r.follow.stop.pattern, ()))
    return out


PATTERNS = _patterns()


@pytest.mark.parametrize(("pattern", "examples"), PATTERNS, ids=[p for p, _ in PATTERNS])
def test_every_example_holds_a_required_literal(pattern, examples):
    lits = required_literals(pattern)
    if lits is None:
        pytest.skip("no required literal")
    for ex in examples:
        line = ex.rsplit("\n", 1)[-1].encode()
        if regex.search(pattern, clean_line(line), regex.V0 | regex.ASCII):
            assert any(lit in line for lit in lits), (ex, lits)


def _std(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False  # hypothesis generates from `re` patterns only
    return required_literals(pattern) is not None


STD = [p for p, _ in PATTERNS if _std(p)]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.filter_too_much])
@given(st.data())
def test_generated_matches_hold_a_required_literal(data):
    pattern = data.draw(st.sampled_from(STD))
    text = data.draw(st.from_regex(re.compile(pattern, re.ASCII)))
    lits = required_literals(pattern)
    assert lits is not None
    assert any(lit.decode() in text for lit in lits), (pattern, text, lits)
