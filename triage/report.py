"""Rendering of job reports: JSON (the contract), plain or coloured text, markdown.

Excerpts and lines handed to people and agents are redacted of secrets here,
at the last step, so nothing upstream has to remember to do it.
"""

from __future__ import annotations

import json
from dataclasses import replace

import regex

from .models import Cause, ExcerptLine, JobReport

__all__ = ["redact", "redact_report", "render", "render_json", "render_markdown", "render_text"]

#: (pattern, replacement): credentials that must not reach an agent or a terminal
_SECRETS = tuple(
    (regex.compile(p), r)
    for p, r in (
        (r"\b(gh[pousr]_[A-Za-z0-9]{20,})", "<redacted:github-token>"),
        (r"\bgithub_pat_[A-Za-z0-9_]{20,}", "<redacted:github-token>"),
        (r"\b(AKIA|ASIA)[0-9A-Z]{16}\b", "<redacted:aws-key>"),
        (r"\bxox[abprs]-[A-Za-z0-9-]{10,}", "<redacted:slack-token>"),
        (r"\bCCIPAT_[A-Za-z0-9_]{20,}", "<redacted:circleci-token>"),
        (r"\bnpm_[A-Za-z0-9]{30,}", "<redacted:npm-token>"),
        (r"\bpypi-[A-Za-z0-9_-]{30,}", "<redacted:pypi-token>"),
        (r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", "<redacted:jwt>"),
        (r"-----BEGIN [A-Z ]*PRIVATE KEY-----", "<redacted:private-key>"),
        (r"(?i)\b(authorization:\s*(?:bearer|basic|token)\s+)[^\s'\"]+", r"\1<redacted>"),
        (r"(?i)\b(circle-token:\s*)[^\s'\"]+", r"\1<redacted>"),
        (r"(?i)([?&](?:token|access_token|api_key|apikey|key|sig|signature|password)=)"
         r"[^&\s'\"]+", r"\1<redacted>"),
        (r"(?i)\b((?:[A-Z0-9_]*(?:password|passwd|secret|token|api_key|apikey|"
         r"access_key|private_key)[A-Z0-9_]*)\s*[=:]\s*)(?!<redacted)['\"]?[^\s'\"]{4,}['\"]?",
         r"\1<redacted>"),
        (r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+@", r"\1<redacted>@"),
    )
)


def redact(text: str) -> str:
    """Mask credentials (tokens, keys, passwords in URLs and assignments) in ``text``."""
    for pat, repl in _SECRETS:
        text = pat.sub(repl, text)
    return text


def _redact_cause(c: Cause) -> Cause:
    return replace(
        c, line=redact(c.line), signature=redact(c.signature),
        excerpt=tuple(ExcerptLine(e.n, redact(e.text)) for e in c.excerpt),
    )


def redact_report(report: JobReport) -> JobReport:
    tests = tuple(replace(t, message=redact(t.message)) for t in report.failing_tests)
    return replace(report, causes=tuple(_redact_cause(c) for c in report.causes),
                   failing_tests=tests)


def render_json(report: JobReport) -> str:
    """One compact JSON object (DESIGN §4.3), no trailing newline."""
    return json.dumps(redact_report(report).to_dict(), ensure_ascii=False,
                      separators=(",", ":"))


_COLOURS = {"red": "\x1b[31m", "green": "\x1b[32m", "yellow": "\x1b[33m", "bold": "\x1b[1m",
            "dim": "\x1b[2m", "reset": "\x1b[0m"}


def render_text(report: JobReport, *, colour: bool = False, excerpts: bool = True) -> str:
    r = redact_report(report)

    def c(name: str, s: str) -> str:
        return f"{_COLOURS[name]}{s}{_COLOURS['reset']}" if colour else s

    status_colour = {"failed": "red", "passed": "green"}.get(r.status, "yellow")
    out = [
        f"{c('bold', r.source.name)}: {c(status_colour, r.status.upper())}"
        f" ({r.category}) — {r.source.lines} lines, {r.source.bytes} bytes"
        + (f" ({r.source.compression})" if r.source.compression else "")
        + (f", {r.source.truncated_lines} long lines cut" if r.source.truncated_lines else "")
    ]
    if r.source.problem:
        out.append(c("yellow", f"  warning: {r.source.problem}"))
    total = r.stats.get("failing_tests_total", len(r.failing_tests))
    if r.failing_tests:
        out.append(c("bold", f"Failing tests ({total}):"))
        for t in r.failing_tests:
            msg = f" — {t.message}" if t.message else ""
            out.append(f"  {t.id} [{t.framework}] line {t.line_number}{msg}")
        if total > len(r.failing_tests):
            out.append(f"  … and {total - len(r.failing_tests)} more")
    if r.causes:
        out.append(c("bold", "Likely causes:"))
    for cause in r.causes:
        out.append(
            f"  {cause.rank}. [{cause.category}] line {cause.line_number}: "
            f"{c('red', cause.line.strip())}"
        )
        extra = f" ×{cause.occurrences}" if cause.occurrences > 1 else ""
        out.append(c("dim", f"     score {cause.score:.2f}{extra} · {cause.rule}"))
        if cause.hint:
            out.append(f"     hint: {cause.hint}")
        if excerpts and cause.rank == 1 and cause.excerpt:
            for e in cause.excerpt:
                mark = ">" if e.n == cause.line_number else " "
                out.append(c("dim", f"     {mark}{e.n:>7} | ") + e.text)
    if not r.causes and r.status != "failed":
        out.append("  no failure found" if r.status == "passed"
                   else "  no failure signature found (status unknown)")
    return "\n".join(out)


def render_markdown(report: JobReport) -> str:
    r = redact_report(report)
    out = [f"### `{r.source.name}`: **{r.status}** ({r.category})", ""]
    if r.source.problem:
        out += [f"> Warning: {r.source.problem}", ""]
    if r.failing_tests:
        total = r.stats.get("failing_tests_total", len(r.failing_tests))
        out.append(f"**Failing tests ({total})**")
        out.append("")
        for t in r.failing_tests:
            msg = f" — {t.message}" if t.message else ""
            out.append(f"- `{t.id}` ({t.framework}, line {t.line_number}){msg}")
        out.append("")
    if r.causes:
        out.append("| # | score | category | line | cause |")
        out.append("|---|---|---|---|---|")
        for cause in r.causes:
            text = cause.line.strip().replace("|", "\\|").replace("`", "'")
            out.append(f"| {cause.rank} | {cause.score:.2f} | {cause.category} | "
                       f"{cause.line_number} | `{text}` |")
        top = r.causes[0]
        if top.excerpt:
            out += ["", f"Excerpt around line {top.line_number}:", "", "```"]
            out += [f"{e.n:>7} | {e.text}" for e in top.excerpt]
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
