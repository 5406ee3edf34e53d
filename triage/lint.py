"""The rule linter: checks every rule against its own examples and hygiene rules.

Problems found (each names the file and the rule id):

* an example the pattern does not match, or a counter-example it does;
* an example that contains none of the rule's anchors (the prefilter would
  never let the line through: a false negative);
* a rule with no anchors that is neither follow-only nor explained;
* a pattern that starts with an unbounded run (``.*``, ``\\S+``, ``\\w+`` ...),
  also inside leading groups when nothing (``^``, a lookbehind) fixes where it
  may start: quadratic on long lines with a backtracking engine;
* an anchor shorter than 3 bytes, or one that is mostly spaces (it would make
  most lines candidates);
* an anchor holding an ANSI escape (coloured output would hide it), except as
  its last byte: a word a tool colours on its own, ended by its colour's escape;
* an anchor found in one of :data:`COMMON_BENIGN_LINES`, shapes that fill
  passing CI logs line after line: every such line would cost a regex call;
* a pattern that takes more than :data:`SLOW_S` on a line of
  :data:`PROBE_CHARS` characters made of its anchors (:func:`probe_lines`): one
  that walks the rest of the line again from every start (``(?:^|\\s).*X``,
  ``\\S+: `` over a long word) or backtracks exponentially (``^(a|aa)+$``) takes
  seconds there, and minutes on a line of the 256 KiB cap. The line cap bounds
  what any pattern is given, so this is a pattern's worst case.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import regex

from .decode import clean_line
from .rules import Rule, RuleSet

__all__ = ["PROBE_CHARS", "SLOW_S", "lint_rule", "lint_rules", "probe_lines", "slow_on"]

#: how long the probe lines are, and how long a pattern may take on one: a linear
#: pattern takes a few milliseconds
PROBE_CHARS = 20_000
SLOW_S = 0.5

#: lines that passing CI logs print by the thousand; no anchor may occur in them
COMMON_BENIGN_LINES = (
    "tests/test_api.py::TestUsers::test_create[1-2] PASSED                 [ 10%]",
    "tests/unit/test_module_0001.py::test_case_000050 PASSED               [  0%]",
    "[INFO] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.5 s - in com.acme.T",
    "[INFO] Running com.acme.service.Handler1Test",
    "--- PASS: TestParseConfig/case_1 (0.00s)",
    "=== RUN   TestParseConfig/case_1",
    "test parser::tests::case_12 ... ok",
    "npm http fetch GET 200 https://registry.npmjs.org/left-pad 12ms (cache hit)",
    "Collecting requests==2.31.0",
    "  Downloading requests-2.31.0-py3-none-any.whl (62 kB)",
    "Successfully installed certifi-2024.2.2 requests-2.31.0",
    "  ✓ renders the header component (5 ms)",
    "PASS src/components/Button.test.tsx (5.2 s)",
    "#12 DONE 0.3s",
    "#5 [build 2/9] RUN pip install -r requirements.txt",
    "[12/420] Building CXX object CMakeFiles/core.dir/src/module_12.cc.o",
    "   Compiling serde v1.0.100",
    "  File \"/usr/lib/python3.11/site-packages/pkg/mod.py\", line 12, in func",
    "(1/7) Installing git (2.34.2-r0)",
    "Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]",
    "2024-05-14 10:22:33 INFO  [app.worker] processed batch 12 in 35ms",
)

_RUN = r"(?:\.|\\S|\\w|\\W|\[[^\]]+\])[*+]"
#: ``.*`` / ``\S+`` first: from every start position the run is walked again
_UNBOUNDED_START = regex.compile(r"^\^?(?:\(\?[a-zA-Z]+\))?" + _RUN)
#: the same run inside leading groups, with no ``^`` and no lookbehind to fix the start
_UNANCHORED_GROUP_RUN = regex.compile(r"^(?:\(\?[a-zA-Z]+\))?(?:\((?:\?P<\w+>|\?:|\?>)?)+" + _RUN)


def lint_rule(rule: Rule) -> list[str]:
    where = f"{rule.source}: rule {rule.id}"
    out: list[str] = []
    for ex in rule.examples:
        if rule.previous is not None and "\n" in ex:
            above, ex = ex.rsplit("\n", 1)
            if not rule.previous.search(clean_line(above.encode("utf-8"))):
                out.append(f"{where}: previous does not match the line above in {above!r}")
        text = clean_line(ex.encode("utf-8"), limit=1 << 20)
        if not rule.pattern.search(text):
            out.append(f"{where}: pattern does not match example {ex!r}")
        if rule.anchors and not rule.follow_only and not any(a in ex for a in rule.anchors):
            out.append(f"{where}: example {ex!r} contains none of the anchors")
    for ex in rule.counter_examples:
        if rule.pattern.search(clean_line(ex.encode("utf-8"), limit=1 << 20)):
            out.append(f"{where}: pattern matches counter-example {ex!r}")
    if not rule.anchors and not rule.follow_only and not rule.no_anchor_reason:
        out.append(f"{where}: no anchors (runs on every line)")
    if (_UNBOUNDED_START.match(rule.pattern.pattern)
            or _UNANCHORED_GROUP_RUN.match(rule.pattern.pattern)):
        out.append(f"{where}: pattern starts with an unbounded run; anchor it on a literal")
    for a in rule.anchors:
        if len(a.encode()) < 3 or (len(a.strip().encode()) < 2 and len(a) < 6):
            out.append(f"{where}: anchor {a!r} is too short to be selective")
        if "\x1b" in a[:-1] or a == "\x1b":
            # (an escape may end an anchor: the word a tool colours on its own, then
            # the escape that ends its colour, e.g. cargo's `error\x1b[0m: ...`)
            out.append(f"{where}: anchor {a!r} holds an ANSI escape")
        for line in COMMON_BENIGN_LINES:
            if a in line:
                out.append(f"{where}: anchor {a!r} occurs in the common line {line!r}: "
                           "make it more selective")
                break
    slow = slow_on(rule)
    if slow is not None:
        out.append(f"{where}: pattern takes over {SLOW_S} s on a {PROBE_CHARS:,}-character "
                   f"line like {slow[:30]!r}...: it backtracks over the line (a run such as "
                   "`.*` or `\\S+` tried from every start, or nested repeats)")
    return out


def probe_lines(rule: Rule, n: int = PROBE_CHARS) -> Iterator[str]:
    """Long lines made of ``rule``'s anchors: each alone, repeated, padded with spaces
    or letters, after many ``word: ``."""
    for a in list(rule.anchors)[:6] or ["x"]:
        yield from (a + " " * n, " " * n + a, (a + " ") * (n // (len(a) + 1)),
                    a * (n // len(a)), "x" * n + a, a + "x" * n,
                    (": " + a) * (n // (len(a) + 2)), "a: " * (n // 3) + a,
                    ("a" * 50 + ": ") * (n // 52) + a)


def slow_on(rule: Rule, limit: float = SLOW_S) -> str | None:
    """The first of :func:`probe_lines` that ``rule``'s pattern takes over ``limit``
    seconds of CPU on three times running (a busy machine or a garbage collection
    slows one search, not three), or None."""
    search = rule.pattern.compiled().search
    for line in probe_lines(rule):
        if all(_slow(search, line, limit) for _ in range(3)):
            return line
    return None


def _slow(search: Callable[..., object], line: str, limit: float) -> bool:
    start = time.process_time()
    try:
        search(line, timeout=limit)  # (a pattern that never ends is stopped)
    except TimeoutError:
        return True
    return time.process_time() - start > limit


def lint_rules(rules: RuleSet) -> list[str]:
    out: list[str] = []
    for r in rules.rules:
        out.extend(lint_rule(r))
    return out
