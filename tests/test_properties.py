"""Invariants, checked with generated input (hypothesis).

* the report is identical for every chunking of the same bytes;
* CircleCI step output gives the same report as the plain text it wraps,
  however the text is split into messages;
* every prefilter backend gives the same report;
* the prefilter changes speed, never results (on or off: same report);
* so do the shortcuts for lines and sections seen before;
* signature masking is idempotent, and masking a line with only the masks that
  can match in it gives what all of them give;
* redacting a redacted text or excerpt changes nothing (renderers redact built reports
  again);
* no input bytes crash the scanner.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage import ScanOptions, scan
from triage.compressed import SNIFF_BYTES, sniff
from triage.decode import clean_line, clean_lines
from triage.errors import InputError
from triage.lines import line_starts
from triage.matcher import ConfirmMemo, captures, confirm_lines
from triage.prefilter import available_backends
from triage.redact import redact, redact_lines
from triage.rules import load_rules
from triage.signatures import _COMBINED, _pass_for, _replace, mask

from .conftest import comparable

RULES = load_rules()
EXAMPLES = sorted({ex for r in RULES.rules if not r.follow_only for ex in r.examples})
#: lines that only count under a section (a traceback's exception, go's t.Error line ...)
SECTION_LINES = sorted({ex for r in RULES.rules if r.follow_only for ex in r.examples})
BENIGN = [
    "collecting ... collected 12 items",
    "[INFO] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0",
    "Found existing installation: pip 23.0",
    "#12 DONE 0.3s",
    "ok  \texample.com/m\t0.01s",
    "    at Object.<anonymous> (src/sum.test.js:3:10)",
    "  File \"x.py\", line 3, in <module>",
    "Traceback (most recent call last):",
    "ValueError: bad value 42",
    "",
    "    indented detail",
    "Downloading https://files/x.whl (2.1 MB)",
    "test result: ok. 4 passed; 0 failed; 0 ignored",
    "thread 'main' panicked at src/lib.rs:2:5:",
    "* What went wrong:",
    "Execution failed for task ':app:test'.",
    "-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html",
    "  warnings.warn(pytest.PytestUnraisableExceptionWarning(msg))",
    "=========================== short test summary info ============================",
    "=== RUN   TestCloud_configWithEnvVars",  # where go.test_fail's examples' output starts
    "=== RUN   TestFoo/sub_case",
    "  console.error",
    "-------------------------------- live log call ---------------------------------",
]
DECOR = st.sampled_from(["", "\x1b[31m", "2024-05-14T10:22:33.1234567Z ", "\x1b[1m\x1b[32m"])
LINE = st.one_of(st.sampled_from(EXAMPLES), st.sampled_from(SECTION_LINES),
                 st.sampled_from(BENIGN), st.text(max_size=30))


@st.composite
def logs(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(st.tuples(DECOR, LINE), min_size=1, max_size=40))
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    text = eol.join(d + s + ("\x1b[0m" if d.startswith("\x1b") else "") for d, s in lines)
    if draw(st.booleans()):
        text += eol
    return text.encode("utf-8", "surrogatepass")


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    out, prev = [], 0
    for p in points + [len(data)]:
        out.append(data[prev:p])
        prev = p
    return out


SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(logs(), st.lists(st.integers(min_value=0), max_size=12))
def test_report_is_independent_of_chunking(data, cuts):
    whole = comparable(scan(data))
    assert comparable(scan(split(data, cuts))) == whole


@settings(max_examples=25, deadline=None)
@given(logs())
def test_one_byte_chunks(data):
    assert comparable(scan([data[i:i + 1] for i in range(len(data))])) == comparable(scan(data))


@SETTINGS
@given(logs(), st.lists(st.integers(min_value=0), max_size=6), st.booleans())
def test_circleci_envelope_gives_the_same_report(data, cuts, ascii_only):
    text = data.decode("utf-8", "replace")
    data = text.encode()
    points = sorted({c % (len(text) + 1) for c in cuts})
    msgs, prev = [], 0
    for p in points + [len(text)]:
        msgs.append(text[prev:p])
        prev = p
    wrapped = json.dumps([{"message": m, "time": "2024-01-01T00:00:00Z", "type": "out",
                           "truncated": False} for m in msgs], ensure_ascii=ascii_only).encode()
    a, b = comparable(scan(data)), comparable(scan(wrapped))
    for d in (a, b):
        d["source"].pop("bytes")
        d["source"].pop("envelope")
    assert a == b


@SETTINGS
@given(logs())
def test_all_backends_agree(data):
    reports = [comparable(scan(data, options=ScanOptions(backend=b)))
               for b in available_backends()]
    assert len(reports) >= 2
    assert all(r == reports[0] for r in reports)


@SETTINGS
@given(logs(), st.lists(st.tuples(st.integers(0, 6), st.sampled_from([0, 1, 2])), max_size=4))
def test_repeated_lines_share_hits_without_changing_them(data, passes):
    """Confirming with the memo of lines seen before (the same log once more, in any
    order, with the same or other candidate rules) gives each line the hits that
    confirming it alone gives."""
    def tried(part: int) -> set[int]:  # all rules, or every other one
        return {i for i in range(len(RULES.rules)) if part == 2 or i % 2 == part}

    def plain(got):
        return sorted((ls, text, [(i, captures(m)) for i, m in hits]) for ls, text, hits in got)

    starts = line_starts(data, 0, len(data))
    memo: ConfirmMemo = {}
    for k, part in [(0, 2), *passes]:
        cands = [(ls, tried(part)) for ls in starts]
        alone = plain(confirm_lines(data, cands, len(data), 4096, RULES.rules))
        cands = cands[k:] + cands[:k]
        assert plain(confirm_lines(data, cands, len(data), 4096, RULES.rules, memo)) == alone


#: section starts with the lines their follow looks for (its target's examples)
SECTIONS = [(r.examples, RULES.rule(r.follow.emit).examples) for r in RULES.rules
            if r.follow is not None and r.follow.emit is not None]


@st.composite
def repetitive_logs(draw: st.DrawFn) -> bytes:
    """Logs of a few distinct lines, each repeated many times in any order: failures,
    section starts and their targets, warning-output sections, benign lines."""
    kinds = draw(st.lists(st.tuples(DECOR, LINE), min_size=1, max_size=8))
    for starts, targets in draw(st.lists(st.sampled_from(SECTIONS), max_size=2)):
        kinds.append(("", draw(st.sampled_from(starts))))
        kinds.append(("", draw(st.sampled_from(targets))))
    order = draw(st.lists(st.integers(0, len(kinds) - 1), min_size=1, max_size=120))
    return "\n".join(kinds[k][0] + kinds[k][1] for k in order).encode("utf-8", "surrogatepass")


@SETTINGS
@given(repetitive_logs(), st.lists(st.integers(min_value=0), max_size=4), st.booleans())
def test_shortcuts_for_repeats_change_speed_not_results(data, cuts, prefilter):
    """Lines that repeat one seen before (only counted again), follows that take the
    result of the one before them, lines remembered by their bytes: the report is the
    one every line worked out afresh gives, with every cause shown."""
    from triage.scanner import Scanner

    options = ScanOptions(top=1000, prefilter=prefilter)
    fast = comparable(scan(split(data, cuts), options=options))
    Scanner._shortcuts = False
    try:
        slow = comparable(scan(split(data, cuts), options=options))
    finally:
        Scanner._shortcuts = True
    assert fast == slow


@SETTINGS
@given(logs())
def test_prefilter_changes_speed_not_results(data):
    on = comparable(scan(data))
    off = comparable(scan(data, options=ScanOptions(prefilter=False)))
    assert on == off




def made_of(pieces: list[str], size: int, *samples: list[str]) -> st.SearchStrategy[str]:
    """Texts of up to ``size`` of ``pieces`` joined, any text, or one of ``samples``."""
    return st.one_of(st.lists(st.sampled_from(pieces), max_size=size).map("".join), st.text(),
                     *(st.sampled_from(s) for s in samples))


#: pieces of what each mask matches, and of near misses, for texts that hit them
MASK_PIECES = ["-", ":", ".", "0x", "0X", "/tmp/x", "/var/folders/a", "C:\\Users\\a\\",
               "\\AppData\\Local\\Temp\\b", "pid ", "PID=", "proceſs ", "thread#", " ",
               "T", "Z", "+02:00", "ms", "s", "a", "f", "F", "g", "_", "1", "12", "2024", "255",
               "deadbeef", "٣", "µs", "\t",
               # whole tokens of each mask, which the cheap tests must let through
               "550e8400-e29b-41d4-a716-446655440000", "2024-05-14T10:22:33.5Z", "2024-05-14",
               "12:34:56", "0xdeadbeef", "10.0.0.1:8080", "abc1234ef", "/tmp/a/b", "3.5s",
               "pid 42", "Thread-7", "1.2.3"]


@settings(max_examples=600, deadline=None)
@given(made_of(MASK_PIECES + ["THREAD0", "]", "é", "abcdef1", "px"], 12, EXAMPLES + BENIGN))
def test_masking_is_idempotent(text):
    once = mask(text)
    assert mask(once) == once


@pytest.mark.parametrize("text", ["]123THREAD0-", "1.2abcdef1", "é1a2b3c4123", "x12px"])
def test_masking_is_idempotent_where_a_token_comes_to_touch_a_word(text):
    once = mask(text)
    assert mask(once) == once


@settings(max_examples=500, deadline=None)
@given(made_of(MASK_PIECES, 40, EXAMPLES + BENIGN))
def test_masking_tries_only_what_can_match(text):
    assert _pass_for(text).sub(_replace, text) == _COMBINED.sub(_replace, text)


SECRET_PIECES = ["ghp_abcdefghijklmnopqrstuvwxyz0123456789", "AKIAABCDEFGHIJKLMNOP",
                 "npm_k2Jd8sLq0Wm4Xz7Rt1Yp5Nv93820571Bc6Ha", "eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl",
                 "Authorization: Bearer ", "password=", "TOKEN: ", "?token=", "&sig=", "'",
                 "\"", "https://user:", "@example.com/x", "hunter2", "-----BEGIN RSA PRIVATE KEY-----",
                 " ", "=", ":", "<redacted>", "x", "circle-token: ", '"abcd"', ",",
                 '"password": ', "--token ", "docker login -p ", "mysql -p", "-",
                 "-----END PRIVATE KEY-----", "\\n", "sk-proj-abcdefghijklmnopqrstuvwx",
                 "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj", "X-Api-Key: ",
                 "=>", '\\"', "curl -u ", "sshpass -p", "***", "[secure]", "Cookie: a=", "pass:",
                 "-passout ", "DB_PASS", "'-p", "Pwd=", "::", "https://", "AIzaSyA1234567890abcdefghijklmnopqrstuv",
                 "sqlcmd -P ", "redis-cli -a ", "mongosh -p ", "ldapsearch -w ", "vault login ",
                 ":_authToken ", "openssl enc -k ", "aws configure set key ", "MYSQL_PWD=", "-ubob:",
                 "rabbitmqctl add_user ", "htpasswd -b ", "echo ", " | docker login --password-stdin",
                 "--with-token <<< ", "$"]


@settings(max_examples=400, deadline=None)
@given(made_of(SECRET_PIECES, 12))
def test_redacting_twice_is_redacting_once(text):
    once = redact(text)
    assert redact(once) == once


@settings(max_examples=400, deadline=None)
@given(made_of(SECRET_PIECES, 12, EXAMPLES + BENIGN))
def test_a_text_passed_over_by_the_quick_search_holds_nothing_to_redact(text):
    from triage.redact import _MAY_HOLD, _SECRETS
    if _MAY_HOLD.search(text) is None:
        assert all(pat.search(text) is None for pat, _r in _SECRETS)


KEY_LINES = ["-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----",
             "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCTmR3ju6cBMbPk", "abc=", "",
             "x y", "<redacted:private-key>", "password=abcd"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(KEY_LINES), max_size=8))
def test_redacting_an_excerpt_twice_is_redacting_it_once(lines):
    once = redact_lines(lines)
    assert redact_lines(once) == once


def test_masking_tries_only_what_can_match_in_every_pair_of_pieces():
    texts = [a + sep + b for a in MASK_PIECES for b in MASK_PIECES for sep in ("", " ")]
    differ = [t for t in texts if _pass_for(t).sub(_replace, t) != _COMBINED.sub(_replace, t)]
    assert differ == []


#: starts of compressed logs, so that random bytes also exercise their decompressors
MAGICS = [b"", b"", b"\x1f\x8b\x08", b"BZh91AY&SY", b"\xfd7zXZ\x00"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(MAGICS), st.binary(max_size=2000),
       st.lists(st.integers(min_value=0), max_size=5))
def test_no_bytes_crash_the_scanner(magic, body, cuts):
    """Any bytes give a report; only an archive's first bytes give an error instead."""
    data = magic + body
    try:
        r = scan(split(data, cuts))
    except InputError:
        with pytest.raises(InputError):
            sniff(data[:SNIFF_BYTES])
        return
    assert r.status in ("failed", "passed", "unknown")
    assert r.source.bytes == len(data)
    if magic:  # random bytes are never a whole compressed stream
        assert r.source.compression is not None
        assert r.source.problem and r.source.truncated


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(logs(), st.integers(min_value=1, max_value=64), st.lists(st.integers(min_value=0),
                                                                  max_size=6),
       st.sampled_from([24, 64, 256 * 1024]), st.integers(min_value=0))
