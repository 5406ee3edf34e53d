"""Parallel prefiltering of big log files.

The literal prefilter is the bulk of a scan at low hit density. For a plain
log file of hundreds of MB, worker processes run it over fixed file segments
while the scanner reads, confirms and ranks in order in the parent. The
scanner takes the workers' matches instead of running the prefilter itself;
everything else is the sequential code path, so the report is identical.

Why that holds: an anchor holds no newline, so each occurrence lies inside one
line, and a line lies inside one scanner block. The matches a block needs are
exactly the occurrences whose end falls inside the block, whichever worker
found them. A worker scans its segment plus ``longest anchor - 1`` bytes and
keeps the occurrences that *start* in its segment, so each is found once.
"""

from __future__ import annotations

import os
import sys
from array import array
from bisect import bisect_right
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context

from .prefilter import Prefilter

__all__ = ["PARALLEL_MIN_BYTES", "ParallelMatches", "parallel_supported"]

SEGMENT = 8 << 20
#: files smaller than this are scanned in one process (pool start-up would not pay off)
PARALLEL_MIN_BYTES = 256 << 20

# set in the parent before the pool forks; the workers inherit them
_PF: Prefilter | None = None
_LENS: Sequence[int] = ()


def parallel_supported() -> bool:
    """Worker processes inherit the compiled prefilter by fork (Linux)."""
    return sys.platform.startswith("linux")


def _find_segment(path: str, start: int, end: int, overlap: int) -> bytes:
    assert _PF is not None
    with open(path, "rb") as f:
        data = os.pread(f.fileno(), end - start + overlap, start)
    out = array("q")
    seg_len = end - start
    lens = _LENS
    for e, idx in _PF.find(data):
        if e - lens[idx] >= seg_len:  # starts in the next segment: that worker's
            continue
        out.append(start + e)
        out.append(idx)
    return out.tobytes()


class ParallelMatches:
    """Anchor occurrences of a file, found by worker processes, handed out in order."""

    def __init__(self, path: str, size: int, pf: Prefilter, lens: Sequence[int],
                 workers: int, segment: int = SEGMENT) -> None:
        global _PF, _LENS
        _PF, _LENS = pf, lens
        self._path = path
        self._size = size
        self._overlap = max(lens, default=1) - 1
        self._segment = segment
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork"))
        self._next = 0  # next segment start to submit
        self._inflight: deque[tuple[int, Future[bytes]]] = deque()
        self._ahead = workers * 2
        self._ready: list[tuple[int, int]] = []  # (absolute end, anchor), sorted
        self._covered = 0  # segments starting before this offset have been collected
        self._fill()

    def _fill(self) -> None:
        while len(self._inflight) < self._ahead and self._next < self._size:
            start = self._next
            end = min(start + self._segment, self._size)
            fut = self._pool.submit(_find_segment, self._path, start, end, self._overlap)
            self._inflight.append((end, fut))
            self._next = end

    def take(self, start: int, end: int) -> list[tuple[int, int]]:
        """Matches ending in ``(start, end]`` as ``(end - start, anchor)``, in order.

        Calls come with increasing, adjacent ranges (the scanner's blocks).
        """
        grew = False
        while self._covered < end and self._inflight:
            seg_end, fut = self._inflight.popleft()
            raw = array("q")
            raw.frombytes(fut.result())
            self._ready.extend(zip(raw[0::2], raw[1::2], strict=True))
            self._covered = seg_end
            grew = True
            self._fill()
        if grew:
            # a match starting near a segment's end may end after the next one's first
            self._ready.sort()
        cut = bisect_right(self._ready, (end, sys.maxsize))
        taken, self._ready = self._ready[:cut], self._ready[cut:]
        return [(e - start, idx) for e, idx in taken if e > start]

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
