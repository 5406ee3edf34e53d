"""Section follows' state: the windows of warning output, the follows in progress
and where the last one stopped, and the literal searches that let a follow skim.

:class:`~triage.scanner.Scanner` walks them; they hold no bytes of the log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .literals import required_literals
from .matcher import Caps
from .prefilter import Prefilter, make_prefilter
from .rules import Rule

__all__ = ["LOOKS", "NOTHING", "NUL", "SKIP_FIRST_SPAN", "SKIP_SPAN", "STOP", "Follow", "Look",
           "Mute", "Walk", "Windows", "skipper"]


@dataclass(slots=True)
class Mute:
    """The lines after a muting section's line ``line``, through ``last``, are warning
    output. ``last`` starts at the window's end and moves up to the stop line once found.

    The same by offsets in the log, for lines whose number is not counted: the lines
    starting in ``[first_at, end_at)``; ``end_at`` is known once the window's end is
    found (until then, and where it is not worked out, the window is taken to go on).
    """

    rule_id: str
    line: int
    last: int
    first_at: int
    end_at: int = 1 << 62
    closed: bool = False  # its stop line came: only then is it known to be warning output

    def close(self, line: int, at: int) -> None:
        """The stop line ``line``, at offset ``at``, came: the window ends there."""
        self.last, self.closed = line, True
        self.end_at = at + 1


@dataclass(slots=True)
class Follow:
    rule: Rule
    start_line: int
    remaining: int
    parts: list[str] = field(default_factory=list)  # for follow.join
    mute: Mute | None = None  # for pick = "mute"
    #: for pick = "unindented": the section line's indentation, which the picked line
    #: does not go beyond (a traceback a tool printed indented, inside its own output)
    indent: int = 0


class Windows:
    """Which offsets fall in one of the ranges ``[first, end)`` (windows of warning
    output), asked in ascending order: each range is looked at when it opens and
    while it is open, not for every offset."""

    __slots__ = ("_k", "_open", "_spans", "end")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._k = 0
        self._open: list[int] = []  # ends of the ranges opened so far
        self.end = max([e for _f, e in spans], default=-1)  # no offset past it is held

    def hold(self, at: int) -> bool:
        spans = self._spans
        while self._k < len(spans) and spans[self._k][0] <= at:
            self._open.append(spans[self._k][1])
            self._k += 1
        if self._open:
            self._open = [e for e in self._open if e > at]
        return bool(self._open)


@dataclass(slots=True)
class Walk:
    """Where the last follow of a rule stopped looking in a block (``block``: the bytes
    before it), for the next follow of that rule, which would look at the same lines.

    ``pos`` is the offset of line ``line``: the line it ended on (``done``), with the
    target hit there (``hit``: text, match) if any; or the first line it did not look
    at, its window spent or the block ended.
    """

    block: int
    pos: int
    line: int
    done: bool
    hit: tuple[str, Caps] | None = None


#: how far a follow's literal search reaches at a time (its window is counted in lines):
#: a first small range, then four times more each time up to the largest
SKIP_FIRST_SPAN = 2 * 1024
SKIP_SPAN = 32 * 1024
NUL = re.compile(b"\x00")
#: what a line is to a skimming follow: nothing, its stop line, or its target's hit
NOTHING, STOP = "nothing", "stop"
Look = str | tuple[str, Caps]
LOOKS = 4096  # lines remembered per follow rule
_SKIPPERS: dict[tuple[str | None, str | None, str, str | None], Prefilter | None] = {}


def skipper(section: Rule, target: Rule | None, backend: str | None) -> Prefilter | None:
    """For a follow that only looks for matching lines: a search for the literals that
    its target or stop pattern needs (see :mod:`triage.literals`); None = every line."""
    follow = section.follow
    assert follow is not None
    key = (target.pattern.pattern if target is not None else None,
           follow.stop.pattern if follow.stop else None, f"{follow.pick}{follow.join}", backend)
    if key in _SKIPPERS:
        return _SKIPPERS[key]
    out: Prefilter | None = None
    if follow.pick in ("match", "mute") and follow.join is None:
        need = [required_literals(target.pattern.pattern)] if target is not None else []
        if follow.stop is not None:
            need.append(required_literals(follow.stop.pattern))
        if all(lits is not None for lits in need):
            lits = sorted({x for group in need if group is not None for x in group})
            out = make_prefilter(lits, backend)
    _SKIPPERS[key] = out
    return out
