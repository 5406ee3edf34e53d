"""Literal prefilters: which anchors occur where in a block of bytes.

Contract of every backend: ``find(block)`` returns the *end* offset (exclusive)
and anchor index of **every** occurrence of every anchor in ``block``,
overlapping ones included, sorted by end offset then anchor index;
``line_spans(buf, lo, hi)`` returns the lines of ``buf[lo:hi]`` (lines end with
``\\n``) that hold an occurrence, ascending, as ``(start, end)`` offsets in ``buf``
(``end``: the newline, or ``hi``). A prefilter may
report candidates that the rules later reject; it never misses one. Because
all backends report exactly the literal occurrences, the reports built on
them are identical (tested).

Backends, fastest first: ``hyperscan`` (a literal database, x86-64 Linux
wheels), ``ahocorasick-rs`` (Rust DFA over bytes), ``pyahocorasick`` (the C
automaton over ``str``; the block is decoded as Latin-1 so that character
offsets equal byte offsets).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Sequence
from typing import Any, Protocol

from .errors import InputError
from .lines import line_spans
from .paths import atomic_write, cache_dir

__all__ = ["BACKENDS", "Prefilter", "available_backends", "make_prefilter"]

Match = tuple[int, int]  # (end offset, plus the base asked for; anchor index)
Buffer = bytes | memoryview


class Prefilter(Protocol):
    name: str

    def find(self, block: Buffer, base: int = 0) -> list[Match]: ...

    def line_spans(self, buf: bytes, lo: int, hi: int) -> list[tuple[int, int]]: ...


class HyperscanPrefilter:
    """A Hyperscan literal database; compiled once per anchor set and cached on disk.

    The cache (``TRIAGE_HOME/cache``) is keyed by the anchors and the Hyperscan
    version; an unreadable or stale entry is simply rebuilt.
    """

    name = "hyperscan"

    def __init__(self, anchors: Sequence[bytes]) -> None:
        import hyperscan

        self._hs = hyperscan
        self._empty = not anchors
        if anchors:
            self._db = self._load(anchors) or self._compile(anchors)
            self._scratch = hyperscan.Scratch(self._db)

    def _key(self, anchors: Sequence[bytes]) -> str:
        h = hashlib.sha256(getattr(self._hs, "__version__", "").encode() + _DB_FORMAT)
        for a in anchors:
            h.update(len(a).to_bytes(4, "little") + a)
        return h.hexdigest()[:24]

    def _load(self, anchors: Sequence[bytes]) -> Any:
        path = cache_dir() / f"prefilter-hs-{self._key(anchors)}.db"
        try:
            return self._hs.loadb(path.read_bytes(), self._hs.HS_MODE_BLOCK)
        except (OSError, self._hs.HyperscanError, ValueError):
            return None

    def _compile(self, anchors: Sequence[bytes]) -> Any:
        db = self._hs.Database(mode=self._hs.HS_MODE_BLOCK)
        # each anchor as an expression of its exact bytes: the literal API takes C
        # strings, so it cannot hold a NUL byte
        db.compile(expressions=[_exact(a) for a in anchors], ids=list(range(len(anchors))),
                   elements=len(anchors), flags=0)
        # a cache we cannot write only costs the next run a compile
        with contextlib.suppress(OSError):
            atomic_write(cache_dir() / f"prefilter-hs-{self._key(anchors)}.db",
                         self._hs.dumpb(db))
        return db

    def find(self, block: Buffer, base: int = 0) -> list[Match]:
        if self._empty or not block:
            return []
        out: list[Match] = []
        append = out.append

        def on_match(idx: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            append((base + to, idx))

        self._db.scan(block, match_event_handler=on_match, scratch=self._scratch)
        out.sort()
        return out

    def line_spans(self, buf: bytes, lo: int, hi: int) -> list[tuple[int, int]]:
        if self._empty or hi <= lo:
            return []
        inside: list[int] = []  # the last byte of each occurrence, in order
        append = inside.append

        def on_match(_idx: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            append(lo + to - 1)

        self._db.scan(memoryview(buf)[lo:hi], match_event_handler=on_match,
                      scratch=self._scratch)
        return line_spans(buf, lo, hi, inside)


#: changes whenever the way anchors are compiled does (cached databases are keyed by it)
_DB_FORMAT = b"exact-bytes/1"


def _exact(anchor: bytes) -> bytes:
    """A Hyperscan expression matching exactly ``anchor``: letters and digits as they
    are, every other byte as ``\\xHH``."""
    return b"".join(bytes([c]) if chr(c).isascii() and chr(c).isalnum() else b"\\x%02x" % c
                    for c in anchor)


class _LineSpansByRegex:
    """``line_spans`` for the automaton backends: one standard-library regex over the
    range, which is faster than their listing of every overlapping occurrence on the
    short ranges that section follows search."""

    _line_re: re.Pattern[bytes] | None = None

    def _set_line_re(self, anchors: Sequence[bytes]) -> None:
        if anchors:
            self._line_re = re.compile(b"|".join(re.escape(a) for a in anchors))

    def line_spans(self, buf: bytes, lo: int, hi: int) -> list[tuple[int, int]]:
        if self._line_re is None or hi <= lo:
            return []
        return line_spans(buf, lo, hi, [m.start() for m in self._line_re.finditer(buf, lo, hi)])


class AhoCorasickRsPrefilter(_LineSpansByRegex):
    name = "ahocorasick-rs"

    def __init__(self, anchors: Sequence[bytes]) -> None:
        import ahocorasick_rs

        self._ac = (
            ahocorasick_rs.BytesAhoCorasick(
                list(anchors), implementation=ahocorasick_rs.Implementation.DFA
            )
            if anchors else None
        )
        self._set_line_re(anchors)

    def find(self, block: Buffer, base: int = 0) -> list[Match]:
        if self._ac is None or not block:
            return []
        found = self._ac.find_matches_as_indexes(block, overlapping=True)
        out = [(base + end, idx) for idx, _start, end in found]
        out.sort()
        return out


class PyAhoCorasickPrefilter(_LineSpansByRegex):
    name = "pyahocorasick"

    def __init__(self, anchors: Sequence[bytes]) -> None:
        import ahocorasick

        self._auto = ahocorasick.Automaton()
        for i, a in enumerate(anchors):
            self._auto.add_word(a.decode("latin-1"), i)
        if anchors:
            self._auto.make_automaton()
        self._empty = not anchors
        self._set_line_re(anchors)

    def find(self, block: Buffer, base: int = 0) -> list[Match]:
        if self._empty or not block:
            return []
        text = str(block, "latin-1")
        base += 1  # the automaton reports the last byte; occurrences end after it
        out = [(base + end, idx) for end, idx in self._auto.iter(text)]
        out.sort()
        return out


BACKENDS: dict[str, type[HyperscanPrefilter | AhoCorasickRsPrefilter | PyAhoCorasickPrefilter]]
BACKENDS = {
    "hyperscan": HyperscanPrefilter,
    "ahocorasick-rs": AhoCorasickRsPrefilter,
    "pyahocorasick": PyAhoCorasickPrefilter,
}
_MODULES = {"hyperscan": "hyperscan", "ahocorasick-rs": "ahocorasick_rs",
            "pyahocorasick": "ahocorasick"}


def available_backends() -> list[str]:
    """The installed backends, fastest first."""
    import importlib.util

    return [name for name, mod in _MODULES.items() if importlib.util.find_spec(mod)]


def make_prefilter(anchors: Sequence[bytes], backend: str | None = None) -> Prefilter:
    """Build a prefilter over ``anchors``; ``backend=None`` picks the fastest installed."""
    if backend is None:
        names = available_backends()
        if not names:
            raise InputError("no prefilter backend installed: pip install ahocorasick-rs")
        backend = names[0]
    cls = BACKENDS.get(backend)
    if cls is None:
        raise InputError(f"unknown prefilter backend {backend!r}; choose one of "
                         f"{', '.join(BACKENDS)}")
    try:
        return cls(anchors)
    except ImportError:
        raise InputError(f"prefilter backend {backend!r} is not installed") from None
