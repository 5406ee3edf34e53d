"""Near-duplicate signatures merged into one cluster (the rule Kubernetes triage uses).

Signatures are already masked (:mod:`triage.signatures`: numbers, hashes, times,
paths ...), so equal errors share a fingerprint. What masks cannot know — a
host name, a variable, a quoted value — still splits one error into several
fingerprints. The merge rule (version :data:`SIMILARITY_VERSION`):

Two signatures A and B are the *same error* when

1. they have the same category, and
2. their edit distance (Levenshtein, over characters) is at most
   ``MAX_RATIO`` = 10 % of their mean length.

Checking 2 for every pair would be quadratic in edit-distance work, so two
cheap lower bounds reject most pairs first: the length difference
(``|len A − len B|`` ≤ distance), and the 4-gram bound: the counts of A's and
B's character 4-grams are hashed (CRC-32) into 64 buckets; one edit changes at
most 4 4-grams in each string, so ``L1(counts A, counts B) / 8`` ≤ distance
(hashing only merges counts, which never raises the L1). Only pairs that
pass both are checked exactly, with a bit-parallel Levenshtein (Hyyrö's
variant of Myers' algorithm) over Python integers — at most ``MAX_CHECKS`` = 8
per signature, closest lower bound first, which bounds the work when many
signatures share a vocabulary.

Clustering is greedy and deterministic: signatures are taken in order of
first appearance (then fingerprint); each joins the first earlier
representative of its category that matches, else becomes a representative.
A cluster's id is its representative's fingerprint, so ids stay stable as
newer history arrives.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = [
    "BUCKETS",
    "MAX_RATIO",
    "NGRAM",
    "SIMILARITY_VERSION",
    "SignatureInfo",
    "levenshtein",
    "lower_bound",
    "merge_map",
    "ngram_vector",
    "same_error",
]

SIMILARITY_VERSION = "sim/1"
NGRAM = 4
BUCKETS = 64
MAX_RATIO = 0.10
#: exact checks per signature at most (closest lower bounds first): bounds the work
MAX_CHECKS = 8
#: characters of a signature compared (signatures are capped at 400 when stored)
COMPARE_CAP = 400

Vector = npt.NDArray[np.int32]


@dataclass(frozen=True, slots=True)
class SignatureInfo:
    fingerprint: str
    category: str
    signature: str
    first_seen: str  # any sortable text (ISO time); order of first appearance


def ngram_vector(text: str) -> Vector:
    """Counts of ``text``'s character 4-grams hashed (CRC-32) into 64 buckets."""
    v = np.zeros(BUCKETS, dtype=np.int32)
    data = text.encode("utf-8", "replace")
    for i in range(max(0, len(data) - NGRAM + 1)):
        v[zlib.crc32(data[i:i + NGRAM]) % BUCKETS] += 1
    return v


def lower_bound(a: Vector, b: Vector) -> int:
    """A lower bound on the edit distance of the two texts behind ``a`` and ``b``."""
    return -(-int(np.abs(a - b).sum()) // (2 * NGRAM))


def threshold(len_a: int, len_b: int) -> int:
    """The largest edit distance that still makes two texts the same error."""
    return int(MAX_RATIO * (len_a + len_b) / 2)


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insert, delete, substitute: 1 each), bit-parallel (Hyyrö 2001)."""
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq: dict[str, int] = {}
    for i, ch in enumerate(b):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = full, 0, m
    for ch in a:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    return score


def same_error(a: str, b: str) -> bool:
    """The merge rule for two signatures of one category (see the module docstring)."""
    a, b = a[:COMPARE_CAP], b[:COMPARE_CAP]
    limit = threshold(len(a), len(b))
    if abs(len(a) - len(b)) > limit:
        return False
    if lower_bound(ngram_vector(a), ngram_vector(b)) > limit:
        return False
    return levenshtein(a, b) <= limit


class _Reps:
    """The representatives of one category, with their lengths and 4-gram vectors."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.texts: list[str] = []
        self.lens = np.zeros(16, dtype=np.int32)
        self.vecs = np.zeros((16, BUCKETS), dtype=np.int32)

    def add(self, fp: str, text: str, vec: Vector) -> None:
        n = len(self.ids)
        if n == len(self.lens):
            self.lens = np.resize(self.lens, 2 * n)
            self.vecs = np.resize(self.vecs, (2 * n, BUCKETS))
        self.ids.append(fp)
        self.texts.append(text)
        self.lens[n] = len(text)
        self.vecs[n] = vec

    def match(self, text: str, vec: Vector) -> str | None:
        n = len(self.ids)
        if not n:
            return None
        length = len(text)
        lens = self.lens[:n]
        limits = (MAX_RATIO * (lens + length) / 2).astype(np.int32)
        cand = np.flatnonzero(np.abs(lens - length) <= limits)
        if not len(cand):
            return None
        bounds = -(-np.abs(self.vecs[cand] - vec).sum(axis=1) // (2 * NGRAM))
        ok = bounds <= limits[cand]
        cand, bounds = cand[ok], bounds[ok]
        # closest by the bound first (ties: earliest representative), at most MAX_CHECKS
        for i in cand[np.lexsort((cand, bounds))][:MAX_CHECKS]:
            if levenshtein(text, self.texts[i]) <= int(limits[i]):
                return self.ids[int(i)]
        return None


def merge_map(signatures: Sequence[SignatureInfo]) -> dict[str, str]:
    """``fingerprint → cluster id`` (a representative's fingerprint) for every input."""
    reps: dict[str, _Reps] = {}
    out: dict[str, str] = {}
    for s in sorted(signatures, key=lambda s: (s.first_seen, s.fingerprint)):
        if s.fingerprint in out:
            continue
        text = s.signature[:COMPARE_CAP]
        vec = ngram_vector(text)
        group = reps.setdefault(s.category, _Reps())
        found = group.match(text, vec)
        if found is None:
            group.add(s.fingerprint, text, vec)
            found = s.fingerprint
        out[s.fingerprint] = found
    return out
