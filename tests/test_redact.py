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
    # as bash's set -x quotes words with ! # or spaces
    ("+ docker login -u bob -p 'p@ss!w0rd#1' registry.io", "p@ss!w0rd#1"),
    ("+ mysql -uroot '-pp@ss!w0rd' app", "p@ss!w0rd"),
    ("+ export 'DB_PASSWORD=correct horse battery'", "horse battery"),
    ("+ curl -u 'admin:p@ss!w0rd#1' https://nexus.example.com", "p@ss!w0rd#1"),
    ("+ podman login -u bob -p hunter2secret quay.io", "hunter2secret"),
    ("+ sshpass -p hunter2secret ssh deploy@host", "hunter2secret"),
    ("+ gpg --batch --passphrase hunter2secret --decrypt s.gpg", "hunter2secret"),
    ("+ openssl pkcs12 -export -passout pass:hunter2secret -out a.p12", "hunter2secret"),
    ("+ keytool -importkeystore -srcstorepass hunter2secret", "hunter2secret"),
    ("SMTP_PASS: hunter2secret", "hunter2secret"),
    ("SECRET_KEY_BASE=AbCdEf1234567890", "AbCdEf1234567890"),
    ('"SecretString": "{\\"username\\":\\"admin\\",\\"password\\":\\"hunter2secret\\"}"',
     "hunter2secret"),
    ('"password"=>"hunter2secret"', "hunter2secret"),
    ("{'Authorization': 'Bearer abcdef123456opaque'}", "abcdef123456opaque"),
    ("Authorization: abcdef123456opaque", "abcdef123456opaque"),
    ("Cookie: session=abcdef123456opaque", "abcdef123456opaque"),
    ("REDIS_URL=redis://:hunter2secret@redis:6379/0", "hunter2secret"),
    ("https://b.s3.amazonaws.com/f?X-Amz-Algorithm=A&X-Amz-Signature=0123456789abcdef", "0123456789abcdef"),
    ("git clone https://abcdef0123456789abcdef0123456789abcdef01@github.com/x/y", "abcdef0123456"),
    ("machine github.com login bob password hunter2secret", "hunter2secret"),
    ("Server=db;Database=app;User Id=sa;Pwd=hunter2secret;", "hunter2secret"),
    ("  client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVB",
     "LS0tLS1CRUdJTi"),
    ("-----BEGIN PGP PRIVATE KEY BLOCK-----", "PGP PRIVATE"),
    ("dckr_pat_abcdefghijklmnopqrstuvwxyz0", "abcdefghijklmnopqrstuvwxyz0"),
    ("ya29.a0AfH6SMBx1234567890abcdefghijklmnopqrstuvwxyzABCDEFG", "a0AfH6SMBx1234567890"),
    ("hvs.CAESIJabcdefghijklmnopqrstuvwxyz0123456789", "CAESIJabcdefghij"),
    ("+ sqlcmd -S localhost -U sa -P 'Zq8!xv2#Lm9' -Q 'SELECT 1'", "Zq8!xv2#Lm9"),
    ("+ redis-cli -h redis -a Zq8xv2Lm9 ping", "Zq8xv2Lm9"),
    ("+ mongosh -u root -p 'Zq8!xv2#Lm9'", "Zq8!xv2#Lm9"),
    ("+ ldapsearch -x -D cn=admin -w Zq8xv2Lm9", "Zq8xv2Lm9"),
    ("+ aws configure set aws_secret_access_key Zq8xv2Lm9", "Zq8xv2Lm9"),
    ("+ export MYSQL_PWD='Zq8!xv2#Lm9'", "Zq8!xv2#Lm9"),
    ("+ curl -ubob:Zq8xv2Lm9 https://x", "Zq8xv2Lm9"),
    ("+ openssl enc -d -k Zq8xv2Lm9 -in a", "Zq8xv2Lm9"),
    ("+ vault login s.Zq8xv2Lm9abcdef", "Zq8xv2Lm9abcdef"),
    ("+ npm set //npm.pkg.github.com/:_authToken Zq8xv2Lm9", "Zq8xv2Lm9"),
    ("Ocp-Apim-Subscription-Key: Zq8xv2Lm9", "Zq8xv2Lm9"),
    ("+ rabbitmqctl add_user ci Zq8xv2Lm9", "Zq8xv2Lm9"),
    ("+ rabbitmqctl change_password ci 'Zq8!xv2#Lm9'", "Zq8!xv2#Lm9"),
    ("+ htpasswd -bc /etc/nginx/.htpasswd ci Zq8xv2Lm9", "Zq8xv2Lm9"),
    ("+ htpasswd -nbB ci 'Zq8!xv2#Lm9' > auth/htpasswd", "Zq8!xv2#Lm9"),
    ("htpasswd -b -C 10 users.htpasswd ci Zq8xv2Lm9", "Zq8xv2Lm9"),
    ("echo Zq8xv2Lm9 | docker login -u ci --password-stdin ghcr.io", "Zq8xv2Lm9"),
    ("printf '%s' 'Zq8!xv2#Lm9' | helm registry login -u ci --password-stdin r.io",
     "Zq8!xv2#Lm9"),
    ("gh auth login --with-token <<< Zq8xv2Lm9abcdef", "Zq8xv2Lm9abcdef"),
    ("echo Zq8xv2Lm9 | gh auth login --with-token", "Zq8xv2Lm9"),
    ("+ rabbitmqctl -n rabbit@mq add_user ci Zq8xv2Lm9", "Zq8xv2Lm9"),
    ("htpasswd -nb ci Zq8xv2Lm9 2>/dev/null", "Zq8xv2Lm9"),
    ("htpasswd -bc /etc/nginx/.htpasswd ci Zq8xv2Lm9 2>&1", "Zq8xv2Lm9"),
    ("htpasswd -bc .htpasswd ci Zq8xv2Lm9 # the CI user", "Zq8xv2Lm9"),
]

