"""Regex confirmation: which candidate rules really match a cleaned line."""

from __future__ import annotations

from collections.abc import Collection

import regex

from .decode import clean_lines
from .rules import Rule

__all__ = ["Caps", "ConfirmMemo", "Hits", "as_caps", "captures", "confirm", "confirm_lines"]

#: a hit's captures: the match itself until someone needs them as a dict (most hits
#: only repeat a known cause and never do), or the dict
Caps = dict[str, str] | regex.Match[str]
Hits = list[tuple[int, Caps]]
#: the hits of lines seen before, by cleaned text (with the rules that were tried):
#: about half the candidate lines of real CI logs repeat an earlier one exactly
#: (retries, repeated warnings, the same error per test), and their hits are the same
ConfirmMemo = dict[str, tuple[set[int], Hits]]
MEMO_SIZE = 4096
#: longer lines are not remembered: they seldom repeat, and the memo stays a few MB
MEMO_LINE = 1024


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
    get = memo.get
    for (ls, idx), text in zip(cands, clean_lines(raws, cap), strict=True):
        seen = get(text)
        if seen is not None and seen[0] == idx:
            hits = seen[1]
        else:
            hits = confirm(rules, idx, text)
            if len(text) <= MEMO_LINE:
                if len(memo) >= MEMO_SIZE:
                    memo.clear()
                memo[text] = (idx, hits)
        if hits:
            out.append((ls, text, hits))
    return out
