"""Envelopes and line cleaning."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from triage.decode import CircleCIEnvelope, clean_line, looks_like_circleci_json


def envelope(messages: list[str], truncated: bool = False) -> bytes:
    return json.dumps(
        [{"message": m, "time": "2024-05-01T10:00:00Z", "type": "out", "truncated": truncated}
         for m in messages]
    ).encode()


def run(data: bytes, cuts: list[int]) -> tuple[bytes, bool]:
    env = CircleCIEnvelope()
    out = b""
    prev = 0
    for c in sorted(set(cuts)) + [len(data)]:
        out += env.feed(data[prev:c])
        prev = c
    return out, env.truncated


def test_detects_circleci_json():
    assert looks_like_circleci_json(b'[{"message":"hi","time":null}]')
    assert looks_like_circleci_json(b'  \n[ {\n "type": "out"')
    assert not looks_like_circleci_json(b"[INFO] Scanning for projects...")
    assert not looks_like_circleci_json(b'[{"name": "x"}]')


def test_envelope_concatenates_messages_and_decodes_escapes():
    msgs = ["line 1\r\nline \"2\"\n", "tab\there \\ back\n", "snow \u2603 and \U0001F600 done\n"]
    out, trunc = run(envelope(msgs), [])
    assert out.decode() == "".join(msgs)
    assert trunc is False


def test_envelope_reports_truncated_flag():
    _out, trunc = run(envelope(["a\n"], truncated=True), [])
    assert trunc is True


def test_envelope_split_at_every_byte():
    msgs = ["a\u00e9\U0001F600 \"q\" \\ \n", "second\tline\n"]
    data = envelope(msgs) if True else b""
    data = data.replace("\u00e9".encode(), b"\\u00e9")  # force \\u escapes too
    expected = "".join(msgs).encode()
    for cut in range(len(data) + 1):
        out, _ = run(data, [cut])
        assert out == expected, cut


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=6), st.lists(st.integers(0, 400), max_size=8),
       st.booleans())
def test_envelope_is_chunk_independent(messages, cuts, ascii_only):
    data = json.dumps([{"message": m, "type": "out"} for m in messages],
                      ensure_ascii=ascii_only).encode()
    out, _ = run(data, [c % (len(data) + 1) for c in cuts])
    assert out.decode("utf-8", "replace") == "".join(messages).encode(
        "utf-8", "surrogatepass").decode("utf-8", "replace")


def test_clean_line_removes_ansi_prefixes_and_redraws():
    assert clean_line(b"\x1b[31mFAILED\x1b[0m x") == "FAILED x"
    assert clean_line(b"2024-07-08T16:59:08.1747875Z ##[error]boom") == "##[error]boom"
    assert clean_line(b"[task 2025-02-13T21:27:46.822Z] 21:27:46     INFO - ok") == "ok"
    # what Taskcluster's worker writes (seen in Treeherder logs)
    assert clean_line(b"[taskcluster:warn 2025-02-12T03:17:21.848Z] no such process") == (
        "no such process")
    assert clean_line(b"[volume 2025-02-12T03:17:21.848Z] mounted") == "mounted"
    assert clean_line(b"10%\r50%\r100%\r") == "100%"
    assert clean_line(b"a\x00b") == "ab"
    assert clean_line(b"bad \xff byte") == "bad \ufffd byte"
    assert clean_line(b"##[group]Run tests") == "Run tests"
    assert clean_line(b"x" * 50, limit=10) == "x" * 9 + "…"
