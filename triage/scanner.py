"""The streaming scanner: bytes in, confirmed hits pushed into a sink.

Bytes arrive in chunks of any size; compressed input is inflated first
(:mod:`triage.compressed`), and CircleCI step output's JSON is unwrapped (see
:mod:`triage.decode`). Only complete lines are processed; the partial tail is
carried into the next chunk. Each block of complete lines is
handed to the prefilter *as a whole*; only lines with an anchor hit are
cleaned, decoded and confirmed with their rules' regexes. Memory is bounded by
the line cap, the context windows and the sink's limits, never by log size,
and the result is identical for every chunking of the same bytes (tested).

Line rules (DESIGN §4.2): 1-based numbers over the de-enveloped log, counted
on ``\\n``; a lone ``\\r`` does not start a line. A line longer than
``line_cap`` bytes is matched and shown on its first ``line_cap`` bytes only,
and counted in ``source.truncated_lines``.

Sections: a rule with ``follow`` watches up to ``max_lines`` lines after its
hit and hands the line it picks to the rule it names (``emit``), e.g. a Python
traceback hands on its final exception line. Follows run across chunk
boundaries like everything else. A follow that looks for a matching line
(``pick = "match"``) skims: only lines holding a literal that its target or
stop pattern needs (:mod:`triage.literals`) are cleaned and matched.

Warning output: a section whose follow has ``pick = "mute"`` marks the lines
after it, through the line its ``stop`` pattern matches (or ``max_lines``), as
output that does not fail the job, e.g. a traceback Python prints for an
exception it ignored, or pytest's warnings summary. Hits there are muted (see
:mod:`triage.rank`): kept and reported, but never a reason to call a log failed.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from . import rank
from .compressed import REPORTED_UP_TO_THERE, SNIFF_BYTES, Inflater, read_file_ahead, sniff
from .decode import (
    CircleCIEnvelope,
    WideText,
    circleci_json_undecided,
    clean_line,
    looks_like_circleci_json,
    wide_by_bom,
    wide_undecided,
    without_nuls,
)
from .lines import (
    BIG_INPUT,
    NewlineCounter,
    anchor_occurrences,
    candidate_lines,
    line_spans,
    line_start,
    line_starts,
)
from .matcher import (
    MEMO_LINE,
    Caps,
    ConfirmMemo,
    Hits,
    RawMemo,
    as_caps,
    captures,
    confirm_found,
    confirm_lines,
    remember,
)
from .models import ExcerptLine, JobReport, SourceInfo
from .parallel import PARALLEL_MIN_BYTES, ParallelMatches, parallel_supported
from .prefilter import Prefilter, make_prefilter
from .redact import cut
from .rules import MARK_KINDS, MAX_CONTEXT, Rule, RuleSet, common_start, load_rules
from .sections import (
    LOOKS,
    NOTHING,
    NUL,
    SKIP_FIRST_SPAN,
    SKIP_SPAN,
    STOP,
    Follow,
    Look,
    Mute,
    Walk,
    Windows,
    skipper,
)
from .sink import RUN_BREAKING, Repeat, ReportSink

__all__ = ["DEFAULT_LINE_CAP", "ScanOptions", "Scanner", "scan"]

DEFAULT_LINE_CAP = 256 * 1024
_BOM = b"\xef\xbb\xbf"
READ_SIZE = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ScanOptions:
    context: int = 2  # lines of context on each side of a cause (a rule may ask for more)
    top: int = 3  # causes kept in the report
    line_cap: int = DEFAULT_LINE_CAP
    backend: str | None = None  # prefilter backend; None = fastest installed
    prefilter: bool = True  # False: every rule on every line (slow; for testing)
    #: prefilter processes for big plain files: 0 = one per CPU for files of
    #: 256 MiB and more, 1 = none; the report is the same either way
    workers: int = 0
    max_tests: int = 200  # failing tests listed in the report (the total is always given)
    #: the exit status of what wrote the log, when known (a CI step's): non-zero means
    #: the log failed, so no error line is outweighed by a success summary before it;
    #: 0 means it succeeded, so its end outweighs the error lines like one
    exit_code: int | None = None
    #: tell gzip, bzip2 and xz input by its first bytes and inflate it (False: the bytes
    #: are the log itself, e.g. already inflated, or a CI API's JSON)
    inflate: bool = True

    def __post_init__(self) -> None:
        if not 0 <= self.context <= MAX_CONTEXT:
            raise ValueError(f"context must be 0..{MAX_CONTEXT} lines, got {self.context}")


@dataclass(slots=True)
class _PendingAfter:
    #: the excerpt it fills (a cause shown again from a later line gets a new one)
    into: list[ExcerptLine]
    need: int


_PF_CACHE: dict[tuple[str, str | None], Prefilter] = {}


def _prefilter_for(rules: RuleSet, backend: str | None) -> Prefilter:
    key = (rules.digest, backend)
    pf = _PF_CACHE.get(key)
    if pf is None:
        pf = make_prefilter(rules.anchors, backend)
        _PF_CACHE[key] = pf
    return pf


class Scanner:
    """Incremental scanner of one log: ``feed(chunk)`` any number of times, then ``finish()``.

    >>> s = Scanner(name="build.log")
    >>> s.feed(b"E   assert 1 == 2\\n")
    >>> s.finish().status
    'failed'
    """

    #: the shortcuts for lines and sections seen before (repeat plans, shared follow
    #: walks, the memos by raw bytes): switched off only by tests, which check that
    #: they change speed, never the report
    _shortcuts: ClassVar[bool] = True

    def __init__(self, name: str = "<stream>", rules: RuleSet | None = None,
                 options: ScanOptions | None = None) -> None:
        self.name = name
        self.rules = rules if rules is not None else load_rules()
        self.options = options or ScanOptions()
        self._pf = _prefilter_for(self.rules, self.options.backend) if self.options.prefilter \
            else None
        self._lens = [len(a) for a in self.rules.anchors]
        self._sink = ReportSink()
        #: the first bytes told whether the log is compressed (or it is not to be asked)
        self._sniffed = not self.options.inflate
        self._start = b""  # ... which are held until there are enough of them
        self._inflater: Inflater | None = None
        self._mode: str | None = None
        self._head = b""
        self._env: CircleCIEnvelope | None = None
        self._wide: WideText | None = None  # the log is UTF-16 or -32 (a byte order mark said)
        self._carry = bytearray()  # the partial last line, at most line_cap bytes
        self._overlong = False  # the carried line passed the cap; the rest is discarded
        self._dropped = 0  # bytes of that line discarded so far
        self._lines = 0  # complete lines before the current block
        self._consumed = 0  # de-enveloped bytes before the current block
        self._hi = 0  # end of the current block in its buffer
        self._cnt_pos = 0  # lazy line counting: offset counted up to in the block ...
        self._cnt_lines = 0  # ... and the number of complete lines before it
        self._big = False  # count newlines with numpy
        self._dense = True  # anchors were dense in the last block (or none came yet)
        self._nl = NewlineCounter(b"")  # ... in the current block
        #: anchor occurrences found by worker processes (see triage.parallel)
        self._matches: ParallelMatches | None = None
        self._raw_bytes = 0
        self._truncated_lines = 0
        self._tail: list[bytes] = []  # the last lines before the current block
        self._tail_at = 0  # the offset in the log where the last of them starts
        # a `previous` rule may report the tail's last line, with its context before it
        self._ctx_max = 1 + max([self.options.context]
                                + [max(r.context) for r in self.rules.rules if r.context])
        self._follows: list[Follow] = []
        #: per rule (and indentation, see Follow.indent), where its last follow stopped
        self._walks: dict[tuple[str, int], Walk] = {}
        self._looks: dict[str, dict[bytes, Look]] = {}  # see _skim_follow
        #: windows of warning output still ahead or open, in the order they open (ended
        #: ones are dropped with each block)
        self._mutes: list[Mute] = []
        self._unclosed: list[Mute] = []  # windows whose stop line has not come (yet)
        self._scopes: dict[str, list[tuple[int, str]]] = {}
        self._pending: list[_PendingAfter] = []
        #: per section rule, the search its follow skims with (None: every line)
        self._skips: dict[str, Prefilter | None] = {}
        self._confirmed: ConfirmMemo = {}  # hits of lines seen before, by text
        self._raw_confirmed: RawMemo = {}  # ... and by their bytes
        #: the last bytes before the current block, for rules that look back (output_from,
        #: test_log)
        self._keeps_history = any(r.output_from or r.test_log for r in self.rules.rules)
        self._history = b""
        #: the last test-log line's lookup (see _test_of): its rule's texts, its block,
        #: where it starts, and the naming line found (where it starts in the log, the
        #: name), if any
        self._named: tuple[tuple[str, ...], int, int, tuple[int, str] | None] | None = None
        #: rules whose follow mutes warning output, by index
        self._mutes_by_rule = frozenset(i for i, r in enumerate(self.rules.rules)
                                        if r.follow is not None and r.follow.pick == "mute")
        #: the most lines a window of warning output spans
        self._mute_reach = 1 + max((r.follow.max_lines for r in self.rules.rules
                                    if r.follow is not None and r.follow.pick == "mute"),
                                   default=0)
        #: lines whose hits only count when they repeat (every cause known, every test
        #: listed; at most the follow of the last hit to start): by text, with the hits
        #: they were planned for and that follow's rule and captures
        self._repeats: dict[str, tuple[Hits, Repeat, tuple[Rule, Caps] | None]] = {}
        self._once: dict[str, None] = {}  # lines with such hits seen once, not planned for
        self._plain = [r.kind not in _MARKS and r.scope is None and r.previous is None
                       and r.output_from is None and not r.test_log
                       and i not in self._mutes_by_rule
                       for i, r in enumerate(self.rules.rules)]
        self._started = time.perf_counter()
        self._finished = False

    # -- input ---------------------------------------------------------------

    def feed(self, chunk: bytes) -> None:
        """Scan the next bytes of the log (``bytes``, ``bytearray`` or ``memoryview``)."""
        if self._finished:
            raise RuntimeError("Scanner.feed() after finish()")
        if not isinstance(chunk, bytes):  # bytearray, memoryview: lines are memo keys
            chunk = _as_bytes(chunk)
        if not chunk:
            return
        self._raw_bytes += len(chunk)
        if not self._sniffed:
            self._start += chunk
            if len(self._start) < SNIFF_BYTES:
                return
            chunk, self._start = self._start, b""
            self._sniff(chunk)
        self._take(chunk)

    def _take(self, chunk: bytes) -> None:
        if self._inflater is None:
            self._feed_log(chunk)
            return
        for piece in self._inflater.feed(chunk):
            self._feed_log(piece)

    def _feed_file(self, chunks: Iterable[bytes]) -> None:
        """:meth:`feed` each chunk of a regular file; a compressed one is read and
        inflated by a thread ahead of the scan, from its start (:func:`read_file_ahead`).

        Only for files this module opens: their reads never wait on a producer, and the
        thread is the only one that touches them."""
        if self._sniffed:
            for chunk in chunks:
                self.feed(chunk)
            return
        counted = [0]
        self._inflater, pieces = read_file_ahead(chunks, self.name, counted)
        self._sniffed = True
        with contextlib.closing(pieces):
            if self._inflater is None:
                for chunk in pieces:
                    self.feed(chunk)
                return
            try:
                for piece in pieces:
                    self._feed_log(piece)
            finally:
                self._raw_bytes += counted[0]

    def _sniff(self, start: bytes) -> None:
        """Tell a compressed log by its first bytes."""
        self._sniffed = True
        fmt = sniff(start, self.name)
        if fmt is not None:
            self._inflater = Inflater(fmt)

    def _feed_log(self, chunk: bytes) -> None:
        """Scan the next bytes of the log itself (inflated, if it was compressed)."""
        if self._mode is None:
            self._head += chunk
            # held only while the first bytes could still be CircleCI step output, or
            # UTF-16 text after a byte order mark
            if circleci_json_undecided(self._head) or wide_undecided(self._head):
                return
            chunk, self._head = self._head, b""
            chunk = self._choose_mode(chunk)
        elif self._wide is not None:
            chunk = self._wide.feed(chunk)
        if self._env is not None:
            chunk = self._env.feed(chunk)
        self._feed_text(chunk)

    def _choose_mode(self, head: bytes) -> bytes:
        """Tell the log's encoding and envelope by its first bytes; return them as UTF-8
        without a byte order mark (GitHub Actions' log files start with UTF-8's;
        Windows PowerShell writes UTF-16 with one, which is read as such)."""
        if head.startswith(_BOM):
            head = head[len(_BOM):]
        elif (wide := wide_by_bom(head)) is not None:
            self._wide = WideText(wide[0])
            head = self._wide.feed(head[wide[1]:])
        if looks_like_circleci_json(head):
            self._mode = "circleci-json"
            self._env = CircleCIEnvelope()
        else:
            self._mode = "plain"
        return head

    def _feed_text(self, data: bytes) -> None:
        if not data:
            return
        cap = self.options.line_cap
        start = 0
        if self._overlong or self._carry:
            nl = data.find(b"\n")
            if nl < 0:
                if self._overlong:
                    self._dropped += len(data)
                else:
                    self._carry += data
                    self._hold_carry(cap)
                return
            if self._overlong:
                line = bytes(self._carry) + b"\n"
                self._dropped += nl
            else:
                line = bytes(self._carry) + data[: nl + 1]
            self._carry = bytearray()
            self._overlong = False
            self._block(line, 0, len(line))
            self._consumed += self._dropped  # keep offsets those of the log itself
            if self._keeps_history and self._dropped:
                # the bytes looked back at stay where they are in the log: the line's
                # dropped part is stood in for before its newline
                fill = b" " * min(self._dropped, _OUTPUT_REACH)
                self._history = (self._history[:-1] + fill + b"\n")[-_HISTORY:]
            self._dropped = 0
            start = nl + 1
        last = data.rfind(b"\n", start)
        if last < 0:
            self._carry += data[start:]
            self._hold_carry(cap)
            return
        self._block(data, start, last + 1)
        if last + 1 < len(data):
            self._carry += data[last + 1:]
            self._hold_carry(cap)

    def _hold_carry(self, cap: int) -> None:
        if len(self._carry) > cap:
            self._dropped += len(self._carry) - cap
            del self._carry[cap:]
            self._overlong = True
            self._truncated_lines += 1

    def finish(self) -> JobReport:
        """End of input: scan the last partial line and build the report."""
        if self._finished:
            raise RuntimeError("Scanner.finish() called twice")
        if not self._sniffed:
            start, self._start = self._start, b""
            self._sniff(start)
            self._take(start)
        if self._inflater is not None:
            for piece in self._inflater.finish():
                self._feed_log(piece)
        if self._mode is None:
            head, self._head = self._head, b""
            head = self._choose_mode(head)
            if self._env is not None:
                head = self._env.feed(head)
            self._feed_text(head)
        if self._wide is not None:
            rest = self._wide.finish()
            self._feed_text(self._env.feed(rest) if self._env is not None else rest)
        if self._env is not None:
            self._feed_text(self._env.finish())
        if not self._overlong and not self._carry.strip(b"\x00"):
            # (NUL bytes after the last newline are no line: UTF-16 LE output read as
            # bytes ends with the NUL of its last newline, a crashed writer with padding)
            self._carry = bytearray()
        if self._carry or self._overlong:
            line = bytes(self._carry) + b"\n"  # a virtual newline closes the last line
            self._carry, self._overlong = bytearray(), False
            self._block(line, 0, len(line))
        self._pending = []
        self._follows = []
        self._finished = True
        # a window whose stop never came (a crash inside a live log, a cut-off traceback)
        # is not known to be warning output: what it alone muted counts after all
        self._sink.unmute({(m.rule_id, m.line) for m in self._unclosed if not m.closed})
        elapsed = time.perf_counter() - self._started
        problem = self._inflater.problem if self._inflater is not None else None
        if problem is None and self._env is not None and not self._env.complete:
            problem = ("the CircleCI step output ends before its JSON array is closed "
                       "(cut off?)" + REPORTED_UP_TO_THERE)
        source = SourceInfo(
            name=self.name, bytes=self._raw_bytes, lines=self._lines,
            truncated=bool(self._truncated_lines or problem
                           or (self._env is not None and self._env.truncated)),
            truncated_lines=self._truncated_lines, envelope=self._mode or "plain",
            compression=self._inflater.format if self._inflater is not None else None,
            encoding=self._wide.codec if self._wide is not None else None,
            problem=problem,
        )
        return rank.build_report(self._sink, source, self.options, elapsed)

    # -- blocks ----------------------------------------------------------------

    def _block(self, buf: bytes, lo: int, hi: int) -> None:
        """Scan the complete lines in ``buf[lo:hi]`` (``buf[hi - 1]`` is a newline).

        Offsets stay relative to ``buf`` so a chunk is never copied.
        """
        cap = self.options.line_cap
        base = self._lines
        self._hi = hi
        if hi - lo > cap:
            self._count_long_lines(buf, lo, hi, cap)
        self._big = self._consumed >= BIG_INPUT
        self._nl = NewlineCounter(buf, self._big)
        confirmed: list[tuple[int, str, Hits]]
        if self._matches is not None:  # workers confirmed the lines already
            confirmed = [(lo + abs_ls - self._consumed, text, hits) for abs_ls, text, hits
                         in self._matches.take(self._consumed, self._consumed + hi - lo)]
            # the lines written to the file since its size was taken are not theirs
            rest = self._uncovered(buf, lo, hi, self._matches.size)
            if rest < hi:
                confirmed += self._confirm(buf, rest, hi, cap)
        else:
            confirmed = self._confirm(buf, lo, hi, cap)
        # warning output is known before anything is reported in the block, whatever
        # order follows run in: open windows first, then this block's, then the rest
        self._sink.new_block()
        if self._mutes:  # drop the windows that ended (a hit may go back one line)
            self._mutes = [m for m in self._mutes if m.last >= base]
        if self._follows:
            self._continue_follows(buf, lo, base, mutes=True)
        if self._mutes_by_rule and confirmed:
            self._open_mutes(buf, lo, base, confirmed)
        if self._pending or self._follows:
            self._continue(buf, lo, base)
        # line numbers are counted lazily, only up to lines where a rule confirms:
        # most candidates don't, and long stretches are counted fast in one go
        self._cnt_pos, self._cnt_lines = lo, base
        repeats, at = self._repeats, self._consumed - lo
        # no window of warning output opens or ends while the block's hits are added
        # (their walks are done): past the end of the last one, no line is in one
        windows = Windows([(m.first_at, m.end_at) for m in self._mutes
                            if m.end_at > self._consumed])
        horizon = windows.end
        for ls, text, hits in confirmed:
            if at + ls < horizon and windows.hold(at + ls):
                self._apply(buf, lo, ls, text, hits)
                continue
            plan = repeats.get(text)
            if plan is not None and (plan[0] is hits or plan[0] == hits):
                self._sink.repeat(plan[1], at + ls)
                if plan[2] is not None:  # the last hit starts a follow
                    self._start_follow(plan[2][0], plan[2][1], self._line_number(buf, ls),
                                       buf, lo, ls, text)
                continue
            self._apply(buf, lo, ls, text, hits)
            if self._shortcuts and all(self._plain[i] for i, _c in hits):
                if text in self._once:  # it repeats: plan for the next time
                    self._plan_repeat(text, hits)
                else:  # most lines of a log of distinct errors never come back
                    remember(self._once, text, None, _REPEATS)
        self._lines = self._cnt_lines + self._nl.count(self._cnt_pos, hi)
        self._remember_tail(buf, lo, hi)
        if self._keeps_history:
            self._history = (self._history + buf[max(lo, hi - _HISTORY):hi])[-_HISTORY:]
        self._consumed += hi - lo

    def _confirm(self, buf: bytes, lo: int, hi: int, cap: int) -> list[tuple[int, str, Hits]]:
        """The lines of ``buf[lo:hi]`` that rules confirm, with their text and hits."""
        if self._pf is not None and not self.rules.always:
            # an anchor occurrence costs ~100 bytes until its line is confirmed: where
            # they are dense (the first block, and after a dense one), a piece at a time
            confirmed: list[tuple[int, str, Hits]] = []
            occurrences = 0
            size = _PIECE if self._dense else hi - lo
            for p_lo, p_hi in _pieces(buf, lo, hi, size):
                found = anchor_occurrences(self._pf.find, buf, p_lo, p_hi, cap)
                occurrences += len(found)
                confirmed += confirm_found(buf, p_lo, p_hi, found,
                                           self.rules.anchor_rules, self._lens, cap,
                                           self.rules.rules, self._confirmed,
                                           self._raw_confirmed if self._shortcuts else {})
            self._dense = occurrences > (hi - lo) // _DENSE_BYTES
            return confirmed
        cands = (self._all_lines(buf, lo, hi) if self._pf is None
                 else self._candidate_lines(buf, lo, hi, cap))
        return confirm_lines(buf, cands, hi, cap, self.rules.rules,
                             self._confirmed) if cands else []

    def _uncovered(self, buf: bytes, lo: int, hi: int, covered: int) -> int:
        """Where the first line of ``buf[lo:hi]`` starting at log offset ``covered`` or
        later starts (``hi`` if none does): workers confirm the lines that start before
        the file's size when the scan began, and the file may have grown since."""
        p = lo + covered - self._consumed
        if p >= hi:
            return hi
        if p <= lo or buf[p - 1:p] == b"\n":
            return max(p, lo)
        return buf.find(b"\n", p, hi) + 1 or hi

    def _candidate_lines(self, buf: bytes, lo: int, hi: int, cap: int
                         ) -> list[tuple[int, set[int]]]:
        assert self._pf is not None
        found = anchor_occurrences(self._pf.find, buf, lo, hi, cap)
        return candidate_lines(buf, lo, hi, found, self.rules, self._lens, cap)

    def _all_lines(self, buf: bytes, lo: int, hi: int) -> list[tuple[int, set[int]]]:
        """Every rule for every line (prefilter off), except that a step rule still needs
        its anchor: the marker it recognises (``##[group]``) is cleaned off the line."""
        rules = self.rules.rules
        every = {i for i, r in enumerate(rules) if not r.follow_only and r.kind != "step"}
        steps = [(i, [a.encode() for a in r.anchors]) for i, r in enumerate(rules)
                 if r.kind == "step"]
        out = []
        cap = self.options.line_cap
        for ls in line_starts(buf, lo, hi):
            le = buf.find(b"\n", ls, hi)
            line = buf[ls: le if le >= 0 else hi]
            if b"\x00" in line:  # (as the prefilter looks at it: lines.with_nul_lines)
                line = without_nuls(line[:cap])
            marked = {i for i, anchors in steps if any(a in line for a in anchors)}
            out.append((ls, every | marked if marked else every))
        return out

    def _count_long_lines(self, buf: bytes, lo: int, hi: int, cap: int) -> None:
        """Count lines longer than the cap; any such line covers a newline-free window."""
        counted = -1
        w = max(1, cap // 2)
        for p in range(lo, hi, w):
            if buf.find(b"\n", p, min(p + w, hi)) >= 0:
                continue
            s = line_start(buf, lo, p)
            if s == counted:
                continue
            e = buf.find(b"\n", p, hi)
            if e - s > cap:
                counted = s
                self._truncated_lines += 1

    def _raw_line(self, block: bytes, ls: int) -> tuple[bytes, int]:
        """The line starting at ``ls`` (cut at the cap) and the offset after its newline."""
        le = block.find(b"\n", ls, self._hi)
        if le < 0:
            le = self._hi
        return block[ls: min(le, ls + self.options.line_cap)], le + 1

    def _line_number(self, buf: bytes, ls: int) -> int:
        """1-based number of the line starting at ``ls`` (calls come in order)."""
        self._cnt_lines += self._nl.count(self._cnt_pos, ls)
        self._cnt_pos = ls
        return self._cnt_lines + 1

    def _apply(self, block: bytes, lo: int, ls: int, text: str,
               hits: Hits) -> None:
        """Push the confirmed hits of the line starting at ``ls`` (in order of lines)."""
        rules = self.rules.rules
        if rules[hits[0][0]].kind in _MARKS and all(rules[i].kind in _MARKS for i, _c in hits):
            # success summaries, step starts and retries are kept by offset: no line counting
            for i, _caps in hits:
                self._sink.add_mark(rules[i].kind, self._consumed + ls - lo)
            return
        line_no = self._line_number(block, ls)
        # a test's own log line: whichever rule names it, it is the log of the test
        # named before it ("" when none is)
        log_of = next((self._log_of(rules[i].test_log, caps, block, lo, ls)
                       for i, caps in hits if rules[i].test_log), None)
        for i, caps in hits:
            rule = rules[i]
            if rule.scope is not None:
                caps = self._scoped(rule, text, as_caps(caps))
            if rule.previous is not None:
                self._emit_previous(rule, as_caps(caps), line_no, block, lo, ls)
                continue
            self._emit(rule, text, caps, line_no, block, lo, ls, None, log_of=log_of)
            if rule.output_from is not None:
                self._test_output(rule.output_from, as_caps(caps).get("test", ""), block, lo, ls)
            if rule.follow is not None and i not in self._mutes_by_rule:  # (see _open_mutes)
                self._start_follow(rule, caps, line_no, block, lo, ls, text)

    def _start_follow(self, rule: Rule, caps: Caps, line_no: int, block: bytes, lo: int,
                      ls: int, text: str) -> None:
        """Start the follow of ``rule``, which hit line ``line_no`` (at ``ls``, ``text``)."""
        assert rule.follow is not None
        _raw, nxt = self._raw_line(block, ls)
        f = Follow(rule, line_no, rule.follow.max_lines)
        if rule.follow.pick == "unindented":
            f.indent = len(text) - len(text.lstrip())
        title = as_caps(caps).get("title") if rule.follow.join is not None else None
        if title:
            f.parts.append(title.strip())
        self._walk_follow(f, block, lo, nxt, line_no + 1)

    def _plan_repeat(self, text: str, hits: Hits) -> None:
        """Remember what a line with these hits changes, if repeating it only counts and
        starts at most one follow, that of its last hit (so the order of what it adds
        stays that of :meth:`_apply`)."""
        rules = self.rules.rules
        follows = [k for k, (i, _c) in enumerate(hits) if rules[i].follow is not None]
        if follows and follows != [len(hits) - 1]:
            return
        shown = _shorten(text)
        plan = self._sink.repeat_of([(rules[i], caps, shown) for i, caps in hits])
        if plan is None:
            self._repeats.pop(text, None)
            return
        last_rule, last_caps = rules[hits[-1][0]], hits[-1][1]
        remember(self._repeats, text,
                 (hits, plan, (last_rule, last_caps) if follows else None), _REPEATS)

    def _emit_previous(self, rule: Rule, caps: dict[str, str], line_no: int, block: bytes,
                       lo: int, ls: int) -> None:
        """A rule that recognises a line by the one after it reports the line before."""
        assert rule.previous is not None
        if line_no < 2:
            return
        if ls > lo:
            ps = line_start(block, lo, ls - 1)
            raw = block[ps: min(ls - 1, ps + self.options.line_cap)]
        elif self._tail:
            ps, raw = -1, self._tail[-1]
        else:
            return
        text = clean_line(raw, limit=self.options.line_cap)
        m = rule.previous.search(text)
        if m is None:
            return
        merged = {**caps, **captures(m)}
        self._emit(rule, text, merged, line_no - 1, block, lo, ps, None)

    def _scoped(self, rule: Rule, text: str, caps: dict[str, str]) -> dict[str, str]:
        """Open a nesting level, or prefix a test id with the levels around it."""
        assert rule.scope is not None
        indent = len(text) - len(text.lstrip(" "))
        stack = self._scopes.setdefault(rule.scope, [])
        if rule.scope_push:
            while stack and stack[-1][0] >= indent:
                stack.pop()
            stack.append((indent, caps.get("name", "").strip()))
            return caps
        outer = [name for level, name in stack if level < indent]
        if outer and "test" in caps:
            caps = dict(caps, test=rule.scope_sep.join([*outer, caps["test"].strip()]))
        return caps

    def _emit(self, rule: Rule, text: str, caps: Caps, line_no: int,
              block: bytes, lo: int, ls: int, section: Rule | None,
              section_line: int | None = None, log_of: str | None = None) -> None:
        """Push one hit; ``ls == -1`` means the line is the last one before this block;
        ``log_of``: the line is the log of that test (see :meth:`_test_of`)."""
        in_tail = ls < 0
        offset = self._tail_at if in_tail and self._tail else self._consumed + ls - lo
        shown = text if len(text) <= _SHOWN else _shorten(text)
        within = (self._within(line_no, rule.kind != "error")
                  if self._mutes and rule.kind in _MUTABLE and rule.category not in RUN_BREAKING
                  else ())
        cand = self._sink.add(rule, shown, caps, line_no, offset, section.id if section else None,
                              section_line, within, log_of)
        if cand is None:
            return
        before, after = rule.context or (self.options.context, self.options.context)
        if in_tail:
            older = self._tail[:-1][-before:] if before else []
            cand.excerpt = [ExcerptLine(line_no - len(older) + k, _shorten(clean_line(b)))
                            for k, b in enumerate(older)]
        else:
            cand.excerpt = self._before(block, lo, ls, line_no, before)
        cand.excerpt.append(ExcerptLine(line_no, shown))
        if after:
            nxt = lo if in_tail else self._raw_line(block, ls)[1]
            p = _PendingAfter(cand.excerpt, after)
            self._fill_after(p, block, nxt, line_no + 1)
            if p.need:
                self._pending.append(p)

    def _test_output(self, starts: tuple[str, ...], test: str, block: bytes, lo: int,
                     ls: int) -> None:
        """Remember where the output of failing test ``test`` is: from each line where
        one of ``starts`` followed by the test begins (or resumes) it, up to the next
        line holding their common prefix. It is looked for in the :data:`_OUTPUT_REACH`
        bytes before this line, whatever the chunking."""
        test = test.strip()
        if not test or len(self._sink.test_output) >= _MAX_OUTPUTS:
            return
        window, w_lo, w_hi, base, _starts = self._look_back(block, lo, ls)
        until = common_start(starts).encode()
        for start in starts:
            marker = (start + test).encode()
            at = window.find(marker, w_lo, w_hi)
            while at >= 0 and len(self._sink.test_output) < _MAX_OUTPUTS:
                after = at + len(marker)
                if window[after: after + 1] in (b"\n", b"\r", b""):  # not a longer name
                    first = window.rfind(b"\n", w_lo, at) + 1 or w_lo
                    end = window.find(until, after, w_hi)
                    end = w_hi if end < 0 else window.rfind(b"\n", w_lo, end) + 1 or w_lo
                    self._sink.test_output.append((base + first, base + end, test))
                at = window.find(marker, after, w_hi)

    def _look_back(self, block: bytes, lo: int, ls: int) -> tuple[bytes, int, int, int, bool]:
        """The :data:`_OUTPUT_REACH` bytes of the log before the line at ``ls``, whatever
        the chunking: ``(buffer, lo, hi, base, starts)``, a position ``p`` there being
        log offset ``base + p``, ``starts`` whether a line starts at ``lo``. In place
        when they lie in this block, else the bytes kept from before it joined to the
        block's head."""
        if ls - lo >= _OUTPUT_REACH:
            w_lo = ls - _OUTPUT_REACH
            return (block, w_lo, ls, self._consumed - lo,
                    w_lo == lo or block[w_lo - 1:w_lo] == b"\n")
        want = _OUTPUT_REACH - (ls - lo)
        older = self._history[-want:]
        # (they start a line if they are the log's first bytes, or a newline is before them)
        starts = self._consumed == len(older) or self._history[-want - 1:-want] == b"\n"
        window = older + block[lo:ls]
        return window, 0, len(window), self._consumed - len(older), starts

    def _log_of(self, names: tuple[str, ...] | bool, caps: Caps, block: bytes, lo: int,
                ls: int) -> str:
        """The test whose log the line at ``ls`` is, by a ``test_log`` rule's hit (its
        ``test`` capture, or the naming line before it); "" when that is not known."""
        if isinstance(names, bool):
            return as_caps(caps).get("test", "").strip()
        return self._test_of(names, block, lo, ls) or ""

    def _test_of(self, names: tuple[str, ...], block: bytes, lo: int, ls: int) -> str | None:
        """The test the line at ``ls`` is the log of: named by the nearest line that
        starts with one of ``names`` (see :func:`_last_named`) and starts in the
        :data:`_OUTPUT_REACH` bytes before it (``=== RUN   TestX``, ``--- FAIL: TestX``),
        whatever the chunking.

        Lines of one test's log follow each other: after the first lookup in a block,
        only the bytes since the last line looked up are searched (a test that logs a
        lot costs a search of its log once, not once per line)."""
        at = self._consumed + ls - lo  # where the line starts in the log
        last = self._named
        if last is not None and last[0] is names and last[1] == self._consumed and last[2] <= ls:
            # (most lines of a test's log have none of the texts since the last one)
            has = _naming(names).search(block, last[2], ls) is not None
            near = _last_named(names, block, last[2], ls, True) if has else None
            # (nothing new: the same naming line as the last time)
            found = (self._consumed + near[0] - lo, near[1]) if near is not None else last[3]
            if found is not None and found[0] < at - _OUTPUT_REACH:
                found = None  # (the nearest is out of reach: so is any before it)
        else:
            window, w_lo, w_hi, base, starts = self._look_back(block, lo, ls)
            near = _last_named(names, window, w_lo, w_hi, starts)
            found = (base + near[0], near[1]) if near is not None else None
        self._named = (names, self._consumed, ls, found)
        return found[1] if found is not None else None

    def _within(self, line_no: int, before_stop: bool = False) -> tuple[tuple[str, int], ...]:
        """The muting sections (rule id, line) whose warning output holds line ``line_no``,
        in the order they opened; ``before_stop``: not counting a window's stop line
        (pytest's final summary may be what ends its PASSES section, the next test's
        result what ends a should-panic test's output). Which windows hold a line is
        known when it is reported, whatever the chunking; whether a window closes is
        known at the end (see ReportSink.unmute)."""
        mutes = self._mutes
        # they are in the order they opened: only those that opened before the line, and
        # not so long before that no window of warning output could reach it, are looked at
        first = bisect_left(mutes, line_no - self._mute_reach, key=_opened)
        last = bisect_left(mutes, line_no, lo=first, key=_opened)
        return tuple((m.rule_id, m.line) for m in mutes[first:last]
                     if line_no <= m.last and not (before_stop and m.closed and line_no == m.last))

    def _before(self, block: bytes, lo: int, ls: int, line_no: int, count: int
                ) -> list[ExcerptLine]:
        lines: list[bytes] = []
        pos = ls
        while len(lines) < count and pos > lo:
            s = line_start(block, lo, pos - 1)
            lines.append(block[s: pos - 1])
            pos = s
        if len(lines) < count and pos == lo:
            need = count - len(lines)
            lines.extend(reversed(self._tail[-need:]))
        lines.reverse()
        first = line_no - len(lines)
        cap = self.options.line_cap
        return [ExcerptLine(first + k, _shorten(clean_line(b[:cap])))
                for k, b in enumerate(lines)]

    def _fill_after(self, p: _PendingAfter, block: bytes, pos: int, next_no: int) -> None:
        while p.need and pos < self._hi:
            raw, nxt = self._raw_line(block, pos)
            p.into.append(ExcerptLine(next_no, _shorten(clean_line(raw))))
            p.need -= 1
            next_no += 1
            pos = nxt

    def _remember_tail(self, block: bytes, lo: int, hi: int) -> None:
        keep = self._ctx_max
        if not keep:
            return
        lines: list[bytes] = []
        pos = hi
        cap = self.options.line_cap
        # where the last line starts (the tail holds it cut at the cap)
        self._tail_at = self._consumed + line_start(block, lo, hi - 1) - lo
        while len(lines) < keep and pos > lo:
            s = line_start(block, lo, pos - 1)
            lines.append(block[s: min(pos - 1, s + cap)])
            pos = s
        lines.reverse()
        if len(lines) < keep:
            lines = self._tail[-(keep - len(lines)):] + lines if self._tail else lines
        self._tail = lines[-keep:]

    # -- state carried across blocks -----------------------------------------

    def _continue(self, block: bytes, lo: int, base: int) -> None:
        """Feed the head of a new block to excerpts and follows still waiting for lines."""
        if self._pending:
            still = []
            for p in self._pending:
                self._fill_after(p, block, lo, base + 1)
                if p.need:
                    still.append(p)
            self._pending = still
        if self._follows:
            self._continue_follows(block, lo, base, mutes=False)

    def _continue_follows(self, block: bytes, lo: int, base: int, *, mutes: bool) -> None:
        """Walk the waiting follows that are mutes (or that are not) into a new block."""
        go = [f for f in self._follows if (f.mute is not None) == mutes]
        if go:
            self._follows = [f for f in self._follows if (f.mute is not None) != mutes]
            for f in go:
                self._walk_follow(f, block, lo, lo, base + 1)

    def _open_mutes(self, block: bytes, lo: int, base: int,
                    confirmed: list[tuple[int, str, Hits]]) -> None:
        """Open the windows of warning output that start in this block, before any of its
        hits is reported (a follow started earlier may pick a line inside one)."""
        rules, mutes_by_rule = self.rules.rules, self._mutes_by_rule
        pos, line_no = lo, base + 1
        for ls, _text, hits in confirmed:
            for i, _caps in hits:
                if i not in mutes_by_rule:
                    continue
                rule = rules[i]
                if rule.follow is None:
                    continue
                line_no += self._nl.count(pos, ls)
                pos = ls
                f = Follow(rule, line_no, rule.follow.max_lines)
                nxt = self._raw_line(block, ls)[1]
                f.mute = Mute(rule.id, line_no, line_no + rule.follow.max_lines,
                               self._consumed + nxt - lo)
                self._mutes.append(f.mute)
                if len(self._unclosed) >= _MAX_OUTPUTS:
                    self._unclosed = [m for m in self._unclosed if not m.closed]
                self._unclosed.append(f.mute)
                self._walk_follow(f, block, lo, nxt, line_no + 1)

    def _walk_follow(self, f: Follow, block: bytes, lo: int, pos: int, line_no: int) -> None:
        """Walk follow ``f`` from the line at ``pos`` (number ``line_no``) of the block.

        A follow that picks (no join, no mute) ends on the first line of its window that
        satisfies it. When the last follow of the same rule in this block looked at this
        line and beyond, this one would find what it found there: its window starts later
        and reaches further. So it takes that result, or goes on from where that one
        stopped, and dense sections cost one walk, not one per header.
        """
        follow = f.rule.follow
        assert follow is not None
        target = self.rules.rule(follow.emit) if follow.emit is not None else None
        shared = (self._shortcuts and f.mute is None and follow.join is None
                  and follow.pick != "list")
        if shared:
            prev = self._walks.get((f.rule.id, f.indent))
            if prev is not None and prev.block == self._consumed and prev.pos >= pos:
                if prev.done:
                    if prev.hit is not None:
                        assert target is not None
                        self._emit(target, prev.hit[0], prev.hit[1], prev.line, block, lo,
                                   prev.pos, f.rule, f.start_line)
                    return
                f.remaining -= prev.line - line_no
                pos, line_no = prev.pos, prev.line
        if f.rule.id in self._skips:
            skip = self._skips[f.rule.id]
        else:
            skip = self._skips[f.rule.id] = (
                skipper(f.rule, target, self.options.backend) if self._pf is not None else None)
        if skip is not None:
            walk = self._skim_follow(f, skip, target, block, lo, pos, line_no)
        else:
            walk = self._step_follow(f, target, block, lo, pos, line_no)
        if not walk.done and f.remaining and walk.pos >= self._hi:
            self._follows.append(f)  # it goes on in the next block
        if shared:
            self._walks[(f.rule.id, f.indent)] = walk

    def _step_follow(self, f: Follow, target: Rule | None, block: bytes, lo: int, pos: int,
                     line_no: int) -> Walk:
        """Walk a follow line by line."""
        follow = f.rule.follow
        assert follow is not None
        n = self._hi
        while f.remaining and pos < n:
            raw, nxt = self._raw_line(block, pos)
            f.remaining -= 1
            text = clean_line(raw, limit=self.options.line_cap)
            if follow.stop is not None and follow.stop.search(text):
                if f.mute is not None:
                    f.mute.close(line_no, self._consumed + pos - lo)
                return Walk(self._consumed, pos, line_no, True)
            if target is None:  # a mute only looks for its stop
                pos = nxt
                line_no += 1
                continue
            if follow.pick == "list":
                # every line of the list is handed on; the first that is not one ends it
                m = target.pattern.search(text)
                if m is None:
                    return Walk(self._consumed, pos, line_no, True)
                self._emit(target, text, m, line_no, block, lo, pos, f.rule, f.start_line)
                pos = nxt
                line_no += 1
                continue
            if follow.join is not None:
                f.parts.append(text.strip())
                candidate, picked = follow.join.join(p for p in f.parts if p), False
            else:
                candidate, stripped = text, text.strip()
                if follow.pick == "next_nonblank":
                    picked = bool(stripped)
                elif follow.pick == "unindented":
                    picked = bool(stripped) and len(text) - len(text.lstrip()) <= f.indent
                    if picked and f.indent:
                        candidate = text.lstrip()
                else:
                    picked = False
            if follow.join is not None or follow.pick == "match" or picked:
                m = target.pattern.search(candidate)
                if m is not None:
                    self._emit(target, candidate, m, line_no, block, lo, pos, f.rule,
                               f.start_line)
                    return Walk(self._consumed, pos, line_no, True, (candidate, m))
                if picked:
                    return Walk(self._consumed, pos, line_no, True)
            pos = nxt
            line_no += 1
        if f.mute is not None and not f.remaining:
            f.mute.end_at = self._consumed + pos - lo
        return Walk(self._consumed, pos, line_no, False)

    def _skim_follow(self, f: Follow, skip: Prefilter, target: Rule | None, block: bytes,
                     lo: int, pos: int, line_no: int) -> Walk:
        """A ``pick = "match"`` (or ``"mute"``) follow that looks only at the lines holding
        a literal its target or stop pattern needs; they are found and cleaned a range at
        a time."""
        stop = f.rule.follow.stop if f.rule.follow else None
        # what a line holding a literal is to this follow (nothing, its stop, its target)
        # is remembered by its bytes: lines repeat
        memo = self._looks.setdefault(f.rule.id, {}) if self._shortcuts else {}
        get, n, cap = memo.get, self._hi, self.options.line_cap
        span = SKIP_FIRST_SPAN  # most watches end soon: start small
        # and do not reach much past the window's end (by the lines so far, a line is
        # `per_line` bytes long)
        if self._lines:
            per_line = self._consumed // self._lines + 1
        else:  # the first block: by its lines before this one
            per_line = (pos - lo) // (line_no - 1) + 1 if line_no > 1 else 128
        # (not so short that a log of blank lines makes every search a line or two)
        per_line = max(per_line, _MIN_LINE)
        while f.remaining and pos < n:
            reach = min(span, f.remaining * per_line * 5 // 4)
            end = n if n - pos <= reach else (block.find(b"\n", pos + reach, n) + 1 or n)
            span = min(4 * span, SKIP_SPAN)
            spans = skip.line_spans(block, pos, end)
            if block.find(b"\x00", pos, end) >= 0:
                # cleaning drops NUL bytes, which can split a word (UTF-16 output)
                nuls = [m.start() for m in NUL.finditer(block, pos, end)]
                spans = sorted({*spans, *line_spans(block, pos, end, nuls)})
            for ls, le in spans:
                raw = block[ls: le if le - ls <= cap else ls + cap]
                seen = get(raw)
                if seen is None:
                    seen = NOTHING
                    text = clean_line(raw, limit=cap)
                    if stop is not None and stop.search(text):
                        seen = STOP
                    elif target is not None and (m := target.pattern.search(text)) is not None:
                        seen = (text, m)
                    if len(raw) <= MEMO_LINE:
                        remember(memo, raw, seen, LOOKS)
                if seen is NOTHING:
                    continue
                # the watch ends here, if this line is still inside its window: lines
                # are counted only now, not for every line on the way
                k = self._nl.count(pos, ls)
                if k >= f.remaining:
                    return self._spent(f, lo, pos, line_no, ls)
                line_no += k
                if seen is STOP:
                    if f.mute is not None:
                        f.mute.close(line_no, self._consumed + ls - lo)
                    return Walk(self._consumed, ls, line_no, True)
                assert target is not None and isinstance(seen, tuple)
                self._emit(target, seen[0], seen[1], line_no, block, lo, ls, f.rule, f.start_line)
                return Walk(self._consumed, ls, line_no, True, seen)
            k = self._nl.count(pos, end)
            if k >= f.remaining:
                return self._spent(f, lo, pos, line_no, end)
            f.remaining -= k
            line_no += k
            pos = end
        return Walk(self._consumed, pos, line_no, False)

    def _spent(self, f: Follow, lo: int, pos: int, line_no: int, hi: int) -> Walk:
        """Follow ``f``'s window ends before ``hi``: its last ``f.remaining`` lines start
        at ``pos`` (line ``line_no``). A window of warning output learns where it ends."""
        if f.mute is not None:
            f.mute.end_at = self._consumed + self._nl.after(pos, f.remaining, hi) - lo
        f.remaining = 0
        return Walk(self._consumed, pos, line_no, False)


_SHOWN = 400  # characters of a line shown in hits and excerpts
#: failing tests whose output ranges are kept for ranking, and how far back a failing
#: test's output is looked for
_MAX_OUTPUTS = 10000
_OUTPUT_REACH = 64 * 1024
#: the bytes kept from before a block: the reach, and the byte before it (a newline, or
#: not: whether the first byte looked back at starts a line)
_HISTORY = _OUTPUT_REACH + 1
#: kinds of rules whose hits are only remembered by where they are
_MARKS = frozenset(MARK_KINDS)
#: kinds of hits warning output mutes (a wrapper line is the CI's own verdict)
_MUTABLE = frozenset({"error", "test", "summary"})
#: the shortest average line length a follow's literal search reckons with
_MIN_LINE = 32
#: the prefilter and confirmation take a block this much at a time where anchor
#: occurrences are dense: more than one per this many bytes of the block before
_PIECE = 1 << 20
_DENSE_BYTES = 128
#: a test's name after the text that names it (``=== RUN   TestX``, ``--- FAIL: TestX (``)
_TEST_NAME = re.compile(rb"[^\s(\x1b]+")
#: lines remembered by :meth:`Scanner._plan_repeat`
_REPEATS = 4096


def _opened(mute: Mute) -> int:
    """The line a window of warning output opens after (the key its list is ordered by)."""
    return mute.line


_NAMINGS: dict[tuple[str, ...], re.Pattern[bytes]] = {}


def _naming(names: tuple[str, ...]) -> re.Pattern[bytes]:
    """One search for any of ``names``, anywhere (compiled once per rule's texts)."""
    pat = _NAMINGS.get(names)
    if pat is None:
        pat = _NAMINGS[names] = re.compile(b"|".join(re.escape(n.encode()) for n in names))
    return pat


def _last_named(names: tuple[str, ...], buf: bytes, lo: int, hi: int,
                starts_line: bool) -> tuple[int, str] | None:
    """Where the last line of ``buf[lo:hi]`` that starts with one of ``names`` starts (as
    cleaned: after indentation, a timestamp, colour codes), and the name after the text,
    up to a space or ``(``; None when there is none. A text that ends in a letter is the
    name's own start (go's ``Benchmark``). ``starts_line``: whether a line starts at
    ``lo`` (else the first line there is only part of one, and is not looked at)."""
    best_at, best = -1, None
    for text in names:  # (each searched only after the nearest found so far)
        marker = text.encode()
        own = text[-1:].isalnum()  # the text is the start of the name itself
        at = buf.rfind(marker, max(lo, best_at + 1), hi)
        while at > best_at:
            nl = buf.rfind(b"\n", lo, at)
            start = nl + 1 if nl >= 0 else (lo if starts_line else -1)
            # (what comes before it on the line is indentation, a CI's timestamp, colour)
            if start >= 0 and (start == at or not clean_line(buf[start:at]).strip()):
                m = _TEST_NAME.match(buf, at if own else at + len(marker), hi)
                if m is not None:
                    best_at, best = at, (start, m[0].decode("utf-8", "replace"))
                break
            at = buf.rfind(marker, max(lo, best_at + 1), at)
    return best


def _pieces(buf: bytes, lo: int, hi: int, size: int) -> Iterable[tuple[int, int]]:
    """``buf[lo:hi]`` (whole lines) as ranges of whole lines of about ``size`` bytes."""
    while hi - lo > size:
        nl = buf.find(b"\n", lo + size, hi)
        if nl < 0 or nl + 1 >= hi:
            break
        yield lo, nl + 1
        lo = nl + 1
    yield lo, hi


def _shorten(text: str, limit: int = _SHOWN) -> str:
    return cut(text, limit)


def _chunks_of(path: Path) -> Iterable[bytes]:
    with path.open("rb") as f:
        while True:
            chunk = f.read(READ_SIZE)
            if not chunk:
                return
            yield chunk


def _workers_for(path: Path, scanner: Scanner) -> int:
    opts = scanner.options
    if (not opts.prefilter or not parallel_supported() or opts.workers == 1
            or scanner.rules.always):
        return 1
    try:
        st = path.stat()
    except OSError:
        return 1
    if not stat.S_ISREG(st.st_mode):
        return 1  # a pipe or a device: its bytes are read once, in order
    if opts.workers == 0 and st.st_size < PARALLEL_MIN_BYTES:
        return 1
    with path.open("rb") as f:
        head = f.read(4096)
    if ((opts.inflate and sniff(head[:SNIFF_BYTES], str(path)) is not None)
            or looks_like_circleci_json(head) or head.startswith(_BOM)
            or wide_by_bom(head) is not None):
        return 1  # offsets in the file are not offsets in the log text
    return opts.workers or (os.cpu_count() or 1)


def _scan_path(path: Path, scanner: Scanner) -> JobReport:
    workers = _workers_for(path, scanner)
    if workers > 1 and scanner._pf is not None:
        scanner._matches = ParallelMatches(str(path), path.stat().st_size, scanner._pf,
                                           scanner.rules, scanner._lens,
                                           scanner.options.line_cap, workers)
    try:
        chunks = _chunks_of(path)
        if stat.S_ISREG(path.stat().st_mode):
            scanner._feed_file(chunks)
        else:  # a pipe or a device: read as a stream
            for chunk in chunks:
                scanner.feed(chunk)
        return scanner.finish()
    finally:
        if scanner._matches is not None:
            scanner._matches.close()


def scan(source: str | Path | bytes | Iterable[bytes], *, name: str | None = None,
         rules: RuleSet | None = None, options: ScanOptions | None = None) -> JobReport:
    """Scan one log: a path, the whole log as bytes, or an iterable of byte chunks."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        return _scan_path(path, Scanner(name or str(path), rules, options))
    chunks: Iterable[bytes]
    if isinstance(source, (bytes, bytearray, memoryview)):
        scanner = Scanner(name or "<bytes>", rules, options)
        chunks = [bytes(source)]
    else:
        scanner = Scanner(name or "<stream>", rules, options)
        chunks = source
    for chunk in chunks:
        scanner.feed(chunk)
    return scanner.finish()


def _as_bytes(chunk: object) -> bytes:
    """A chunk given as another buffer, as bytes; anything else is a TypeError (an int
    would be that many NUL bytes, the ints of iterating over bytes among them)."""
    if isinstance(chunk, str):
        raise TypeError("Scanner.feed() takes bytes, not str: pass text encoded "
                        "(text.encode()), or the path as a Path to scan a file")
    if not isinstance(chunk, (bytearray, memoryview)):
        raise TypeError(f"Scanner.feed() takes bytes, bytearray or memoryview, not "
                        f"{type(chunk).__name__} (a log as one bytes object is scanned "
                        "whole: pass it to scan(), not an iterator over it)")
    return bytes(chunk)
