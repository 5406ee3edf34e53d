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

#: what is a mask already: ours, or a CI's (Travis's [secure], GitHub's ***)
_MASKED = r"""(?!\\?["']?(?:<redacted|\[secure\]|\*\*\*))"""
#: a value: quoted (whole, spaces and all; JSON inside a JSON string quotes with \"), or
#: a bare run of 4 or more (after a quote that does not close); holding no mask
_QUOTED = (r'\\"(?![^"]*<redacted)(?:[^"\\]|\\[^"])*\\"'
           r'|"(?![^"]*<redacted)(?:[^"\\]|\\.)*"'
           r"|'(?![^']*<redacted)[^']*'")
_BARE = r"""["']?(?![&;,])(?![^\s'"]*<redacted)"""
_VALUE = rf"""{_MASKED}(?:{_QUOTED}|{_BARE}[^\s'"]{{4,}})"""
#: after a colon, a bare value must look like a secret (a digit, or 12 characters):
#: ``token: identifier`` and ``password: Some(`` are what compilers and debuggers print
_COLON_VALUE = rf"""{_MASKED}(?:{_QUOTED}|{_BARE}(?=[^\s'"]*[0-9]|[^\s'"]{{12}})""" \
               r"""[^\s'"]{4,})"""
#: how the name of a credential ends (``DB_PASSWORD``, ``"api-key"``, ``clientSecret``,
#: ``SMTP_PASS``): a name that goes on after it (``max_tokens``, ``secretName``,
#: ``libsecret-1-0``) names something else
_CREDENTIAL = (r"password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key"
               r"|private[_-]?key|account[_-]?key|auth[_-]?key"
               r"|(?:secret|signing|encryption|master|license|deploy|ssh|client|app)[_-]?key"
               r"|secret[_-]?key[_-]?base|subscription[_-]?key|credentials?"
               r"|(?-i:_PASS)|_auth")
#: a name's own closing quote (``"password":``, ``\"password\":``), then = or =>, or one
#: colon
_QUOTE_END = r"""(?:\\?["'])?\s*"""
_ASSIGN = rf"{_QUOTE_END}(?:=>?+|:(?!:))\s*"
#: a value that is a variable's name (``$RABBIT_PASSWORD``), not its value
_NOT_VARIABLE = r"""(?!["']?\$)"""
#: a command's argument (a user name): not an option, nor what was redacted already
_WORD = r"(?!<redacted)[^\s-]\S*"
#: commands whose -p takes a password (``docker login -u bot -p …``)
_LOGINS = (r"(?:docker|podman|buildah|skopeo|nerdctl|oras|crane|helm(?:\s+registry)?|az)"
           r"\s+login|twine\s+upload")


def _after_command(command: str, flag: str) -> tuple[str, str]:
    """The value of ``command``'s first ``flag`` (a password flag), which a later
    ``command`` ends the search for."""
    return (rf"(\b(?:{command})\b(?:(?!\s{flag}\s|\b(?:{command})\b).)*\s{flag}\s+)(?!-)"
            rf"{_VALUE}", r"\1<redacted>")


