"""Regex confirmation: which candidate rules really match a cleaned line."""

from __future__ import annotations

from collections.abc import Collection

import regex

from .decode import clean_line, clean_lines
from .rules import Rule

__all__ = ["captures", "confirm", "confirm_line", "confirm_lines"]

Hits = list[tuple[int, dict[str, str]]]


def captures(m: regex.Match[str]) -> dict[str, str]:
    """The named groups that took part in a match."""
    groups = m.groupdict()
    if None in groups.values():
        return {k: v for k, v in groups.items() if v is not None}
    return groups  # every group took part


def confirm(rules: tuple[Rule, ...], candidates: Collection[int], text: str
            ) -> Hits:
    """Rules (by index, ascending) whose pattern matches ``text``, with their captures.

    Captures that did not take part in the match are left out.
    """
    out: Hits = []
    for i in sorted(candidates) if len(candidates) > 1 else candidates:
        m = rules[i].pattern.search(text)
        if m is not None:
            out.append((i, captures(m)))
    return out


def confirm_line(buf: bytes, ls: int, hi: int, cap: int, rules: tuple[Rule, ...],
                 candidates: Collection[int]) -> tuple[str, Hits]:
    """Clean the line starting at ``buf[ls]`` (ending by ``hi``, cut at ``cap``) and confirm it.

    The one definition of a line's text and hits, for the scanner and its workers.
    """
    le = buf.find(b"\n", ls, hi)
    if le < 0:
        le = hi
    text = clean_line(buf[ls: min(le, ls + cap)], limit=cap)
    return text, confirm(rules, candidates, text)


def confirm_lines(buf: bytes, cands: list[tuple[int, set[int]]], hi: int, cap: int,
                  rules: tuple[Rule, ...]) -> list[tuple[int, str, Hits]]:
    """:func:`confirm_line` for many candidate lines ``(start, rules)`` at once.

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
