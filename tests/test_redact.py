"""Redaction: what a report hands on holds no credential the log printed.

The token strings below are made up; the end-to-end test uses a log that a real
deploy script printed (``fixtures/logs/bash_xtrace_secrets.log``: bash's ``set -x``
trace, ``openssl genpkey`` and curl).
"""

from __future__ import annotations

import json
import re

import pytest

from triage import ScanOptions, scan
from triage.redact import _SECRETS, redact, redact_lines
from triage.report import render_json, render_markdown, render_text

from .conftest import FIXTURES

#: (line, the secret in it)
LEAKS = [
    ('{"password": "hunter2secret", "user": "bob"}', "hunter2secret"),
    ('"password": "correct horse battery"', "horse battery"),
    ("password: 'hunter2secret'", "hunter2secret"),
    ('echo password="hunter2secret', "hunter2secret"),
    ("db:\n  password = 's3cr3t-value'", "s3cr3t-value"),
    ("export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI"),
    ("PGPASSWORD=hunter2 psql -h db", "hunter2"),
    ('curl -H "X-Api-Key: abcdef1234567890abcdef" https://api', "abcdef1234567890"),
    ("curl -H 'Authorization: Bearer abc.def.ghi123' https://api", "abc.def.ghi123"),
    ("docker login -u bob -p hunter2secret registry.io", "hunter2secret"),
    ("docker login --password hunter2secret registry.io", "hunter2secret"),
    ("deploy --github-token s3cr3tvalue --dry-run", "s3cr3tvalue"),
    ("mysql -u root -phunter2secret app", "hunter2secret"),
    ("git clone https://x-access-token:abc123def456@github.com/o/r", "abc123def456"),
    ("fetch https://example.com/a?sig=ZmFrZS1zaWc%3D&x=1", "ZmFrZS1zaWc"),
    ("AccountName=x;AccountKey=abc123def456==;EndpointSuffix=core.windows.net", "abc123def456"),
    ("OPENAI_API_KEY is sk-proj-abcdefghijklmnopqrstuvwxyz012345", "abcdefghijklmnopqrstuvwxyz012345"),
    ("using sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789", "abcdefghijklmnopqrstuvwxyz0123"),
    ("token hf_abcdefghijklmnopqrstuvwxyzABCDEFGH", "abcdefghijklmnopqrstuvwxyzABCDEFGH"),
    ("glpat-abcdefghij1234567890 rejected", "abcdefghij1234567890"),
    ("key AIzaSyA1234567890abcdefghijklmnopqrstuv", "SyA1234567890abcdefghij"),
    ("charge with sk_live_51Habcdefghijklmnopqrstuvwx", "51Habcdefghijklmnopqrstuvwx"),
    ("POST https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX", "XXXXXXXXXXXX"),
    ("ghp_abcdefghijklmnopqrstuvwxyz0123456789 expired", "abcdefghijklmnopqrstuvwxyz0123456789"),
    ("AKIAIOSFODNN7EXAMPLE", "IOSFODNN7EXAMPLE"),
    ("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3",
     "dozjgNryP4J3jVmNHl0w5N"),
    ('"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQ\\n'
     '-----END PRIVATE KEY-----\\n", "x": 1', "MIIEvQIBADANBgkqhkiG9w0BAQ"),
    ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj", "MIIEvQIBADANBgkqhkiG9w0"),
]

#: lines that name credentials or look like them, and hold none
BENIGN = [
    "docker login --password-stdin < pw.txt",
    "gh auth login --with-token < token.txt",
    "mkdir -p build/out",
    "mysql -uroot -P3306 -h db",
    "author: bob",
    "cache key: v1-deps-abc",
    "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "task-runner-abcdefghijklmnopqrstuvwxyz-0123456789",
    "E   AssertionError: expected token to be valid",
    "--- FAIL: TestPasswordReset (0.00s)",
    "--no-password --verbose",
]


@pytest.mark.parametrize(("line", "secret"), LEAKS)
def test_a_secret_does_not_survive(line, secret):
    out = redact(line)
    assert secret not in out
    assert "<redacted" in out
    assert redact(out) == out


@pytest.mark.parametrize("line", BENIGN)
def test_lines_without_a_secret_are_left_alone(line):
    assert redact(line) == line


KEY = ["-----BEGIN PRIVATE KEY-----",
       "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCTmR3ju6cBMbPk",
       "vBNuyDREnYma7HK+rJqp8g==",
       "-----END PRIVATE KEY-----"]


def test_the_lines_of_a_private_key_block_are_redacted_whole():
    lines = ["+ cat key.pem", *KEY, "+ ssh deploy@host"]
    out = redact_lines(lines)
    assert out == ["+ cat key.pem", *["<redacted:private-key>"] * 4, "+ ssh deploy@host"]
    assert redact_lines(out) == out


def test_an_excerpt_that_starts_inside_a_key_block_is_redacted_up_to_its_end():
    # the short last body line reads as no secret on its own
    assert redact(KEY[2]) == KEY[2]
    out = redact_lines([*KEY[2:], "curl: (7) Failed to connect"])
    assert out == ["<redacted:private-key>"] * 2 + ["curl: (7) Failed to connect"]


def test_an_excerpt_that_ends_inside_a_key_block_is_redacted_to_its_end():
    out = redact_lines(["deploy key:", *KEY[:3]])
    assert out == ["deploy key:", *["<redacted:private-key>"] * 3]


#: lines built to make a backtracking pattern take quadratic time (or worse)
ADVERSARIAL = ["a-" * 32000, "a_" * 32000, "password-" * 7000, "password" * 8000,
               "docker login " * 5000, "mysql -u " * 7000, " " * 64000, "a://b:" * 10000,
               "--a-b " * 10000, "token:" * 10000, 'password="' * 6000, "Ab1" * 20000]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_no_pattern_hangs_on_a_long_line(text):
    # lines are redacted up to the line cap (64 KiB) before they are cut; each of these
    # takes well under a second: the timeout only catches a pattern that never ends
    for pat, repl in _SECRETS:
        try:
            pat.sub(repl, text, timeout=20)
        except TimeoutError:  # pragma: no cover - the failure this test is for
            pytest.fail(f"redaction pattern {pat.pattern!r} hangs on {text[:20]!r}...")


def test_a_real_deploy_log_hands_on_none_of_its_secrets():
    log = (FIXTURES / "logs" / "bash_xtrace_secrets.log").read_text()
    # the secrets as the script printed them: assignments in bash's trace, the key's body
    values = re.findall(r"^\+ (?:DEPLOY_TOKEN|API_KEY|DB_PASSWORD)=(\S+)$", log, re.M)
    body = log.split("-----BEGIN PRIVATE KEY-----\n")[1].split("-----END")[0].split()
    assert len(values) == 3 and len(body) > 20
    report = scan(FIXTURES / "logs" / "bash_xtrace_secrets.log",
                  options=ScanOptions(context=60))
    assert report.causes[0].line.startswith("curl: (7) Failed to connect")
    assert len(report.causes[0].excerpt) == report.source.lines  # the whole log is shown
    for rendered in (json.dumps(report.to_dict()), render_json(report), render_text(report),
                     render_markdown(report)):
        for secret in [*values, *body]:
            assert secret not in rendered
        assert "<redacted:private-key>" in rendered