#: (pattern, replacement): credentials that must not reach an agent or a terminal.
#: Tokens with a known shape go first, then keys and flags that name what follows.
_SECRETS = tuple(
    (regex.compile(p), r)
    for p, r in (
        (r"\b(gh[pousr]_[A-Za-z0-9]{20,})", "<redacted:github-token>"),
        (r"\bgithub_pat_[A-Za-z0-9_]{20,}", "<redacted:github-token>"),
        (r"\bgl(?:pat|rt|dt|ptt|cbt|oas|soat)-[A-Za-z0-9_-]{20,}", "<redacted:gitlab-token>"),
        (r"\b(AKIA|ASIA)[0-9A-Z]{16}\b", "<redacted:aws-key>"),
        (r"\bAIza[0-9A-Za-z_-]{35,}", "<redacted:google-api-key>"),
        (r"\bya29\.[0-9A-Za-z_-]{20,}", "<redacted:google-token>"),
        (r"\bx(?:ox[abprs]|app)-[A-Za-z0-9-]{10,}", "<redacted:slack-token>"),
        (r"(?i)\b(hooks\.slack\.com/(?:services|workflows|triggers)/)[A-Za-z0-9/_-]+",
         r"\1<redacted>"),
        (r"(?i)\b(discord(?:app)?\.com/api/webhooks/)[0-9]+/[A-Za-z0-9_-]+", r"\1<redacted>"),
        (r"\bCCIPAT_[A-Za-z0-9_]{20,}", "<redacted:circleci-token>"),
        (r"\bnpm_[A-Za-z0-9]{30,}", "<redacted:npm-token>"),
        (r"\bpypi-[A-Za-z0-9_-]{30,}", "<redacted:pypi-token>"),
        (r"\bdckr_pat_[A-Za-z0-9_-]{20,}", "<redacted:docker-token>"),
        (r"\bhvs\.[A-Za-z0-9_-]{20,}", "<redacted:vault-token>"),
        (r"\bhf_[A-Za-z0-9]{30,}", "<redacted:huggingface-token>"),
        (r"\bsk-(?:proj-|svcacct-|admin-|ant-(?:[a-z]+\d\d-)?)?[A-Za-z0-9_-]{20,}",
         "<redacted:api-key>"),
        (r"\b(?:[rs]k_(?:live|test)_|whsec_)[A-Za-z0-9]{16,}", "<redacted:stripe-key>"),
        (r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}", "<redacted:sendgrid-key>"),
        (r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", "<redacted:jwt>"),
        # a key on one line, as JSON holds one ("-----BEGIN ...-----\nMIIE...\n-----END")
        (r"-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----(?:\\[rn]|[A-Za-z0-9+/= \t])*"
         r"(?:-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----)?", "<redacted:private-key>"),
        # (a key's last line says nothing, but an excerpt shown again must not tell
        # where its block ended: see redact_lines)
        (r"-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----", "<redacted:private-key>"),
        # a PEM block in base64 (kubeconfig's client-key-data, a Secret's tls.key)
        (r"\bLS0tLS1CRUdJTi[A-Za-z0-9+/=]*", "<redacted:pem>"),
        # a line of key material alone (a PEM body line): 48+ base64 characters, mixed
        # case, and a + or / or four digits (a hex digest has one case; a long class name
        # has few digits); maybe cut short (…)
        (r"^(?=.*[a-z])(?=.*[A-Z])(?=(?:[^0-9]*[0-9]){4}|.*[+/])(\s*+)[\"']?"
         r"[A-Za-z0-9+/]{48,}={0,2}[\"',]?…?\s*$", r"\1<redacted:key-material>"),
        (r"(?i)\b(authorization" + _ASSIGN + r"(?:\\?[\"'])?"
         r"(?:(?:bearer|basic|token|digest|negotiate|bot)\s+)?+)(?!<redacted|\*\*\*)"
         r"[^\s'\"\\,}]+",
         r"\1<redacted>"),
        (r"(?i)\b((?:set-)?cookie:\s*)(?=[^\s=;]+=)(?!<redacted)\S.*", r"\1<redacted>"),
        (r"(?i)\b(circle-token:\s*)(?!<redacted)[^\s'\"]+", r"\1<redacted>"),
        (r"(?i)([?&](?:token|access_token|api_key|apikey|key|sig|signature|password|secret"
         r"|client_secret|private_token|x-amz-signature|x-amz-credential|x-amz-security-token"
         r"|x-goog-signature|x-goog-credential)=)(?!<redacted)[^&\s'\"]+", r"\1<redacted>"),
        # 'DB_PASSWORD=a b' (a quoted word, as bash's set -x prints one): to its quote
        (rf"(?i)((['\"])[A-Z0-9_-]*(?:{_CREDENTIAL})=)(?!(?:(?!\2).)*<redacted)"
         r"(?:(?!\2).)*(?=\2)", r"\1<redacted>"),
        # NAME=value, NAME: value, "name": "value", X-Api-Key: value (from where the
        # name's last word starts: nothing before it needs looking at)
        (rf"(?i)((?:{_CREDENTIAL}){_QUOTE_END}=>?+\s*){_VALUE}", r"\1<redacted>"),
        (rf"(?i)((?:{_CREDENTIAL}){_QUOTE_END}:(?!:)\s*){_COLON_VALUE}", r"\1<redacted>"),
        # --password value, --github-token value (not --password-stdin, --token-file)
        (rf"(?i)(--(?:[a-z0-9]+-)*(?:{_CREDENTIAL}|pass)\s+)(?!-){_VALUE}", r"\1<redacted>"),
        # keytool -storepass x, openssl -passout pass:x
        (rf"(?i)(\s-(?:(?:src|dest)?storepass|keypass)\s+)(?!-){_VALUE}", r"\1<redacted>"),
        (r"(?i)(\s-pass(?:in|out)?\s+['\"]?pass:)(?!<redacted)[^\s'\"]+", r"\1<redacted>"),
        (rf"(\bopenssl\s+enc\b(?:(?!\s-k\s|\bopenssl\b).)*\s-k\s+)(?!-){_VALUE}", r"\1<redacted>"),
        # the password flags of database and directory clients (sqlcmd -P, redis-cli -a,
        # mongosh -p, ldapsearch -w): the first after the command
        _after_command("sqlcmd|bcp", "-P"),
        _after_command("redis-cli", "-a"),
        _after_command("mongo(?:sh|dump|restore|export|import)?", "-p"),
        _after_command("ldap(?:search|add|modify|delete|passwd)", "-w"),
        # aws configure set aws_secret_access_key value; vault login token; npm's
        # :_authToken value
        (rf"(?i)(\baws\s+configure\s+set\s+\S*(?:secret|token|key)\S*\s+){_VALUE}",
         r"\1<redacted>"),
        (rf"(\bvault\s+login\s+(?:token=)?)(?![-\w]+=)(?!-){_VALUE}", r"\1<redacted>"),
        (rf"(?i)(:_authToken\s+){_VALUE}", r"\1<redacted>"),
        # rabbitmqctl [-n node] add_user bob value; htpasswd -b[c|n] [file] bob value (its
        # last word, before a redirection or a comment); not a variable's name
        (r"(\brabbitmqctl\s+(?:-\S+\s+(?:[^\s-]\S*\s+)?){0,3}(?:add_user|change_password)\s+"
         rf"(?:-\S+\s+){{0,4}}{_WORD}\s+){_NOT_VARIABLE}{_VALUE}", r"\1<redacted>"),
        (r"(\bhtpasswd\s+(?:-[A-Za-z]+\s+){0,4}-[A-Za-z]*b[A-Za-z]*\s+"
         rf"(?:-[A-Za-z]+\s+(?:\d+\s+)?){{0,4}}(?:{_WORD}\s+){{1,2}}){_NOT_VARIABLE}(?!\d*>)"
         rf"{_VALUE}(?=\s*(?:$|[|;&)#]|\d*>))", r"\1<redacted>"),
        # what a password-stdin login reads, when the command is shown as it ran (make
        # echoes it expanded): echo value | docker login --password-stdin, <<< value
        (rf"(\b(?:echo|printf)\s+(?:-[a-z]+\s+){{0,4}}(?:(?:%s|'%s(?:\\n)?'|\"%s(?:\\n)?\")\s+)?)"
         rf"{_NOT_VARIABLE}{_VALUE}(?=\s*\|[^|]*--(?:(?:password|token)-stdin|with-token))",
         r"\1<redacted>"),
        (r"(--(?:password-stdin|token-stdin|with-token)\b[^<|;]{0,200}<<<\s*)"
         rf"{_NOT_VARIABLE}{_VALUE}", r"\1<redacted>"),
        # docker login -p value (the first -p of the command, which a later login ends),
        # sshpass -p value, mysql -pvalue, curl -u user:value
        _after_command(_LOGINS, "-p"),
        (rf"(\bsshpass\s+-p\s*)(?!-){_VALUE}", r"\1<redacted>"),
        (r"(\b(?:mysql(?:dump|admin|import|sh)?|mariadb(?:-dump|-admin)?)\b"
         r"(?:(?!\s['\"]?-p|\bmysql|\bmariadb).)*\s['\"]?-p)(?!<redacted)[^\s'\"]+",
         r"\1<redacted>"),
        (r"(\bcurl\b(?:(?!\s(?:-u|--user)|\bcurl\b).)*\s(?:-u\s*|--user[\s=]\s*)['\"]?"
         r"[^\s:'\"]*:)(?!<redacted)[^\s'\"]+", r"\1<redacted>"),
        (r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]*:)(?!<redacted)[^@\s/]+@", r"\1<redacted>@"),
        # a token as a URL's user (https://<token>@github.com/...)
        (r"(?i)\b(https?://)[A-Za-z0-9_-]{30,}@", r"\1<redacted>@"),
        # .netrc; a connection string's Pwd=
        (rf"(?i)(\bmachine\s+\S+\s+login\s+\S+\s+password\s+){_VALUE}", r"\1<redacted>"),
        (rf"(?i)((?<![a-z0-9])pwd=)(?![\"']?/){_VALUE}", r"\1<redacted>"),
    )
)
#: the first and last lines of a private key block, and a line of its body
_KEY_BEGIN = regex.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----")
_KEY_END = regex.compile(r"-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----")
_BASE64_LINE = regex.compile(r"""\s*["']?=?[A-Za-z0-9+/]+={0,2}["',]?\s*""")
_KEY = "<redacted:private-key>"


