"""Rendering of job reports: JSON (the contract), plain or coloured text, markdown.

Reports are redacted of secrets when they are built; each renderer redacts again
(:mod:`triage.redact`), so a report made some other way is safe to show too.
"""

from __future__ import annotations

import json
import re

from .models import JobReport
from .redact import redact, redact_report

__all__ = ["printable", "redact", "redact_report", "render", "render_json", "render_markdown",
           "render_text"]

def render_json(report: JobReport) -> str:
    """One compact JSON object (DESIGN §4.3), no trailing newline."""
    return json.dumps(redact_report(report).to_dict(), ensure_ascii=False,
                      separators=(",", ":"))


_COLOURS = {"red": "\x1b[31m", "green": "\x1b[32m", "yellow": "\x1b[33m", "bold": "\x1b[1m",
            "dim": "\x1b[2m", "reset": "\x1b[0m"}


#: what a terminal (or a markdown page) would act on rather than show: control
#: characters other than tab, a lone escape left of a broken colour code, C1 controls
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with the characters a terminal acts on shown as ``\\xNN``: a log's
    backspaces, bells and clear-screen codes, or a file name's, cannot rewrite what is
    on the screen."""
    if _UNPRINTABLE.search(text) is None:
        return text
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


def render_text(report: JobReport, *, colour: bool = False, excerpts: bool = True) -> str:
    r = redact_report(report)
    p = printable

    def c(name: str, s: str) -> str:
        return f"{_COLOURS[name]}{s}{_COLOURS['reset']}" if colour else s

    status_colour = {"failed": "red", "passed": "green"}.get(r.status, "yellow")
    out = [
        f"{c('bold', p(r.source.name))}: {c(status_colour, r.status.upper())}"
        f" ({r.category}) — {r.source.lines} lines, {r.source.bytes} bytes"
        + "".join(f" ({x})" for x in (r.source.compression, r.source.encoding) if x)
        + (f", {r.source.truncated_lines} long lines cut" if r.source.truncated_lines else "")
    ]
    if r.source.problem:
        out.append(c("yellow", f"  warning: {p(r.source.problem)}"))
    total = r.stats.get("failing_tests_total", len(r.failing_tests))
    if r.failing_tests:
        out.append(c("bold", f"Failing tests ({total}):"))
        for t in r.failing_tests:
            msg = f" — {p(t.message)}" if t.message else ""
            out.append(f"  {p(t.id)} [{t.framework}] line {t.line_number}{msg}")
        if total > len(r.failing_tests):
            out.append(f"  … and {total - len(r.failing_tests)} more")
    if r.causes:
        out.append(c("bold", "Likely causes:"))
    for cause in r.causes:
        out.append(
            f"  {cause.rank}. [{cause.category}] line {cause.line_number}: "
            f"{c('red', p(cause.line.strip()))}"
        )
        extra = f" ×{cause.occurrences}" if cause.occurrences > 1 else ""
        out.append(c("dim", f"     score {cause.score:.2f}{extra} · {cause.rule}"))
        if cause.hint:
            out.append(f"     hint: {cause.hint}")
        if excerpts and cause.rank == 1 and cause.excerpt:
            for e in cause.excerpt:
                mark = ">" if e.n == cause.line_number else " "
                out.append(c("dim", f"     {mark}{e.n:>7} | ") + p(e.text))
    if not r.causes and r.status != "failed":
        out.append("  no failure found" if r.status == "passed"
                   else "  no failure signature found (status unknown)")
    return "\n".join(out)


def render_markdown(report: JobReport) -> str:
    r = redact_report(report)
    p = printable
    out = [f"### `{p(r.source.name)}`: **{r.status}** ({r.category})", ""]
    if r.source.problem:
        out += [f"> Warning: {p(r.source.problem)}", ""]
    if r.failing_tests:
        total = r.stats.get("failing_tests_total", len(r.failing_tests))
        out.append(f"**Failing tests ({total})**")
        out.append("")
        for t in r.failing_tests:
            msg = f" — {p(t.message)}" if t.message else ""
            out.append(f"- `{p(t.id)}` ({t.framework}, line {t.line_number}){msg}")
        out.append("")
    if r.causes:
        out.append("| # | score | category | line | cause |")
        out.append("|---|---|---|---|---|")
        for cause in r.causes:
            text = p(cause.line.strip()).replace("|", "\\|").replace("`", "'")
            out.append(f"| {cause.rank} | {cause.score:.2f} | {cause.category} | "
                       f"{cause.line_number} | `{text}` |")
        top = r.causes[0]
        if top.excerpt:
            out += ["", f"Excerpt around line {top.line_number}:", "", "```"]
            out += [f"{e.n:>7} | {p(e.text)}" for e in top.excerpt]
            out.append("```")
        if top.hint:
            out += ["", f"Hint: {top.hint}"]
    return "\n".join(out)


def render(report: JobReport, fmt: str, *, colour: bool = False) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "markdown":
        return render_markdown(report)
    return render_text(report, colour=colour)
