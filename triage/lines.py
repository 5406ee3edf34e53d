"""Line helpers over byte buffers: where lines start, how many there are, candidates.

Every function works on ``buf[lo:hi]`` by offsets, so a chunk is never copied.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .decode import without_nuls
from .rules import RuleSet

__all__ = ["BIG_INPUT", "NewlineCounter", "anchor_occurrences", "candidate_lines", "line_spans",
           "line_start", "line_starts", "with_nul_lines"]

#: a prefilter's ``find(block, base=0)``: anchor occurrences as (end offset, anchor)
Find = Callable[..., list[tuple[int, int]]]


def candidate_lines(buf: bytes, lo: int, hi: int, found: list[tuple[int, int]],
                    rules: RuleSet, lens: list[int], cap: int) -> list[tuple[int, set[int]]]:
    """Group anchor occurrences (end offset, anchor) into candidate lines of ``buf[lo:hi]``.

    Each line gets the rules its anchors name (plus the anchor-less ones);
    occurrences past ``cap`` bytes into a line are ignored, as that part of a
    long line is not scanned.
    """
    anchor_rules = rules.anchor_rules
    always = rules.always
    out: list[tuple[int, set[int]]] = []
    append = out.append
    rfind, find = buf.rfind, buf.find
    cur_start, cur_end = -1, -1
    cur: set[int] = set()
    last = -1
    for end, idx in found:  # the hot loop of dense logs: everything local, no calls
        start = end - lens[idx]
        if start >= cur_end:
            if cur_start >= 0:
                append((cur_start, cur))
            cur_start = rfind(b"\n", lo, start) + 1 or lo
            cur_end = find(b"\n", start, hi)
            if cur_end < 0:
                cur_end = hi
            cur = set(always)
            last = -1
        if end - cur_start <= cap and idx != last:
            cur.update(anchor_rules[idx])
            last = idx  # (a run of one anchor: a line packed with `FAILED `, `E   `)
    if cur_start >= 0:
        append((cur_start, cur))
    if always:
        have = dict(out)
        out = [(ls, have.get(ls, set()) | set(always)) for ls in line_starts(buf, lo, hi)]
    return [(ls, rs) for ls, rs in out if rs]


def anchor_occurrences(find: Find, buf: bytes, lo: int, hi: int, cap: int
                       ) -> list[tuple[int, int]]:
    """The anchor occurrences of ``buf[lo:hi]`` (whole lines), in order, by a prefilter's
    ``find``, those of lines holding NUL bytes included (:func:`with_nul_lines`)."""
    view = memoryview(buf)[lo:hi] if lo or hi != len(buf) else buf
    return with_nul_lines(buf, lo, hi, find(view, lo), find, cap)


def with_nul_lines(buf: bytes, lo: int, hi: int, found: list[tuple[int, int]], find: Find,
                   cap: int) -> list[tuple[int, int]]:
    """``found`` (anchor occurrences: end offset, anchor) with those of the lines of
    ``buf[lo:hi]`` that hold a NUL byte, looked for in the line without its NULs.

    Cleaning drops NUL bytes, which can split a word (UTF-16 output puts one after
    every character): such a line's anchors are those of its text once they are
    gone. They are given as ending where the line (or its first ``cap`` bytes) does,
    so each counts for that line and within the cap. One search per such line,
    however many NULs it holds.
    """
    p = buf.find(b"\x00", lo, hi)
    if p < 0:
        return found
    more: list[tuple[int, int]] = []
    while p >= 0:
        ls = buf.rfind(b"\n", lo, p) + 1 or lo
        le = buf.find(b"\n", p, hi)
        if le < 0:
            le = hi
        end = min(le, ls + cap)
        if p < end:  # (a NUL past the cap is in the part of the line not scanned)
            more.extend((end, idx) for _e, idx in find(without_nuls(buf[ls:end])))
        p = buf.find(b"\x00", le, hi)
    return sorted(found + more) if more else found


def line_spans(buf: bytes, lo: int, hi: int, positions: list[int]) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of ``buf[lo:hi]`` holding ``positions`` (ascending);
    ``end`` is the offset of the line's newline, or ``hi``."""
    out: list[tuple[int, int]] = []
    append, rfind, find = out.append, buf.rfind, buf.find
    line_end = -1
    for p in positions:
        if p >= line_end:
            start = rfind(b"\n", lo, p) + 1 or lo
            line_end = find(b"\n", p, hi)
            if line_end < 0:
                line_end = hi
            append((start, line_end))
    return out


def line_start(buf: bytes, lo: int, pos: int) -> int:
    """Offset of the start of the line holding ``pos`` (not before ``lo``)."""
    i = buf.rfind(b"\n", lo, pos)
    return lo if i < 0 else i + 1


def line_starts(buf: bytes, lo: int, hi: int) -> list[int]:
    starts = [lo]
    find = buf.find
    i = find(b"\n", lo, hi)
    while i >= 0 and i + 1 < hi:
        starts.append(i + 1)
        i = find(b"\n", i + 1, hi)
    return starts


#: once a scan has read this much, newlines are counted with numpy (about 4x faster
#: than bytes.count); small logs never pay for importing it
BIG_INPUT = 32 << 20
_NUMPY_RANGE = 4 << 10
_NUMPY_STEP = 1 << 20


class NewlineCounter:
    """Newlines in ranges of one buffer. Ranges of a few KB and more of a big input are
    counted with numpy, over a view of the buffer made once."""

    __slots__ = ("_arr", "_buf", "_nonzero")

    def __init__(self, buf: bytes, big: bool = False) -> None:
        self._buf = buf
        self._arr: Any = None
        self._nonzero: Any = None
        if big:
            import numpy as np

            self._arr = np.frombuffer(buf, dtype=np.uint8)
            self._nonzero = np.count_nonzero

    def count(self, lo: int, hi: int) -> int:
        arr = self._arr
        if arr is None or hi - lo < _NUMPY_RANGE:
            return self._buf.count(b"\n", lo, hi)
        nonzero = self._nonzero
        return sum(int(nonzero(arr[i: min(i + _NUMPY_STEP, hi)] == 10))
                   for i in range(lo, hi, _NUMPY_STEP))

    def after(self, lo: int, n: int, hi: int) -> int:
        """The offset just past the ``n``-th newline from ``lo`` (``n >= 1``), which
        comes before ``hi``."""
        buf, pos = self._buf, lo
        for _ in range(n):
            pos = buf.index(b"\n", pos, hi) + 1
        return pos
