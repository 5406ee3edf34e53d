"""Regex confirmation: which candidate rules really match a cleaned line."""

from __future__ import annotations

from collections.abc import Collection

import regex

from .decode import clean_lines
from .rules import Rule

__all__ = ["Caps", "Hits", "as_caps", "captures", "confirm", "confirm_lines"]

#: a hit's captures: the match itself until someone needs them as a dict (most hits
#: only repeat a known cause and never do), or the dict
Caps = dict[str, str] | regex.Match[str]
Hits = list[tuple[int, Caps]]


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
                  rules: tuple[Rule, ...]) -> list[tuple[int, str, Hits]]:
    """Clean the candidate lines ``(start, rules)`` of ``buf`` (ending by ``hi``, each cut
    at ``cap``) and confirm their rules: the one definition of a line's text and hits,
    for the scanner and its workers.

    Only lines with hits are returned, in order. The lines are cleaned together
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
    for (ls, idx), text in zip(cands, clean_lines(raws, cap), strict=True):
        hits = confirm(rules, idx, text)
        if hits:
            out.append((ls, text, hits))
    return out
