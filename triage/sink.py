"""The sink the scanner pushes confirmed hits into.

It keeps what a report needs and nothing else: failing tests (deduplicated by
framework and id), cause candidates deduplicated by fingerprint with an
occurrence count, and whether a success marker was seen. Memory is bounded:
past :data:`MAX_CANDIDATES` distinct fingerprints new ones are only counted,
and that count is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .matcher import Caps, as_caps, remember
from .models import ExcerptLine, FailingTest, Hit
from .redact import redact
from .rules import MARK_KINDS, Rule
from .signatures import cut_signature, fingerprint, mask

__all__ = ["Candidate", "Repeat", "ReportSink"]

MAX_CANDIDATES = 5000
#: CI step starts and wrapper lines kept for ranking (a log has a few dozen steps)
MAX_MARKS = 10000
#: categories of errors that stop or break the run they happen in: no success summary
#: after them outweighs them, and no warning output mutes them
RUN_BREAKING = frozenset({"timeout", "oom", "infrastructure"})
MAX_TESTS = 20000
#: characters of a test id: a longer one (a TAP test named by a whole serialised value,
#: nested suites joined into one id) keeps its head and its tail, where the test's own
#: name is, redacted first (a secret cut short no longer reads as one)
MAX_TEST_ID = 1000
#: signatures are shown cut to this length; the fingerprint covers the whole one
_MEMO_SIZE = 4096
#: the most tests a cause's log lines are traced to (past it, they are not)
_MAX_LOG_OF = 256


@dataclass(slots=True)
class Candidate:
    rule: Rule
    hit: Hit
    signature: str
    fingerprint: str
    occurrences: int = 1
    excerpt: list[ExcerptLine] = field(default_factory=list)
    section_rule: str | None = None
    last_at: int = 0  # where the last line with its own hit starts (-1: none yet)
    last_offset: int = 0  # where the last occurrence starts
    #: (section rule id, line) of the warning output every occurrence so far was in;
    #: None once one occurrence is outside warning output
    muted: tuple[str, int] | None = None
    #: offsets of the lines sections picked in the current block (see ReportSink.add)
    picked: set[int] = field(default_factory=set)
    #: the tests whose own log printed its lines (rules with ``test_log``), while every
    #: occurrence is such a line of a known test; None once one is not
    log_of: set[str] | None = None


def _says_more(rule: Rule, than: Rule) -> bool:
    """Whether a cause's line is better named by ``rule`` than by ``than``: the higher
    priority, and between equals the first id in order, so the same whatever order
    their hits come in."""
    return rule.priority > than.priority or (rule.priority == than.priority
                                             and rule.id < than.id)


@dataclass(slots=True)
class Repeat:
    """What the hits of a line that repeats an earlier one change: see
    :meth:`ReportSink.repeat_of`."""

    hits: int
    causes: tuple[Candidate, ...]
    failure: bool  # a failing test or a failure summary
    wrappers: int


#: the windows of warning output (section rule id, line) that held a line
Windows = tuple[tuple[str, int], ...]


class ReportSink:
    def __init__(self) -> None:
        self.candidates: dict[str, Candidate] = {}
        self.tests: dict[tuple[str, str], FailingTest] = {}
        #: the line each failing test's message comes from (the first line that has one)
        self._message_at: dict[tuple[str, str], int] = {}
        # What warning output muted, by the windows that held it (see unmute): failing
        # tests, the last failure summary, causes
        self._muted_tests: dict[Windows, list[tuple[Rule, Caps, int, int]]] = {}
        self._muted_test_count = 0
        self._muted_failures: dict[Windows, int] = {}
        self._muted_causes: dict[Windows, set[str]] = {}
        self.successes = 0  # success markers seen (a passing summary)
        self.last_success = -1  # offset of the last one
        self.last_failure = -1  # offset of the last failing-test or failure-summary hit
        # causes past the budget still count as evidence of failure (see rank.outweighed):
        self.dropped_failure = False  # a failure line (test, summary, CI exit line)
        self.dropped_run_breaking = False  # an error that breaks the run (timeout, OOM ...)
        self.dropped_errors = (-1, -1)  # first and last offset of error lines among them
        self.dropped_candidates = 0
        self.dropped_tests = 0
        self.hits = 0
        self.steps: list[int] = []  # offsets where a CI step starts
        self.retries: list[int] = []  # offsets of lines announcing a retry
        self.wrappers: list[int] = []  # offsets of CI wrapper hits (a step exited non-zero)
        #: (first, end) offsets of failing tests' own output, and the test
        self.test_output: list[tuple[int, int, str]] = []
        self._picked: list[Candidate] = []  # candidates with picks in the current block
        # repeated lines are common (retries, loops): mask each distinct text once
        self._signatures: dict[tuple[str, str], tuple[str, str]] = {}

    def unmute(self, unclosed: set[tuple[str, int]]) -> None:
        """Windows whose stop line never came (section rule id, line) are not known to
        be warning output: what they alone held counts after all (causes, failing tests,
        failure summaries); a line another window that did close also held stays muted."""
        def alone(windows: Windows) -> bool:
            return all(w in unclosed for w in windows)

        for windows in [w for w in self._muted_causes if alone(w)]:
            for fp in self._muted_causes.pop(windows):
                if (cand := self.candidates.get(fp)) is not None:
                    cand.muted = None
        for windows in sorted(w for w in self._muted_tests if alone(w)):
            for rule, caps, line_no, offset in self._muted_tests.pop(windows):
                self.last_failure = max(self.last_failure, offset)
                self._add_test(rule, caps, line_no)
        for windows in [w for w in self._muted_failures if alone(w)]:
            self.last_failure = max(self.last_failure, self._muted_failures.pop(windows))

    def add_mark(self, kind: str, offset: int) -> None:
        """A success summary, a CI step start or a retry on the line at ``offset``: what
        ranking needs of them is where they are, not their line number or signature."""
        self.hits += 1
        if kind == "success":
            self.successes += 1
            self.last_success = max(self.last_success, offset)
        elif kind == "step" and len(self.steps) < MAX_MARKS:
            self.steps.append(offset)
        elif kind == "retry" and len(self.retries) < MAX_MARKS:
            self.retries.append(offset)

    def add(self, rule: Rule, text: str, caps: Caps, line_no: int, offset: int,
            section_rule: str | None = None, section_line: int | None = None,
            within: Windows = (), log_of: str | None = None) -> Candidate | None:
        """Record a hit of ``rule`` on line ``line_no`` (``text``, shown as is); ``within``
        names the sections whose warning output holds the line, the first one shown;
        ``log_of`` the test whose own log the line is (a ``test_log`` rule's line).

        Returns the candidate when it is new (or its first occurrence outside warning
        output) and wants an excerpt. A hit that only repeats a known cause costs a
        couple of dictionary lookups.
        """
        kind = rule.kind
        if kind in MARK_KINDS:  # on a line that also has other hits
            self.add_mark(kind, offset)
            return None
        self.hits += 1
        muted = within[0] if within else None
        if kind == "test" or (kind == "summary" and rule.cause):
            if muted is None:
                self.last_failure = max(self.last_failure, offset)
            elif kind == "summary":
                self._muted_failures[within] = max(self._muted_failures.get(within, -1), offset)
        if kind == "test":
            if muted is None:
                self._add_test(rule, caps, line_no)
            elif self._muted_test_count < MAX_TESTS:
                # a test listed in warning output (pytest -rA PASSES) passed, unless the
                # window turns out not to be warning output
                self._muted_test_count += 1
                self._muted_tests.setdefault(within, []).append((rule, caps, line_no, offset))
        elif kind == "wrapper" and len(self.wrappers) < MAX_MARKS:
            self.wrappers.append(offset)
        if not rule.is_cause:
            return None
        key = (text, rule.category)
        memo = self._signatures.get(key)
        if memo is None:
            masked = mask(text)
            fp = fingerprint(masked, rule.category)
            sig = cut_signature(masked)
            memo = remember(self._signatures, key, (sig, fp), _MEMO_SIZE)
        sig, fp = memo
        if within:
            self._muted_causes.setdefault(within, set()).add(fp)
        cand = self.candidates.get(fp)
        if cand is not None:
            if cand.log_of is not None:
                if log_of is None or len(cand.log_of) >= _MAX_LOG_OF:
                    cand.log_of = None
                else:
                    cand.log_of.add(log_of)
            # a line counts once, whichever rules hit it: a line's own hits come in
            # order of lines, a section's pick may come before lines above it
            if offset != cand.last_at and offset not in cand.picked:
                cand.occurrences += 1
                if section_rule is None:
                    cand.last_at = offset
                if muted is None and offset > cand.last_offset:
                    # (warning output is no evidence of where a cause was)
                    cand.last_offset = offset
            if section_rule is not None:
                self._pick(cand, offset)
            if _says_more(rule, cand.rule):
                cand.rule = rule  # whatever order hits come in
            if cand.muted is not None and muted is None:
                # the first occurrence that is not warning output is the one to show
                cand.muted = None
                cand.last_offset = max(cand.last_offset, offset)
                cand.section_rule = section_rule
                cand.hit = Hit(rule.id, line_no, offset, text, as_caps(caps), section_line)
                return cand
            if offset < cand.hit.offset and (muted is None) == (cand.muted is None):
                # a line above the one a section picked ahead of it: the first is shown
                cand.muted = muted
                cand.section_rule = section_rule
                cand.hit = Hit(rule.id, line_no, offset, text, as_caps(caps), section_line)
                return cand
            if section_rule and cand.hit.line_number == line_no:
                cand.section_rule = section_rule
                cand.hit = Hit(rule.id, line_no, offset, text, as_caps(caps), section_line)
            return None
        if len(self.candidates) >= MAX_CANDIDATES:
            self.dropped_candidates += 1
            if muted is None:
                if kind != "error":
                    self.dropped_failure = True
                elif rule.category in RUN_BREAKING:
                    self.dropped_run_breaking = True
                else:
                    first, _last = self.dropped_errors
                    self.dropped_errors = (offset if first < 0 else first, offset)
            return None
        hit = Hit(rule.id, line_no, offset, text, as_caps(caps), section_line)
        cand = Candidate(rule=rule, hit=hit, signature=sig, fingerprint=fp,
                         section_rule=section_rule,
                         last_at=-1 if section_rule is not None else offset,
                         last_offset=offset, muted=muted,
                         log_of=None if log_of is None else {log_of})
        if section_rule is not None:
            self._pick(cand, offset)
        self.candidates[fp] = cand
        return cand

    def _pick(self, cand: Candidate, offset: int) -> None:
        """A section picked ``cand``'s line at ``offset``, maybe ahead of the lines being
        added: the line's own hits, added later, do not count it again."""
        if not cand.picked:
            self._picked.append(cand)
        cand.picked.add(offset)

    def new_block(self) -> None:
        """Sections pick lines of the block being scanned only: forget earlier picks."""
        for cand in self._picked:
            cand.picked.clear()
        self._picked = []

    def repeat_of(self, hits: list[tuple[Rule, Caps, str]]) -> Repeat | None:
        """The plan for later lines with exactly these hits (rule, captures, text), just
        added outside warning output, when adding them again only counts: each cause is
        known and not muted, each test is listed with its message. None otherwise."""
        causes: list[Candidate] = []
        failure, wrappers = False, 0
        for rule, caps, text in hits:
            kind = rule.kind
            if kind in MARK_KINDS:
                return None
            if kind == "test":
                key = self._test_key(rule, as_caps(caps))
                old = self.tests.get(key) if key is not None else None
                message = as_caps(caps).get("message", "").strip()
                if old is None or (message and message != old.message):
                    return None
            failure = failure or kind == "test" or (kind == "summary" and rule.cause)
            wrappers += kind == "wrapper"
            if rule.is_cause:
                memo = self._signatures.get((text, rule.category))
                cand = self.candidates.get(memo[1]) if memo is not None else None
                if cand is None or cand.muted is not None or _says_more(rule, cand.rule):
                    return None
                if cand not in causes:
                    causes.append(cand)
        return Repeat(len(hits), tuple(causes), failure, wrappers)

    def repeat(self, plan: Repeat, offset: int) -> None:
        """Add the hits of a line at ``offset`` that repeats the one ``plan`` was made for:
        what :meth:`add` would do for each, without the lookups."""
        self.hits += plan.hits
        for cand in plan.causes:
            cand.log_of = None  # (a test's log line is never planned for: see Scanner)
            if cand.last_at != offset and offset not in cand.picked:
                cand.occurrences += 1
                cand.last_at = offset
                if offset > cand.last_offset:
                    cand.last_offset = offset
        if plan.failure and offset > self.last_failure:
            self.last_failure = offset
        for _ in range(plan.wrappers):
            if len(self.wrappers) < MAX_MARKS:
                self.wrappers.append(offset)

    @staticmethod
    def _test_key(rule: Rule, caps: dict[str, str]) -> tuple[str, str] | None:
        if rule.test_template:
            try:
                test_id = rule.test_template.format(**caps)
            except KeyError:
                return None
        else:
            test_id = caps.get("test", "")
        test_id = test_id.strip()
        if len(test_id) > MAX_TEST_ID:  # (the same cut wherever the test is named)
            test_id = _cut_middle(redact(test_id), MAX_TEST_ID)
        return (rule.framework or "", test_id) if test_id else None

    def _add_test(self, rule: Rule, match: Caps, line_no: int) -> None:
        caps = as_caps(match)
        key = self._test_key(rule, caps)
        if key is None:
            return
        test_id = key[1]
        old = self.tests.get(key)
        message = caps.get("message", "").strip()
        if old is None:
            if len(self.tests) >= MAX_TESTS:
                self.dropped_tests += 1
                return
            self.tests[key] = FailingTest(id=test_id, framework=rule.framework or "unknown",
                                          line_number=line_no, message=message)
            if message:
                self._message_at[key] = line_no
            return
        # the first line that names the test, and the first message, whatever order
        # the hits come in (a section may report a line ahead of those above it)
        line = min(old.line_number, line_no)
        if message and (not old.message or line_no < self._message_at.get(key, line_no)):
            self._message_at[key] = line_no
        else:
            message = old.message
        if (line, message) != (old.line_number, old.message):
            self.tests[key] = FailingTest(id=old.id, framework=old.framework,
                                          line_number=line, message=message)


def _cut_middle(text: str, limit: int) -> str:
    """``text`` in ``limit`` characters: its first quarter and the rest from its end."""
    if len(text) <= limit:
        return text
    head = limit // 4
    return text[:head] + "…" + text[len(text) - (limit - head - 1):]