def test_parallel_prefilter_gives_the_same_report(tmp_path, data, segment, cuts, cap, grown):
    """Worker processes confirming lines of file segments change speed, not results;
    also when the file grew after its size was taken for them (a live log): the lines
    past that size are confirmed in process."""
    from triage.parallel import ParallelMatches, parallel_supported
    from triage.scanner import Scanner

    if not parallel_supported():
        return
    path = tmp_path / "log.txt"
    path.write_bytes(data)
    options = ScanOptions(line_cap=cap)
    s = Scanner(name="x", options=options)
    assert s._pf is not None
    size = len(data) - grown % (len(data) + 1)  # what the file held when it was sized
    s._matches = ParallelMatches(str(path), size, s._pf, s.rules, s._lens,
                                 s.options.line_cap, workers=2, segment=segment)
    try:
        for chunk in split(data, cuts):
            s.feed(chunk)
        got = comparable(s.finish())
    finally:
        s._matches.close()
    assert got == comparable(scan(data, options=options))


PIECES = st.sampled_from([
    b"2024-05-14T10:22:33.1234567Z ", b"[task 2024-05-14T10:22:33.123Z] ", b"\x1b[31m",
    b"\x1b[0m", b"\x1b]8;;http://x\x07", b"\x1b]0;title", b"##[group]", b"##[endgroup]",
    b"job\tstep\t2024-05-14T10:22:33.1Z ", b"10:22:33     INFO - ", b"\t", b"\r", b"\x00",
    b"\xe2\x97", b"\xe2\x97\x8f", b"\xff", b"E   assert 1 == 2", b"FAILED t.py::x", b" ",
])
RAW_LINE = st.lists(st.one_of(PIECES, st.binary(max_size=8)), max_size=8).map(
    lambda parts: b"".join(parts).replace(b"\n", b""))


@settings(max_examples=400, deadline=None)
@given(st.lists(RAW_LINE, max_size=12), st.sampled_from([8, 40, 1000]), st.booleans())
def test_cleaning_lines_together_is_cleaning_each(raws, limit, plain):
    if plain:  # mostly what the batch path sees: no carriage return, no NUL
        raws = [r.replace(b"\r", b"").replace(b"\x00", b"") for r in raws]
    assert clean_lines(raws, limit) == [clean_line(r, limit) for r in raws]


RANGES = st.lists(st.tuples(st.integers(0, 300), st.integers(0, 80),
                            st.sampled_from(["TestA", "TestB", "TestC"])), max_size=30)


@settings(max_examples=300, deadline=None)
@given(RANGES, st.lists(st.integers(0, 400), min_size=1, max_size=3))
def test_the_owner_of_an_offset_is_the_first_range_listed_that_holds_it(ranges, offsets):
    from triage.rank import _Owners

    listed = [(s, s + n, t) for s, n, t in ranges]
    first = next(((k, t) for k, (s, e, t) in enumerate(listed)
                  if any(s <= at < e for at in offsets)), None)
    assert _Owners(listed).owner(*offsets) == first
