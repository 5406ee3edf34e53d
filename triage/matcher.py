"""Regex confirmation: which candidate rules really match a cleaned line."""

from __future__ import annotations

from collections.abc import Collection

from .rules import Rule

__all__ = ["confirm"]


def confirm(rules: tuple[Rule, ...], candidates: Collection[int], text: str
            ) -> list[tuple[int, dict[str, str]]]:
    """Rules (by index, ascending) whose pattern matches ``text``, with their captures.

    Captures that did not take part in the match are left out.
    """
    out: list[tuple[int, dict[str, str]]] = []
    for i in sorted(candidates) if len(candidates) > 1 else candidates:
        m = rules[i].pattern.search(text)
        if m is not None:
            out.append((i, {k: v for k, v in m.groupdict().items() if v is not None}))
    return out
