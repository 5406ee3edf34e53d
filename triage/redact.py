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

__all__ = ["cut", "redact", "redact_lines", "redact_report"]

#: an assignment's value: quoted (whole, spaces and all), or a bare run of 4 or more
#: (after a quote that does not close)
_VALUE = r"""(?!["']?<redacted)(?:"[^"]+"|'[^']+'|["']?[^\s'"]{4,})"""
#: the words that make a name a credential's (``DB_PASSWORD``, ``"api-key"``, ``clientSecret``)
_CREDENTIAL = (r"password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key"
               r"|account[_-]?key|auth[_-]?key")

#: (pattern, replacement): credentials that must not reach an agent or a terminal.
#: Tokens with a known shape go first, then keys and flags that name what follows.
_SECRETS = tuple(
    (regex.compile(p), r)
    for p, r in (
        (r"\b(gh[pousr]_[A-Za-z0-9]{20,})", "<redacted:github-token>"),
        (r"\bgithub_pat_[A-Za-z0-9_]{20,}", "<redacted:github-token>"),
        (r"\bgl(?:pat|rt|dt|ptt|cbt|oas|soat)-[A-Za-z0-9_-]{20,}", "<redacted:gitlab-token>"),
        (r"\b(AKIA|ASIA)[0-9A-Z]{16}\b", "<redacted:aws-key>"),
        (r"\bAIza[0-9A-Za-z_-]{35}", "<redacted:google-api-key>"),
        (r"\bxox[abprs]-[A-Za-z0-9-]{10,}", "<redacted:slack-token>"),
        (r"(?i)\b(hooks\.slack\.com/(?:services|workflows|triggers)/)[A-Za-z0-9/_-]+",
         r"\1<redacted>"),
        (r"(?i)\b(discord(?:app)?\.com/api/webhooks/)[0-9]+/[A-Za-z0-9_-]+", r"\1<redacted>"),
        (r"\bCCIPAT_[A-Za-z0-9_]{20,}", "<redacted:circleci-token>"),
        (r"\bnpm_[A-Za-z0-9]{30,}", "<redacted:npm-token>"),
        (r"\bpypi-[A-Za-z0-9_-]{30,}", "<redacted:pypi-token>"),
        (r"\bhf_[A-Za-z0-9]{30,}", "<redacted:huggingface-token>"),
        (r"\bsk-(?:proj-|svcacct-|admin-|ant-(?:[a-z]+\d\d-)?)?[A-Za-z0-9_-]{20,}",
         "<redacted:api-key>"),
        (r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}", "<redacted:stripe-key>"),
        (r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}", "<redacted:sendgrid-key>"),
        (r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", "<redacted:jwt>"),
        # a key on one line, as JSON holds one ("-----BEGIN ...-----\nMIIE...\n-----END")
        (r"-----BEGIN [A-Z ]*PRIVATE KEY-----(?:\\[rn]|[A-Za-z0-9+/= \t])*"
         r"(?:-----END [A-Z ]*PRIVATE KEY-----)?", "<redacted:private-key>"),
        # (a key's last line says nothing, but an excerpt shown again must not tell
        # where its block ended: see redact_lines)
        (r"-----END [A-Z ]*PRIVATE KEY-----", "<redacted:private-key>"),
        # a line of key material alone (a PEM body line): 48+ base64 characters, mixed
        # case and digits (a hex digest has one case)
        (r"^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(\s*+)[\"']?[A-Za-z0-9+/]{48,}={0,2}[\"',]?\s*$",
         r"\1<redacted:key-material>"),
        (r"(?i)\b(authorization:\s*(?:bearer|basic|token)\s+)(?!<redacted)[^\s'\"]+",
         r"\1<redacted>"),
        (r"(?i)\b(circle-token:\s*)(?!<redacted)[^\s'\"]+", r"\1<redacted>"),
        (r"(?i)([?&](?:token|access_token|api_key|apikey|key|sig|signature|password|secret"
         r"|client_secret|private_token)=)(?!<redacted)[^&\s'\"]+", r"\1<redacted>"),
        # NAME=value, NAME: value, "name": "value", X-Api-Key: value
        (rf"(?i)(?<![A-Z0-9])([A-Z0-9_-]{{0,48}}?(?:{_CREDENTIAL})[A-Z0-9_-]{{0,48}}"
         rf"[\"']?\s*[=:]\s*){_VALUE}",
         r"\1<redacted>"),
        # --password value, --github-token value (not --password-stdin, --token-file)
        (rf"(?i)(--(?:[a-z0-9]+-)*(?:{_CREDENTIAL})\s+)(?!-){_VALUE}", r"\1<redacted>"),
        # docker login -p value; mysql -pvalue
        # (the first -p of the command, which a later one of the same kind ends)
        (r"(\bdocker\s+login\b(?:(?!\s-p\s|docker\s+login\b).)*\s-p\s+)(?!<redacted)[^\s'\"]+",
         r"\1<redacted>"),
        (r"(\bmysql(?:dump|admin|import|sh)?\b(?:(?!\s-p|mysql).)*\s-p)(?!<redacted)[^\s'\"]+",
         r"\1<redacted>"),
        (r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+@", r"\1<redacted>@"),
    )
)
#: the first and last lines of a private key block, and a line of its body
_KEY_BEGIN = regex.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
_KEY_END = regex.compile(r"-----END [A-Z ]*PRIVATE KEY-----")
_BASE64_LINE = regex.compile(r"""\s*["']?[A-Za-z0-9+/]+={0,2}["',]?\s*""")
_KEY = "<redacted:private-key>"


def redact(text: str) -> str:
    """Mask credentials (tokens, keys, passwords in URLs and assignments) in ``text``."""
    for pat, repl in _SECRETS:
        text = pat.sub(repl, text)
    return text


def redact_lines(lines: list[str]) -> list[str]:
    """:func:`redact` each of a run of consecutive lines (an excerpt), and the lines of a
    private key block among them: the lines after its BEGIN line through its END line,
    or, when the run starts inside the block, its END line and the base64 lines above."""
    out = [redact(t) for t in lines]
    inside = begun = False
    for k, text in enumerate(lines):
        begins, ends = _KEY_BEGIN.search(text) is not None, _KEY_END.search(text) is not None
        if inside:
            out[k] = _KEY
            inside = not ends
        elif begins:
            begun = True
            inside = not ends  # (a key on one line is redacted whole already)
        elif ends and not begun:
            out[k] = _KEY
            j = k - 1
            while j >= 0 and _BASE64_LINE.fullmatch(lines[j]):
                out[j] = _KEY
                j -= 1
    return out


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
                   excerpt=tuple(ExcerptLine(e.n, t) for e, t in
                                 zip(c.excerpt, redact_lines([e.text for e in c.excerpt]),
                                     strict=True)),
                   reasons=tuple(redact(r) for r in c.reasons))  # (they name tests)


def _redact_test(t: FailingTest) -> FailingTest:
    return replace(t, id=redact(t.id), message=redact(t.message),
                   subtests=tuple(redact(s) for s in t.subtests))


def redact_report(report: JobReport) -> JobReport:
    """``report`` with the lines, signatures, excerpts and test ids and messages of its
    causes and failing tests redacted."""
    return replace(report, causes=tuple(_redact_cause(c) for c in report.causes),
                   failing_tests=tuple(_redact_test(t) for t in report.failing_tests))
