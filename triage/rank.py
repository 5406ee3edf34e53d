"""Explainable ranking of the causes found in one log.

Score (0..1) = the sum of the parts below over 100, each part named in the
cause's ``reasons``:

* the rule's priority (0..100): what kind of line this is, e.g. an assertion
  (80) beats the test-summary line that repeats it (55);
* the rule's kind: a failing test's result line −5 (the error that failed it, often
  on the next lines, ranks first), summaries −20, CI wrapper lines −60 (a consequence such as
  ``Exited with code exit status 1`` never outranks its cause: wrappers are
  also sorted after every other cause);
* position: the earliest cause gets +6, falling linearly to 0 for the last,
  because the first causal error usually sets off the rest (a cascade);
* repetition: +1.5 per doubling of occurrences, at most +4;
* section context: +3 for a line a section rule handed on (the final
  exception of a traceback, the message after ``* What went wrong:``);
* failed step +10: in a log of CI steps (GitHub Actions ``##[group]Run``), a
  line in a step that a wrapper line says exited non-zero. Errors in steps
  that went on to pass (``--fail-never``, ``|| true``, ``continue-on-error``)
  did not fail the job, however early they come;
* failing test's output +30: an error line inside the output of a test
  reported failing (rules with ``output_from``: go's ``=== RUN   X`` up to
  the next test), not what passing tests printed; +3 more for such a line that
  reads like a failed check (``got 4, want 3``, ``unexpected``, ``!=``) over what
  the test only logged;
* logged by tests that did not fail −30: a cause whose every line is a test's
  own log (rules with ``test_log``: go's ``    x_test.go:12: ...``), each of a
  test named before it (``=== RUN   TestX``, ``--- PASS: TestX``) that is not
  failing, nor part of a failing test or holding one; whichever rule names the
  line (a logged ``connection refused`` is still a test's log);
* retried −25: an error line whose last occurrence a line announcing a retry
  follows (``retrying in 1s...``, ``will retry``): the attempt it ended was
  tried again, and what happened later is the story. Such a line is no
  evidence that the log failed either, unless it broke the run (a timeout,
  OOM, infrastructure: :func:`build_report`);
* success after it −10: an error line that a success summary follows, with
  no failing test or failure summary after it (see :func:`outweighed`): the run it
  belongs to passed, e.g. a Maven invocation that still printed BUILD SUCCESS;
* warning output −60: a line inside output that does not fail a job (a
  traceback Python printed for an exception it ignored, pytest's warnings
  summary). Such causes are sorted after all others, even wrappers, and a log
  whose only causes are muted is not called failed.

Ties are broken by line number, then rule id, so output is deterministic.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Collection, Mapping
from dataclasses import replace

from .models import Cause, ExcerptLine, FailingTest, JobReport, SourceInfo, Status
from .redact import cut, redact_report
from .sink import RUN_BREAKING, Candidate, ReportSink

__all__ = ["KIND_ADJUST", "build_report", "score_candidates"]

KIND_ADJUST = {"error": 0.0, "test": -5.0, "summary": -20.0, "wrapper": -60.0}
#: how each adjusted kind's reason reads
KIND_REASONS = {"test": "a test's result line: the error that failed it ranks first (-5)",
                "summary": "summary line (-20)",
                "wrapper": "CI wrapper line: ranked after causes (-60)"}
MUTED_ADJUST = -60.0
POSITION_BONUS = 6.0
SECTION_BONUS = 3.0
FAILED_STEP_BONUS = 10.0
TEST_OUTPUT_BONUS = 30.0
#: a line of a failing test's output that reads like the check that failed (go's
#: t.Errorf / t.Fatalf messages: `got X, want Y`), over what the test only logged
CHECK_BONUS = 3.0
_CHECK_WORDS = re.compile(r"(?i)\b(?:want|got|expect|unexpected|mismatch|differ)|!=")
PASSING_TEST_LOG_ADJUST = -30.0
SUPERSEDED_ADJUST = -10.0
RETRIED_ADJUST = -25.0
#: how far after an error's line a retry announcement is taken to be about it
RETRY_REACH = 512
_END = 1 << 62  # the last step runs to the end of the log


def one_per_line(cands: list[Candidate]) -> list[Candidate]:
    """Keep one cause per line: the rule that says most about it.

    Two rules of different categories can match one line (a generic exception
    rule and the unittest rule that knows the traceback belongs to a test);
    the line is one cause, under the rule with the higher priority (a section
    pick breaks ties: it knows the context).
    """
    best: dict[int, Candidate] = {}
    for c in cands:
        n = c.hit.line_number
        old = best.get(n)
        if old is None or (c.rule.priority, c.section_rule is not None, c.rule.id) > (
                old.rule.priority, old.section_rule is not None, old.rule.id):
            best[n] = c
    return list(best.values())


def failed_steps(steps: list[int], wrappers: list[int]) -> list[tuple[int, int]]:
    """Offset ranges ``(first, last)`` of the CI steps that hold a wrapper line (the
    step's exit status), from where steps and wrapper lines start; none when the log
    has no steps."""
    starts = sorted(set(steps))
    out: list[tuple[int, int]] = []
    for w in sorted(set(wrappers)):
        i = bisect_right(starts, w) - 1
        if i < 0:
            continue  # before the first step: the runner's own set-up
        span = (starts[i], starts[i + 1] - 1 if i + 1 < len(starts) else _END)
        if not out or out[-1] != span:
            out.append(span)
    return out


class _Owners:
    """The failing test whose output holds an offset: of the ranges ``(first, end,
    test)`` holding it, the one listed first."""

    def __init__(self, ranges: list[tuple[int, int, str]]) -> None:
        self._ranges = sorted((s, e, i, t) for i, (s, e, t) in enumerate(ranges))
        self._starts = [s for s, _e, _i, _t in self._ranges]
        self._reach = max([e - s for s, e, _t in ranges], default=0)  # the longest

    def owner(self, *offsets: int) -> tuple[int, str] | None:
        """The first range listed holding one of ``offsets``: its place and test."""
        best: tuple[int, str] | None = None
        for at in offsets:
            j = bisect_right(self._starts, at) - 1
            while j >= 0 and self._starts[j] > at - self._reach - 1:
                s, e, i, t = self._ranges[j]
                if s <= at < e and (best is None or i < best[0]):
                    best = (i, t)
                j -= 1
        return best


def retried_errors(cands: list[Candidate], retries: list[int]) -> set[int]:
    """The ids of the error causes whose last occurrence a line announcing a retry
    follows (starts within :data:`RETRY_REACH` bytes after it)."""
    retry_at = sorted(retries)
    out = set()
    for c in cands:
        if c.rule.kind == "error":
            i = bisect_right(retry_at, c.last_offset)
            if i < len(retry_at) and retry_at[i] <= c.last_offset + RETRY_REACH:
                out.add(id(c))
    return out


def _in_spans(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` is in one of the sorted, disjoint ``spans`` (first, last)."""
    i = bisect_right(starts, offset) - 1
    return i >= 0 and offset <= spans[i][1]


def logged_by_passing(c: Candidate, failing: Collection[str]) -> bool:
    """Whether every line of cause ``c`` is a test's own log (``test_log`` rules), each of
    a known test that did not fail: none of them, nor a test it is part of or that is
    part of it (``TestA/sub``), is among the ``failing`` ids."""
    if not c.log_of or "" in c.log_of:
        return False
    return not any(t == f or t.startswith(f + "/") or f.startswith(t + "/")
                   for t in c.log_of for f in failing)


def score_candidates(cands: list[Candidate], failed: list[tuple[int, int]] | None = None,
                     passed_after: Mapping[int, str] | None = None,
                     test_output: list[tuple[int, int, str]] | None = None,
                     retried: set[int] | None = None, logged: set[int] | None = None
                     ) -> list[tuple[float, list[str], Candidate]]:
    """Score and order causes; ``failed`` are the offset ranges of CI steps that failed,
    ``passed_after`` the ids of the causes a success outweighs (:func:`outweighed`), with
    what succeeded,
    ``test_output`` the ranges of failing tests' own output, ``retried`` the ids of the
    error causes a retry announcement follows (:func:`retried_errors`), ``logged`` the
    ids of the error causes only tests that did not fail logged (:func:`logged_by_passing`)."""
    by_line = sorted(one_per_line(cands), key=lambda c: (c.hit.line_number, c.rule.id))
    non_wrappers = [c for c in by_line if c.rule.kind != "wrapper" and c.muted is None]
    order = {id(c): i for i, c in enumerate(non_wrappers)}
    n = len(non_wrappers)
    failed_starts = [first for first, _last in failed or ()]
    owners = _Owners(test_output or [])
    owned = {id(c): o for c in by_line if c.rule.kind == "error"
             and (o := owners.owner(c.hit.offset, c.last_offset)) is not None}
    scored = []
    for c in by_line:
        r = c.rule
        total = float(r.priority)
        reasons = [f"rule priority {r.priority}"]
        adj = KIND_ADJUST.get(r.kind, 0.0)
        total += adj
        if r.kind in KIND_REASONS:
            reasons.append(KIND_REASONS[r.kind])
        if id(c) in order:
            i = order[id(c)]
            bonus = POSITION_BONUS * (1 - i / (n - 1)) if n > 1 else POSITION_BONUS
            total += bonus
            if i == 0:
                reasons.append(f"first error in the log (+{bonus:.1f})")
            elif bonus >= 0.05:
                reasons.append(f"error {i + 1} of {n} (+{bonus:.1f})")
        if c.occurrences > 1:
            rep = min(4.0, 1.5 * math.log2(c.occurrences))
            total += rep
            reasons.append(f"seen {c.occurrences} times (+{rep:.1f})")
        if c.section_rule:
            total += SECTION_BONUS
            reasons.append(f"picked by section {c.section_rule} "
                           f"(from line {c.hit.derived_from}, +{SECTION_BONUS:.0f})")
        if r.kind != "wrapper" and failed and (_in_spans(failed, failed_starts, c.hit.offset)
                                               or _in_spans(failed, failed_starts,
                                                            c.last_offset)):
            total += FAILED_STEP_BONUS
            reasons.append(f"in the CI step that failed (+{FAILED_STEP_BONUS:.0f})")
        if id(c) in owned:
            test = owned[id(c)][1]
            total += TEST_OUTPUT_BONUS
            reasons.append(f"output of failing test {test} (+{TEST_OUTPUT_BONUS:.0f})")
            if _CHECK_WORDS.search(c.hit.text):
                total += CHECK_BONUS
                reasons.append(f"reads like a failed check (+{CHECK_BONUS:.0f})")
        if logged and id(c) in logged:
            total += PASSING_TEST_LOG_ADJUST
            names = sorted(c.log_of or ())
            reasons.append("logged only by tests that did not fail: "
                           f"{', '.join(names[:3])}{', ...' if len(names) > 3 else ''} "
                           f"({PASSING_TEST_LOG_ADJUST:.0f})")
        if retried and id(c) in retried:
            total += RETRIED_ADJUST
            reasons.append(f"a retry follows it ({RETRIED_ADJUST:.0f})")
        if passed_after and id(c) in passed_after:
            total += SUPERSEDED_ADJUST
            reasons.append(f"{passed_after[id(c)]} ({SUPERSEDED_ADJUST:.0f})")
        if c.muted is not None:
            total += MUTED_ADJUST
            reasons.append(f"inside warning output ({c.muted[0]}, line {c.muted[1]}): "
                           f"not a failure ({MUTED_ADJUST:.0f})")
        scored.append((max(0.0, min(1.0, total / 100.0)), reasons, c))
    scored.sort(key=lambda t: (t[2].muted is not None, t[2].rule.kind == "wrapper", -t[0],
                               t[2].hit.line_number, t[2].rule.id))
    return scored


def _norm_id(test_id: str) -> str:
    return test_id.replace("::", ".").replace(" › ", ".").replace(" > ", ".")


def _without_aliases(tests: list[FailingTest]) -> list[FailingTest]:
    """Drop a test id that is a shorter spelling of another of the same framework.

    pytest prints ``tests/x.py::TestA::test_b`` in its summary and
    ``TestA.test_b`` as a section header: one failing test, not two.
    """
    ids = {(t.framework, _norm_id(t.id)) for t in tests}
    # only a tail as long as some id can be one (a long id is not sliced at every
    # separator: that is quadratic in its length)
    lengths = {len(n) for _f, n in ids}
    aliases: set[tuple[str, str]] = set()
    for framework, n in ids:
        for i, ch in enumerate(n):
            if ch in "./:# " and len(n) - i - 1 in lengths and (framework, n[i + 1:]) in ids:
                aliases.add((framework, n[i + 1:]))
    return [t for t in tests if (t.framework, _norm_id(t.id)) not in aliases]


SUBTEST_SEPARATORS = ("/", " > ", " › ")


def _fold_subtests(tests: list[FailingTest]) -> list[FailingTest]:
    """Fold ``Parent/sub`` (go) or ``Suite > test`` (TAP, node:test) into a failed parent.

    A failing subtest makes its parent fail, so the parent is listed once, with
    the subtests that failed kept on it (the most specific ids).
    """
    ids = {(t.framework, t.id) for t in tests}
    subs: dict[tuple[str, str], list[str]] = {}
    kept: list[FailingTest] = []
    for t in tests:
        root = next((t.id.split(sep, 1)[0] for sep in SUBTEST_SEPARATORS
                     if sep in t.id and (t.framework, t.id.split(sep, 1)[0]) in ids), None)
        if root is not None:
            subs.setdefault((t.framework, root), []).append(t.id)
        else:
            kept.append(t)
    if not subs:
        return tests
    return [replace(t, subtests=tuple(sorted(subs[(t.framework, t.id)])))
            if (t.framework, t.id) in subs else t for t in kept]


#: the top cause gets its full excerpt, the next ones a line either side, the rest none:
#: reports stay a few KB for agents, with evidence where it matters
EXCERPT_RANKS = 3
EXCERPT_WIDTH = 160
#: a failing test's message is cut as a cause's line is (a test's one-line message may be
#: a whole serialised value)
MESSAGE_WIDTH = 400


def _excerpt(c: Candidate, index: int) -> tuple[ExcerptLine, ...]:
    if index >= EXCERPT_RANKS:
        return ()
    n = c.hit.line_number
    return tuple(
        e if len(e.text) <= EXCERPT_WIDTH else ExcerptLine(e.n, cut(e.text, EXCERPT_WIDTH))
        for e in c.excerpt
        if index == 0 or abs(e.n - n) <= 1
    )


def outweighed(c: Candidate, last_success: int, last_failure: int,
               succeeded: bool = False) -> bool:
    """Whether a success summary outweighs a cause as evidence that the log failed.

    An error line is outweighed when a success summary comes after its last
    occurrence and no failing test or failure summary does (an exception a test
    logged and handled, a ``t.Log`` line, a retry that then worked: the run it
    belongs to passed). Runners print some success lines whatever happens
    (``Ran 3 tests``, ``4 passing``): their failure lines after them keep the
    errors before them evidence. Failing tests, failure summaries, CI wrapper
    lines and errors that break the run itself (timeouts, interrupts, OOM,
    infrastructure: the summary after them is the stopped run's) never are.
    Warning output is no evidence either way (``muted``), and when the log's
    command is known to have exited non-zero, every other cause is evidence.
    When it is known to have exited 0 (``succeeded``), the log's end is such a
    summary, one that errors breaking the run are outweighed by too: the run was
    not stopped.
    """
    if c.muted is not None or c.rule.kind != "error":
        return False
    if c.rule.category in RUN_BREAKING and not succeeded:
        return False
    return last_failure < c.last_offset < last_success


def build_report(sink: ReportSink, source: SourceInfo, options: object,
                 elapsed: float) -> JobReport:
    top = getattr(options, "top", 5)
    max_tests = getattr(options, "max_tests", 200)
    exit_code = getattr(options, "exit_code", None)
    exited_nonzero = exit_code not in (None, 0)
    succeeded = exit_code == 0
    every = list(sink.candidates.values())
    passed_after: dict[int, str] = {}
    for c in every:
        if outweighed(c, sink.last_success, sink.last_failure):
            passed_after[id(c)] = "a success summary follows it"
        elif succeeded and outweighed(c, _END, sink.last_failure, True):
            # the command's exit status closes the log like a success summary
            passed_after[id(c)] = "the command exited 0"
    last_success = _END if succeeded else sink.last_success
    retried_ids = retried_errors(every, sink.retries) if sink.retries else set()
    failing_ids = {test_id for _framework, test_id in sink.tests}
    logged_ids = {id(c) for c in every if c.rule.kind == "error" and c.muted is None
                  and logged_by_passing(c, failing_ids)}
    scored = score_candidates(every, failed_steps(sink.steps, sink.wrappers), passed_after,
                              sink.test_output, retried_ids, logged_ids)
    muted = sum(c.muted is not None for c in every)
    superseded = 0 if exited_nonzero else len(passed_after)
    retried = 0 if exited_nonzero else sum(
        1 for c in every if id(c) in retried_ids and id(c) not in passed_after
        and c.muted is None and c.rule.category not in RUN_BREAKING)
    # what only tests that did not fail logged is no evidence either (a log cut off
    # after a test that logged `connection refused` and passed)
    logged = 0 if exited_nonzero else sum(
        1 for c in every if id(c) in logged_ids and id(c) not in passed_after
        and id(c) not in retried_ids and c.rule.category not in RUN_BREAKING)
    evidence = len(every) - muted - superseded - retried - logged
    first, last = sink.dropped_errors
    failing = (evidence > 0 or exited_nonzero or sink.dropped_failure
               or (sink.dropped_run_breaking and not succeeded)
               or (first >= 0 and not sink.last_failure < first <= last < last_success))
    tests = _fold_subtests(
        _without_aliases(sorted(sink.tests.values(), key=lambda t: (t.line_number, t.id))))
    status: Status
    if failing or tests:
        status = "failed"
    elif sink.successes or succeeded:
        status = "passed"
        scored = []  # a passing log lists no causes (they are counted in stats)
    else:
        status = "unknown"
    causes = tuple(
        Cause(
            rank=i + 1, score=round(score, 3), category=c.rule.category, rule=c.rule.id,
            line_number=c.hit.line_number, line=c.hit.text, signature=c.signature,
            fingerprint=c.fingerprint, occurrences=c.occurrences,
            excerpt=_excerpt(c, i), reasons=tuple(reasons), hint=c.rule.hint,
        )
        for i, (score, reasons, c) in enumerate(scored[:top])
    )
    lead = next((c for _s, _r, c in scored if c.muted is None), None)
    if failing and lead is not None:
        category = lead.rule.category
    elif tests:
        category = "test_failure"
    else:
        category = "none" if status == "passed" else "unknown"
    shown: tuple[FailingTest, ...] = tuple(
        t if len(t.message) <= MESSAGE_WIDTH else replace(t, message=cut(t.message, MESSAGE_WIDTH))
        for t in tests[:max_tests])
    stats = {
        "elapsed_s": round(elapsed, 4),
        "hits": sink.hits,
        "causes_total": len(sink.candidates) + sink.dropped_candidates,
        "causes_shown": len(causes),
        "causes_muted": muted,
        "causes_superseded": superseded,
        "causes_retried": retried,
        "failing_tests_total": len(tests) + sink.dropped_tests,
        "failing_tests_shown": len(shown),
    }
    # secrets never leave the scanner: not to the API, the history store or a renderer
    return redact_report(JobReport(source=source, status=status, category=category,
                                   failing_tests=shown, causes=causes, stats=stats))
