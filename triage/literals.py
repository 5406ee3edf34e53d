"""Literals a regex cannot match without: the cheap test that lets a follow skip lines.

:func:`required_literals` reads a pattern with the standard library's regex
parser and returns a set of byte strings such that every line the pattern can
match contains at least one of them, or ``None`` when it finds no such set
(the pattern may then match anything, and every line must be looked at).

The literals are cut at word boundaries: tools colour words and punctuation
runs, not parts of them, so an ANSI escape can sit between ``FAIL`` and ``:``
but not inside ``FAIL``. A literal is therefore a run of word characters or a
run of one repeated punctuation character (``====``), never a mix. (NUL bytes,
which cleaning drops, can split a word: UTF-16 output. Users of the literals
look at lines holding a NUL too.)
"""

from __future__ import annotations

import importlib
import re
import warnings
from typing import Any

__all__ = ["required_literals"]

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_IGNORECASE = 2  # re.IGNORECASE; ASCII/VERBOSE/MULTILINE do not change what a literal is
_MAXREPEAT = _c.MAXREPEAT
#: a literal this long is selective enough; longer ones are cut (cheaper to find)
_KEEP = 12

#: a brace holding a letter: `regex` fuzzy constraints such as {e<=1} or {i<=1,d<=2},
#: which the standard parser reads as literal text
_FUZZY = re.compile(r"\{[^}]*[A-Za-z]")

Req = frozenset[str] | None  # "the match holds one of these", or no requirement known


def required_literals(pattern: str) -> tuple[bytes, ...] | None:
    """Byte strings one of which every line matched by ``pattern`` contains, or ``None``."""
    if _FUZZY.search(pattern):
        return None  # `regex` fuzzy matching ({e<=1}): the literals may be misspelt
    try:
        with warnings.catch_warnings():
            # "possible nested set": POSIX classes such as [[:digit:]], which the
            # standard parser reads differently from `regex`
            warnings.simplefilter("error")
            tree = _parser.parse(pattern, 0)
    except Exception:  # syntax only the `regex` module knows: no requirement
        return None
    if tree.state.flags & _IGNORECASE:
        return None
    req = _seq(list(tree))
    if req is None:
        return None
    return tuple(sorted(s.encode("utf-8") for s in req))


def _score(req: frozenset[str]) -> tuple[int, int]:
    """Longer shortest literal first, then fewer alternatives."""
    return (min(len(s) for s in req), -len(req))


def _best(reqs: list[frozenset[str]]) -> Req:
    return max(reqs, key=_score) if reqs else None


def _pieces(run: str) -> list[str]:
    """Cut a literal run into word runs and runs of one punctuation character."""
    out: list[str] = []
    cur = ""
    for ch in run:
        word = ch.isalnum() or ch == "_"
        if cur and ((word and (cur[-1].isalnum() or cur[-1] == "_"))
                    or (not word and cur[-1] == ch)):
            cur += ch
            continue
        if cur:
            out.append(cur)
        cur = "" if ch.isspace() else ch
    if cur:
        out.append(cur)
    return [p[:_KEEP] for p in out]


def _seq(items: list[Any]) -> Req:
    """Requirement of a sequence: the best of its literal pieces and its parts' requirements."""
    reqs: list[frozenset[str]] = []
    run = ""

    def close() -> None:
        nonlocal run
        reqs.extend(frozenset([p]) for p in _pieces(run))
        run = ""

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(av)
        elif name == "AT":
            continue  # ^ $ \b take no characters: the run goes on
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, sub = av
            body = list(sub)
            if lo >= 1 and len(body) == 1 and str(body[0][0]) == "LITERAL":
                ch = chr(body[0][1]) * min(lo, _KEEP)
                run += ch  # the run before plus `lo` copies is in every match
                if hi != lo:
                    close()
                    run = ch  # and `lo` copies plus what follows
                continue
            close()
            if lo >= 1:
                r = _seq(body)
                if r is not None:
                    reqs.append(r)
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            close()
            if name == "SUBPATTERN":
                _group, add_flags, _del_flags, sub = av
                if add_flags & _IGNORECASE:
                    continue
            else:
                sub = av
            r = _seq(list(sub))
            if r is not None:
                reqs.append(r)
        elif name == "BRANCH":
            # the parser factors a shared prefix out (Error|Exception -> E(?:rror|xception)):
            # the run before the branch goes in front of every alternative
            head = [(_c.LITERAL, ord(ch)) for ch in run]
            close()
            alts = [_seq(head + list(b)) for b in av[1]]
            if alts and all(a is not None for a in alts):
                reqs.append(frozenset().union(*[a for a in alts if a is not None]))
        else:  # classes, any, lookarounds, back references: no literal, the run ends
            close()
    close()
    return _best([r for r in reqs if r and all(r)])