def _alone(marker: regex.Pattern[str], text: str) -> bool:
    """Whether ``text`` is the marker line of a key block (not a message quoting it)."""
    return marker.fullmatch(text.strip().strip("\"',")) is not None


#: something every pattern above needs (its word, prefix or run): most texts, test ids
#: and log lines hold none of it, and are passed over in one search (up to _QUICK
#: characters: over a long line the patterns' own searches are faster)
_MAY_HOLD = regex.compile(
    r"(?i)pass|secret|token|key|auth|cookie|credential|sig|pwd|login|twine|mysql|mariadb"
    r"|sqlcmd|bcp|redis-cli|mongo|ldap|openssl|rabbitmqctl|htpasswd|stdin|with-token"
    r"|curl|://|-----|gh[pousr]_|github_pat_|gl(?:pat|rt|dt|ptt|cbt|oas|soat)-|AKIA|ASIA"
    r"|AIza|ya29\.|xox|xapp-|hooks\.slack|discord|CCIPAT_|npm_|pypi-|dckr_pat_|hvs\.|hf_"
    r"|sk-|[rs]k_|whsec_|SG\.|eyJ|LS0tLS1CRUdJTi|[A-Za-z0-9+/]{48}")
_QUICK = 2000


def redact(text: str) -> str:
    """Mask credentials (tokens, keys, passwords in URLs and assignments) in ``text``."""
    if len(text) <= _QUICK and _MAY_HOLD.search(text) is None:
        return text
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
        begins, ends = _alone(_KEY_BEGIN, text), _alone(_KEY_END, text)
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
