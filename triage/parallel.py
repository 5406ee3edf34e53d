"""Parallel prefiltering and confirmation for big log files.

For a plain log file of hundreds of MB, worker processes take fixed file
segments and do the per-line work that depends on nothing but the line: find
the anchors, then clean and confirm the candidate lines. The scanner in the
parent reads the file in order as usual and applies the confirmed lines
(scopes, sections, excerpts, ranking); it no longer runs the prefilter or the
regexes itself. Everything stateful stays sequential, so the report is
identical to a single-process scan (property-tested).

Segments split the file by *line start*: a worker owns the lines that start in
its segment, reading past its end to finish the last one (at most the line cap).
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import ClassVar

from .lines import anchor_occurrences, candidate_lines
from .matcher import ConfirmMemo, Hits, RawMemo, as_caps, confirm_found, confirm_lines
from .prefilter import Prefilter
from .rules import RuleSet

__all__ = ["PARALLEL_MIN_BYTES", "Confirmed", "ParallelMatches", "parallel_supported"]

SEGMENT = 8 << 20
#: files smaller than this are scanned in one process (pool start-up would not pay off)
PARALLEL_MIN_BYTES = 256 << 20

#: a confirmed line: absolute offset of its start, cleaned text, (rule index, captures)
Confirmed = tuple[int, str, Hits]


class _Context:
    """What workers need; set in the parent before the pool forks, inherited."""

    pf: Prefilter | None = None
    rules: RuleSet | None = None
    lens: Sequence[int] = ()
    cap: int = 0
    #: this worker's hits of lines seen before, over all the segments it confirms
    memo: ClassVar[ConfirmMemo] = {}
    raw_memo: ClassVar[RawMemo] = {}


def parallel_supported() -> bool:
    """Worker processes inherit the compiled rules and prefilter by fork (Linux)."""
    return sys.platform.startswith("linux")


def _confirm_segment(path: str, start: int, end: int) -> list[Confirmed]:
    """Confirmed lines among those starting in ``[start, end)`` of the file."""
    pf, rules, cap = _Context.pf, _Context.rules, _Context.cap
    assert pf is not None and rules is not None
    base = max(0, start - 1)
    with open(path, "rb") as f:
        data = os.pread(f.fileno(), end - base + cap + 1, base)
    lo = start - base
    if start > 0 and data[:1] != b"\n":  # `start` is inside a line: the previous worker's
        nl = data.find(b"\n", lo, end - base)
        if nl < 0:
            return []
        lo = nl + 1
    # the last line that starts before `end` may run past it: read to its end (or the cap)
    last = end - base
    if last > lo:
        nl = data.find(b"\n", last - 1)
        hi = nl + 1 if nl >= 0 else len(data)
    else:
        hi = lo
    if hi <= lo:
        return []
    found = anchor_occurrences(pf.find, data, lo, hi, cap)
    if rules.always:
        cands = candidate_lines(data, lo, hi, found, rules, list(_Context.lens), cap)
        confirmed = confirm_lines(data, cands, hi, cap, rules.rules, _Context.memo)
    else:
        confirmed = confirm_found(data, lo, hi, found, rules.anchor_rules, _Context.lens, cap,
                                  rules.rules, _Context.memo, _Context.raw_memo)
    # picklable hits; a line that repeats another shares them, which the pickle keeps
    # (the scanner recognises repeated lines by their hits)
    plain: dict[int, Hits] = {}
    out = []
    for ls, text, hits in confirmed:
        if ls >= end - base:
            break  # a line starting past `end` is the next segment's
        got = plain.get(id(hits))
        if got is None:
            got = plain[id(hits)] = [(i, as_caps(c)) for i, c in hits]
        out.append((base + ls, text, got))
    return out


class ParallelMatches:
    """Confirmed lines of a file, computed by worker processes, handed out in order."""

    def __init__(self, path: str, size: int, pf: Prefilter, rules: RuleSet,
                 lens: Sequence[int], cap: int, workers: int, segment: int = SEGMENT) -> None:
        _Context.pf, _Context.rules, _Context.lens, _Context.cap = pf, rules, lens, cap
        _Context.memo = {}  # hits are by rule index: never carried over to other rules
        _Context.raw_memo = {}
        self._path = path
        self._size = size
        #: lines that start before it are confirmed here: the file's size when it began
        self.size = size
        self._segment = segment
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork"))
        self._next = 0  # next segment start to submit
        self._inflight: deque[tuple[int, Future[list[Confirmed]]]] = deque()
        self._ahead = workers * 2
        self._ready: deque[Confirmed] = deque()
        self._covered = 0  # every line starting before this offset is in _ready or taken
        self._fill()

    def _fill(self) -> None:
        while len(self._inflight) < self._ahead and self._next < self._size:
            start = self._next
            end = min(start + self._segment, self._size)
            self._inflight.append((end, self._pool.submit(_confirm_segment, self._path,
                                                          start, end)))
            self._next = end

    def take(self, start: int, end: int) -> list[Confirmed]:
        """Confirmed lines starting in ``[start, end)``, in order.

        Calls come with increasing, adjacent ranges (the scanner's blocks).
        """
        while self._covered < end and self._inflight:
            seg_end, fut = self._inflight.popleft()
            self._ready.extend(fut.result())
            self._covered = seg_end
            self._fill()
        out: list[Confirmed] = []
        ready = self._ready
        while ready and ready[0][0] < end:
            item = ready.popleft()
            if item[0] >= start:
                out.append(item)
        return out

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
