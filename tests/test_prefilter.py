"""The prefilter contract, the same for every backend."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.prefilter import available_backends, make_prefilter

BACKENDS = available_backends()
ANCHORS = [b"Error", b"rror:", b"FAIL", b"====", b"\xe2\x97\x8f"]


def _expected(block: bytes) -> list[tuple[int, int]]:
    out = []
    for i, a in enumerate(ANCHORS):
        p = block.find(a)
        while p >= 0:
            out.append((p + len(a), i))
            p = block.find(a, p + 1)
    return sorted(out)


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([b"Error", b"rror:", b"FAIL", b"==", b"\xe2\x97\x8f", b"x",
                                 b"\n", b"\xe2"]), max_size=30).map(b"".join))
def test_every_occurrence_and_the_lines_holding_one(backend, block):
    pf = make_prefilter(ANCHORS, backend)
    expected = _expected(block)
    assert pf.find(block) == expected
    for lo in (0, len(block) // 3):
        lines = sorted({block.rfind(b"\n", lo, end - len(ANCHORS[i])) + 1 or lo
                        for end, i in expected if end - len(ANCHORS[i]) >= lo})
        assert [start for start, _end in pf.line_spans(block, lo, len(block))] == lines
        ends = [block.find(b"\n", start) % (len(block) + 1) for start in lines]  # -1: the end
        assert pf.line_spans(block, lo, len(block)) == list(zip(lines, ends, strict=True))


@pytest.mark.parametrize("backend", BACKENDS)
def test_no_anchors_find_nothing(backend):
    pf = make_prefilter([], backend)
    assert pf.find(b"Error") == []
    assert pf.line_spans(b"Error", 0, 5) == []
