"""Secrets out of everything a report hands on: credentials in log lines (tokens,
keys, passwords in URLs and assignments) are replaced by a marker naming their kind.

Reports are redacted when they are built (:func:`triage.rank.build_report`), so
the Python API, the history store and every renderer see the same redacted text;
the renderers redact again, which changes nothing in a redacted report.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from .models import Cause, ExcerptLine, FailingTest, JobReport
from .signatures import signature

__all__ = ["cut", "redact", "redact_report"]

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
        (r"(?i)\b(authorization:\s*(?:bearer|basic|token)\s+)(?!<redacted)[^\s'\"]+",
         r"\1<redacted>"),
        (r"(?i)\b(circle-token:\s*)(?!<redacted)[^\s'\"]+", r"\1<redacted>"),
        (r"(?i)([?&](?:token|access_token|api_key|apikey|key|sig|signature|password)=)"
         r"(?!<redacted)[^&\s'\"]+", r"\1<redacted>"),
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


def cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters (ending with "…"), redacted first when it is
    cut: a secret cut short no longer reads as one, and would survive redaction later."""
    if len(text) <= limit:
        return text
    text = redact(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _redact_cause(c: Cause) -> Cause:
    line = redact(c.line)
    # the signature is the line masked, and masking can cut a secret so that it no
    # longer reads as one: a line that held one gets the signature of its redacted text
    sig = c.signature if line == c.line else signature(line)
    return replace(c, line=line, signature=redact(sig),
                   excerpt=tuple(ExcerptLine(e.n, redact(e.text)) for e in c.excerpt),
                   reasons=tuple(redact(r) for r in c.reasons))  # (they name tests)


def _redact_test(t: FailingTest) -> FailingTest:
    return replace(t, id=redact(t.id), message=redact(t.message),
                   subtests=tuple(redact(s) for s in t.subtests))


def redact_report(report: JobReport) -> JobReport:
    """``report`` with the lines, signatures, excerpts and test ids and messages of its
    causes and failing tests redacted."""
    return replace(report, causes=tuple(_redact_cause(c) for c in report.causes),
                   failing_tests=tuple(_redact_test(t) for t in report.failing_tests))
