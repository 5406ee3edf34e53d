"""Signatures: a cause line with its volatile tokens masked, and its fingerprint.

The masks are data (:data:`MASKS`), applied in order, and versioned
(:data:`MASK_VERSION`, part of every fingerprint): change a mask, bump the
version. Masking is idempotent: ``mask(mask(x)) == mask(x)`` (tested), because
no replacement token can be matched by any mask, and a line whose tokens came to
touch a word (where a mask's word boundary may now be) is masked again.
"""

from __future__ import annotations

import hashlib

import regex

__all__ = ["MASKS", "MASK_VERSION", "MAX_SIGNATURE", "cut_signature", "fingerprint", "mask",
           "signature"]

MASK_VERSION = "mask/2"
#: longer signatures are cut (with "…")
MAX_SIGNATURE = 200

#: (name, pattern, replacement), applied in this order
MASKS: tuple[tuple[str, str, str], ...] = (
    ("uuid", r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", "<UUID>"),
    ("timestamp",
     r"\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?(?![\w.])",
     "<TS>"),
    ("date", r"\b\d{4}-\d\d-\d\d\b", "<DATE>"),
    ("clock", r"\b\d\d:\d\d:\d\d(?:[.,]\d+)?\b", "<TIME>"),
    ("address", r"\b0x[0-9a-fA-F]+\b", "<ADDR>"),
    ("ipv4", r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b", "<IP>"),
    ("hash", r"(?i)\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b", "<HEX>"),
    ("tmp_path",
     r"(?:/tmp|/var/folders|/private/var/folders|\bC:\\Users\\[^\\\s]+\\AppData\\Local\\Temp)"
     r"(?:[/\\][^\s:'\"<>)\]]+)+",
     "<TMP>"),
    ("duration", r"\b\d+(?:\.\d+)?\s?(?:ms|us|µs|ns|s|sec|secs|seconds|m|min|mins|minutes|h)\b",
     "<DUR>"),
    ("pid", r"(?i)\b(?:pid|process|thread)[ =:#]*\d+\b", "<PID>"),
    # (not digits that are part of a name: test_10, x86_64, sha256)
    ("number", r"(?<!\w)\d+(?:\.\d+)*", "<N>"),
)

# One pass with every mask as a named alternative, in order: at each position the
# first mask that matches wins, as if the masks were applied one after another
# (they never overlap in what they match except where the earlier one should win).
# A line is masked by the part of this pass that can match in it (see _pass_for).
def _alternation(left_out: frozenset[str] = frozenset()) -> regex.Pattern[str]:
    """The masks but ``left_out`` as one pass: each a named alternative, in order."""
    return regex.compile("|".join(f"(?P<{name}>{p})" for name, p, _r in MASKS
                                  if name not in left_out))


_COMBINED = _alternation()
_REPLACEMENT = {name: r for name, _p, r in MASKS}
_SPACE = regex.compile(r"\s+")
_VOLATILE = regex.compile(r"[0-9]|/tmp|/var/folders|/private/var|\\Temp")


def _replace(m: regex.Match[str]) -> str:
    return _REPLACEMENT[m.lastgroup or ""]


# Most lines could only ever match a few masks, and trying all of them at every
# position is what makes masking slow (about 10 µs a line). A mask that matches
# nowhere in a text never wins at any position, so a pass without it gives the same
# result. Each mask but `duration` and `number` has a cheap test that every text it
# matches in passes (characters it cannot match without, or a regex the `regex`
# module reads by the same rules as the mask); a text is masked by the smallest of a
# few passes that holds every mask whose test it passes.
_HEX_RUN = regex.compile(r"(?i)[0-9a-f]{7}")  # what `hash` needs
_PID_WORD = regex.compile(r"(?i)pid|process|thread")  # what `pid` needs
#: the passes, smallest first: the masks each leaves out
_TIERS: tuple[frozenset[str], ...] = (
    frozenset({"uuid", "timestamp", "date", "clock", "address", "ipv4", "hash", "tmp_path",
               "pid"}),  # numbers and durations only
    frozenset({"uuid", "timestamp", "date", "address", "hash", "tmp_path", "pid"}),
    frozenset({"address", "hash", "tmp_path", "pid"}),
    frozenset(),  # every mask
)
_PASSES: dict[int, regex.Pattern[str]] = {len(_TIERS) - 1: _COMBINED}
#: compiling a pass costs about what masking a hundred lines does: a process masks
#: this many lines with the full pass first (a log with a few causes never compiles)
_WARM_UP = 200
_warming = [0]


def _tier(text: str) -> int:
    """The smallest pass that holds every mask that can match somewhere in ``text``."""
    if ("0x" in text or "/tmp" in text or "/var/folders" in text or "C:\\Users\\" in text
            or _HEX_RUN.search(text) is not None or _PID_WORD.search(text) is not None):
        return 3  # address, tmp_path, hash or pid
    if text.count("-") >= 2:
        return 2  # timestamp or date (uuid needs more dashes)
    if text.count(":") >= 2 or text.count(".") >= 3:
        return 1  # clock or ipv4
    return 0


def _pass_for(text: str) -> regex.Pattern[str]:
    """A pass of the masks, in order, that gives for ``text`` what all of them give."""
    tier = _tier(text)
    found = _PASSES.get(tier)
    if found is None:
        found = _PASSES[tier] = _alternation(_TIERS[tier])
    return found


#: a token next to a letter or digit: a word boundary a mask needed may be there now
#: (`]123THREAD0` is `]<N>THREAD0`, where `THREAD0` now starts a word)
_TOKEN_EDGE = regex.compile(r">\w|\w<")


def mask(text: str) -> str:
    """The signature of a cleaned line: volatile tokens masked, whitespace collapsed.

    Masked again until nothing changes, which takes one pass unless a token came to
    touch a word: masking a signature gives the signature."""
    out = _mask_once(text)
    while _TOKEN_EDGE.search(out) and (again := _mask_once(out)) != out:
        out = again
    return out


def _mask_once(text: str) -> str:
    if _VOLATILE.search(text):
        if _warming[0] < _WARM_UP:
            _warming[0] += 1
            text = _COMBINED.sub(_replace, text)
        else:
            text = _pass_for(text).sub(_replace, text)
    return _SPACE.sub(" ", text).strip()


def cut_signature(masked: str) -> str:
    """A masked line as a signature is shown: cut at :data:`MAX_SIGNATURE`."""
    return masked if len(masked) <= MAX_SIGNATURE else masked[: MAX_SIGNATURE - 1] + "…"


def signature(text: str) -> str:
    """The signature shown for a cause line."""
    return cut_signature(mask(text))


def fingerprint(signature: str, category: str) -> str:
    """A short stable id for a signature: 16 hex digits of BLAKE2b."""
    h = hashlib.blake2b(digest_size=8)
    h.update(f"{MASK_VERSION}\0{category}\0{signature}".encode())
    return h.hexdigest()
