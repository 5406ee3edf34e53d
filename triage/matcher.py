"""Regex confirmation: which candidate rules really match a cleaned line."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeVar

import regex

from .decode import clean_lines
from .rules import Rule

__all__ = ["Caps", "ConfirmMemo", "Hits", "RawMemo", "as_caps", "captures", "confirm",
           "confirm_found", "confirm_lines", "remember"]

#: a hit's captures: the match itself until someone needs them as a dict (most hits
#: only repeat a known cause and never do), or the dict
Caps = dict[str, str] | regex.Match[str]
Hits = list[tuple[int, Caps]]
#: the hits of lines seen before, by cleaned text (with the rules that were tried):
#: about half the candidate lines of real CI logs repeat an earlier one exactly
#: (retries, repeated warnings, the same error per test), and their hits are the same
ConfirmMemo = dict[str, tuple[set[int], Hits]]
#: the same by raw bytes, for lines read exactly as before (no timestamp prefix that
#: differs): they skip cleaning too. A line's candidate rules follow from its bytes.
RawMemo = dict[bytes, tuple[str, Hits]]
MEMO_SIZE = 4096
#: longer lines are not remembered: they seldom repeat, and the memo stays a few MB
MEMO_LINE = 1024

K = TypeVar("K")
V = TypeVar("V")


def remember(memo: dict[K, V], key: K, value: V, size: int = MEMO_SIZE) -> V:
    """Store ``value`` under ``key`` in a memo of at most ``size`` entries, emptied when
    full (what repeats comes back at once); return ``value``."""
    if len(memo) >= size:
        memo.clear()
    memo[key] = value
    return value


def captures(m: regex.Match[str]) -> dict[str, str]:
    """The named groups that took part in a match."""
    groups = m.groupdict()
    if None in groups.values():
        return {k: v for k, v in groups.items() if v is not None}
    return groups  # every group took part


def as_caps(caps: Caps) -> dict[str, str]:
    return caps if isinstance(caps, dict) else captures(caps)


def confirm(rules: tuple[Rule, ...], candidates: Collection[int], text: str
            ) -> Hits:
    """Rules (by index, ascending) whose pattern matches ``text``, with their matches."""
    out: Hits = []
    for i in sorted(candidates) if len(candidates) > 1 else candidates:
        m = rules[i].pattern.search(text)
        if m is not None:
            out.append((i, m))
    return out


def confirm_lines(buf: bytes, cands: list[tuple[int, set[int]]], hi: int, cap: int,
                  rules: tuple[Rule, ...], memo: ConfirmMemo | None = None
                  ) -> list[tuple[int, str, Hits]]:
    """Clean the candidate lines ``(start, rules)`` of ``buf`` (ending by ``hi``, each cut
    at ``cap``) and confirm their rules: the one definition of a line's text and hits,
    for the scanner and its workers.

    Only lines with hits are returned, in order; a line that repeats one in ``memo``
    shares its hits (callers must not change them). The lines are cleaned together
    (:func:`~triage.decode.clean_lines`), which is what makes dense logs cheap.
    """
    raws = []
    find = buf.find
    for ls, _idx in cands:
        le = find(b"\n", ls, hi)
        if le < 0:
            le = hi
        raws.append(buf[ls: min(le, ls + cap)])
    out = []
    if memo is None:
        memo = {}
    for (ls, idx), text in zip(cands, clean_lines(raws, cap), strict=True):
        hits = _confirm_seen(rules, idx, text, memo)
        if hits:
            out.append((ls, text, hits))
    return out


def _confirm_seen(rules: tuple[Rule, ...], rule_set: set[int], text: str,
                  memo: ConfirmMemo) -> Hits:
    """:func:`confirm`, or the hits ``memo`` holds for the same text and rules."""
    seen = memo.get(text)
    if seen is not None and seen[0] == rule_set:
        return seen[1]
    hits = confirm(rules, rule_set, text)
    if len(text) <= MEMO_LINE:
        remember(memo, text, (rule_set, hits))
    return hits


def confirm_found(buf: bytes, lo: int, hi: int, found: list[tuple[int, int]],
                  anchor_rules: Sequence[Sequence[int]], lens: Sequence[int], cap: int,
                  rules: tuple[Rule, ...], memo: ConfirmMemo, raw_memo: RawMemo
                  ) -> list[tuple[int, str, Hits]]:
    """The confirmed lines of ``buf[lo:hi]`` from its anchor occurrences ``found`` (end
    offset, anchor), as :func:`~triage.lines.candidate_lines` then :func:`confirm_lines`
    give them, for rule sets where every rule has an anchor.

    The hot path of dense logs: a line whose bytes repeat one in ``raw_memo`` costs a
    slice and a lookup; its candidate rules are only gathered when it is new.
    """
    out: list[tuple[int, str, Hits]] = []
    new: list[tuple[int, int, bytes, int, int]] = []  # (place in out, start, raw, found[a:b])
    rfind, find, get = buf.rfind, buf.find, raw_memo.get
    cur_start, cur_end, first = -1, -1, 0
    n = len(found)
    for k in range(n + 1):
        if k < n:
            end, idx = found[k]
            if end - lens[idx] < cur_end:
                continue  # the same line
        if cur_start >= 0:
            raw = buf[cur_start: cur_end if cur_end - cur_start <= cap else cur_start + cap]
            seen = get(raw)
            if seen is None:
                new.append((len(out), cur_start, raw, first, k))
                out.append((cur_start, "", []))
            elif seen[1]:
                out.append((cur_start, seen[0], seen[1]))
        if k < n:
            start = end - lens[idx]
            cur_start = rfind(b"\n", lo, start) + 1 or lo
            cur_end = find(b"\n", start, hi)
            if cur_end < 0:
                cur_end = hi
            first = k
    if not new:
        return out
    tried: list[set[int]] = []  # the candidate rules of each new line
    for _at, ls, _raw, a, b in new:
        rule_set: set[int] = set()
        # each anchor once (a line can be packed with one: `FAILED ` thirty times)
        for anchor in {anchor for end, anchor in found[a:b] if end - ls <= cap}:
            rule_set.update(anchor_rules[anchor])
        tried.append(rule_set)
    texts = clean_lines([raw for _at, _ls, raw, _a, _b in new], cap)
    for (at, ls, raw, _a, _b), rule_set, text in zip(new, tried, texts, strict=True):
        hits = _confirm_seen(rules, rule_set, text, memo)
        if len(raw) <= MEMO_LINE:
            remember(raw_memo, raw, (text, hits))
        out[at] = (ls, text, hits)
    return [line for line in out if line[2]]
