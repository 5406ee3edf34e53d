"""Signatures: a cause line with its volatile tokens masked, and its fingerprint.

The masks are data (:data:`MASKS`), applied in order, and versioned
(:data:`MASK_VERSION`, part of every fingerprint): change a mask, bump the
version. Masking is idempotent: ``mask(mask(x)) == mask(x)`` (tested), because
no replacement token can be matched by any mask.
"""

from __future__ import annotations

import hashlib

import regex

__all__ = ["MASKS", "MASK_VERSION", "fingerprint", "mask"]

MASK_VERSION = "mask/1"

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
    ("number", r"(?<![A-Za-z_])\d+(?:\.\d+)*", "<N>"),
)

# One pass with every mask as a named alternative, in order: at each position the
# first mask that matches wins, as if the masks were applied one after another
# (they never overlap in what they match except where the earlier one should win).
_COMBINED = regex.compile("|".join(f"(?P<{name}>{p})" for name, p, _r in MASKS))
_REPLACEMENT = {name: r for name, _p, r in MASKS}
_SPACE = regex.compile(r"\s+")
_VOLATILE = regex.compile(r"[0-9]|/tmp|/var/folders|/private/var|\\Temp")


def _replace(m: regex.Match[str]) -> str:
    return _REPLACEMENT[m.lastgroup or ""]


def mask(text: str) -> str:
    """The signature of a cleaned line: volatile tokens masked, whitespace collapsed."""
    if _VOLATILE.search(text):
        text = _COMBINED.sub(_replace, text)
    return _SPACE.sub(" ", text).strip()


def fingerprint(signature: str, category: str) -> str:
    """A short stable id for a signature: 16 hex digits of BLAKE2b."""
    h = hashlib.blake2b(digest_size=8)
    h.update(f"{MASK_VERSION}\0{category}\0{signature}".encode())
    return h.hexdigest()
