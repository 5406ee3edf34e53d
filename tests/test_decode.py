"""Envelopes and line cleaning."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from triage import scan
from triage.decode import CircleCIEnvelope, clean_line, looks_like_circleci_json

from .conftest import comparable


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
    return out + env.finish(), env.truncated


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


def ones(data: bytes) -> list[bytes]:
    return [data[i : i + 1] for i in range(len(data))]


def test_a_cut_off_message_keeps_its_last_line_whatever_the_chunking():
    data = (b'[{"message": "collecting ... collected 3 items\\nrunning tests\\n'
            b'FAILED tests/x.py::t - assert 1 == 2')
    for r in (scan(data), scan([data[:-5], data[-5:]]), scan(ones(data))):
        assert r.source.lines == 3 and r.source.problem is not None
        assert [t.id for t in r.failing_tests] == ["tests/x.py::t"]


def test_text_after_the_closed_array_is_scanned_too():
    # a plain log whose first line is a JSON array (actionlint -format '{{json .}}')
    data = (b'[{"type": "lint", "time": 0.2, "message": "ok"}]\n'
            b"FAILED tests/test_x.py::test_a - assert 1 == 2\n")
    for r in (scan(data), scan(ones(data))):
        assert r.status == "failed" and r.failing_tests[0].id == "tests/test_x.py::test_a"
    # CircleCI's own newline after the array is not a line of the log
    assert scan(envelope(["a\n", "b\n"]) + b"\n").source.lines == 2


ODD_JSON = [b"\\ud83d", b"\\ude00", b"\\u-001", b"\\uzzzz", b"\\u12", b"\\u00e9", b"\\n", b"\\r",
            b"\\\\", b'\\"', b'"', b"x", b"E   assert 1 == 2 ", b"\xff", b"\xc3\xa9", b" ", b"\\"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ODD_JSON), max_size=30), st.lists(st.integers(0, 400), max_size=8),
       st.booleans())
def test_odd_escapes_decode_one_way_whatever_the_chunking(pieces, cuts, closed):
    # lone surrogates, invalid \\u escapes, a stream cut inside an escape: never a crash,
    # and the same text whole, in 1-byte chunks or split anywhere
    data = b'[{"message": "' + b"".join(pieces) + (b'"}]' if closed else b"")
    whole, _ = run(data, [])
    assert run(data, list(range(len(data))))[0] == whole
    assert run(data, [c % (len(data) + 1) for c in cuts])[0] == whole


def test_lone_surrogates_become_replacement_characters_in_place():
    data = envelope(["E   assert 1 == 2 \ud83d(x) \ud83dX\ude00 \ud83d\ude00\n"])
    out, _ = run(data, [])
    assert out.decode() == "E   assert 1 == 2 \ufffd(x) \ufffdX\ufffd \U0001f600\n"
    assert run(data, list(range(len(data))))[0] == out


def test_whitespace_inside_the_opening_brackets_does_not_change_the_envelope():
    data = (b"[" + b" " * 70 + b'{"message": "FAILED tests/x.py::t - assert 1\\n", "type": "out"}]')
    assert comparable(scan(data)) == comparable(scan(ones(data)))
    assert scan(data).source.envelope == "circleci-json"


def test_a_byte_order_mark_is_not_part_of_the_first_line():
    data = b"\xef\xbb\xbf2024-05-14T10:22:33.1234567Z FAILED tests/x.py::t - assert 1\n"
    for r in (scan(data), scan(ones(data))):
        assert r.status == "failed" and r.causes[0].line == "FAILED tests/x.py::t - assert 1"
    assert scan(b"\xef\xbb\xbf" + envelope(["FAILED tests/x.py::t - assert 1\n"])).source.envelope == (
        "circleci-json")


def test_utf16_output_loses_its_escapes_and_prefixes_with_its_nul_bytes():
    line = "2024-05-14T10:22:33.1234567Z \x1b[31mFAILED\x1b[0m tests/x.py::t - assert 1"
    assert clean_line(line.encode("utf-16-le")) == "FAILED tests/x.py::t - assert 1"


def test_much_whitespace_after_the_array_counts_the_same_however_it_is_split():
    head = b'[{"message":"error: one\\n","type":"out"}]'
    space, text = b"\n" * ((1 << 20) + 5), b"error: after\n"
    whole = scan(head + space + text)
    for chunks in ([head + space, text], [head, space, text], [head, space[:9], space[9:], text]):
        assert comparable(scan(iter(chunks))) == comparable(whole)
    assert whole.causes[0].line_number == 1 or whole.causes[-1].line_number > (1 << 20)
