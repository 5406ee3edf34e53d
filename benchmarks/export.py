"""Export the rule packs as a ripgrep pattern file, for the "same patterns" baseline.

Each rule's regex is used where ripgrep's engine accepts it; a rule whose regex
uses what ripgrep lacks (look-around, back-references) is exported as its
anchors, escaped, so ripgrep still does the matching work that rule needs.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from triage.rules import RuleSet

__all__ = ["export_patterns"]

_UNSUPPORTED = re.compile(r"\(\?(?:!|=|<!|<=|P=)|\\[1-9]|\(\?[a-z]*V[01]")


def _escape(literal: str) -> str:
    out = []
    for ch in literal:
        if ch in ".^$*+?()[]{}|\\#&-~ ":
            out.append("\\" + ch if ch not in " " else ch)
        elif ord(ch) > 127:  # --no-unicode matches bytes: spell the UTF-8 bytes
            out.extend(f"\\x{b:02X}" for b in ch.encode())
        else:
            out.append(ch)
    return "".join(out)


def _rg_accepts(rg: str, pattern: str) -> bool:
    p = subprocess.run([rg, "--no-unicode", "-c", "-e", pattern, "-"], input=b"", capture_output=True)
    return p.returncode in (0, 1)


def export_patterns(rules: RuleSet, out: Path, rg: str = "rg") -> Path:
    lines: list[str] = []
    for r in rules.rules:
        if r.follow_only:
            continue
        pat = re.sub(r"\(\?P<\w+>", "(?:", r.pattern.pattern)
        if pat.isascii() and not _UNSUPPORTED.search(pat) and _rg_accepts(rg, f"(?:{pat})"):
            lines.append(f"(?:{pat})")
        else:
            lines.extend(_escape(a) for a in r.anchors)
    out.write_text("\n".join(lines) + "\n")
    return out
