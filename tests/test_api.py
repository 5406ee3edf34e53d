"""The public Python API."""

from __future__ import annotations

import importlib
import pkgutil

import triage
from triage import Scanner, scan

from .conftest import comparable

LOG = b"src/main.rs:3:5\nerror[E0308]: mismatched types\n  --> src/main.rs:4:18\n"


def test_all_is_exact_and_importable():
    for name in triage.__all__:
        assert hasattr(triage, name), name
    exported = {n for n in dir(triage) if not n.startswith("_")}
    modules = {m.name for m in pkgutil.iter_modules(triage.__path__)}
    assert exported - modules - set(triage.__all__) == set()


def test_scan_accepts_path_bytes_and_chunks(tmp_path):
    p = tmp_path / "build.log"
    p.write_bytes(LOG)
    by_path = comparable(scan(p))
    by_str = comparable(scan(str(p)))
    by_bytes = comparable(scan(LOG))
    by_chunks = comparable(scan(iter([LOG[:5], LOG[5:]])))
    assert by_path == by_str == by_bytes == by_chunks
    assert by_bytes["causes"][0]["rule"] == "rust.error_code"


def test_chunks_are_buffers_and_anything_else_is_a_clear_type_error():
    import pytest

    as_buffers = comparable(scan([bytearray(LOG[:7]), memoryview(LOG)[7:], b""]))
    assert as_buffers == comparable(scan(LOG))
    # iterating over bytes gives ints: each would be that many NUL bytes
    for bad, says in ((iter(LOG), "not int"), ([LOG.decode()], "not str"),
                      ([LOG, None], "not NoneType")):
        with pytest.raises(TypeError, match=says):
            scan(bad)
    s = Scanner()
    with pytest.raises(TypeError, match="encoded"):
        s.feed("error: boom\n")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        s.feed(300_000_000)  # type: ignore[arg-type]


def test_incremental_scanner():
    s = Scanner(name="job-1")
    for i in range(0, len(LOG), 4):
        s.feed(LOG[i:i + 4])
    r = s.finish()
    assert r.source.name == "job-1"
    assert r.causes[0].line == "error[E0308]: mismatched types"


def test_errors_module_tree():
    errors = importlib.import_module("triage.errors")
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.TriageError)
        assert name in errors.__doc__