#: lines that name credentials or look like them, and hold none
BENIGN = [
    "docker login --password-stdin < pw.txt",
    "gh auth login --with-token < token.txt",
    "echo $REGISTRY_PASSWORD | docker login -u ci --password-stdin",
    "echo building | tee log.txt",
    'gh auth login --with-token <<< "$GH_TOKEN"',
    "htpasswd -c /etc/nginx/.htpasswd ci",
    "rabbitmqctl list_users",
    "rabbitmqctl add_user ci $RABBIT_PASSWORD",
    "htpasswd -bc .htpasswd ci \"$HTPASSWD\" 2>&1",
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
    # names that go on after a credential's word, and what compilers and tools print
    "FAILED tests/test_auth.py::TestToken::test_expiry - assert 2 == 1",
    "test token::tests::refresh ... FAILED",
    "Setting up libsecret-1-0:amd64 (0.20.5-3) ...",
    "tokenfilter: tokenfilter.go:59: Unexpected token",
    "** (FunctionClauseError) no function clause matching in elixir_tokenizer:tokenize/3",
    "max_tokens=4096",
    "tokenizer: bert-base-uncased",
    "secretName: my-app-tls",
    "{'expected_pass': False, 'status': 'FAIL'}",
    "error: expected token: identifier",
    "    password: Some(",
    "  Shadow byte legend: cookie:            ac",
    "PWD=/home/runner/work/app",
    "TOKEN=[secure]",
    "AUTHORIZATION: basic ***",
    "Test Suite 'ServerTrustPolicyExplorationBasicX509PolicyValidationTestCase' started",
    "ServerTrustPolicyExplorationBasicX509PolicyValidationTestCase",
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


def test_a_message_quoting_a_key_marker_does_not_start_a_key_block():
    lines = ["error: expected '-----BEGIN PRIVATE KEY-----' at the start of key.pem",
             "FAILED tests/test_keys.py::test_load - ValueError: bad key"]
    assert redact_lines(lines)[1] == lines[1]


#: lines built to make a backtracking pattern take quadratic time (or worse)
ADVERSARIAL = ["a-" * 32000, "a_" * 32000, "password-" * 7000, "password" * 8000,
               "docker login " * 5000, "mysql -u " * 7000, " " * 64000, "a://b:" * 10000,
               "--a-b " * 10000, "token:" * 10000, 'password="' * 6000, "Ab1" * 20000,
               "--with-token " * 5000, "rabbitmqctl add_user " + "-a " * 20000,
               "htpasswd -b " + "-a " * 20000, "echo a |" * 8000, "echo " + "-a " * 20000,
               "rabbitmqctl " + "-a b " * 10000]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_no_pattern_hangs_on_a_long_line(text):
    # lines are redacted before they are cut (a line is read up to its cap); each of these
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
                  options=ScanOptions(context=50))
    assert report.causes[0].line.startswith("curl: (7) Failed to connect")
    assert len(report.causes[0].excerpt) == report.source.lines  # the whole log is shown
    for rendered in (json.dumps(report.to_dict()), render_json(report), render_text(report),
                     render_markdown(report)):
        for secret in [*values, *body]:
            assert secret not in rendered
        assert "<redacted:private-key>" in rendered

