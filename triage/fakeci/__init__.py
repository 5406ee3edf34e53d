"""A fake CircleCI for tests, benchmarks and ``triage demo``.

Run it as its own process: ``python -m triage.fakeci --port 0 --ready-file F``
(see :mod:`triage.fakeci.__main__`), or from Python with
:class:`triage.fakeci.harness.FakeCircleCI`. It serves a deterministic
organisation (:mod:`.world`) on a loopback API host and serves step output on a
second "presigned" host, with fault injection (:mod:`.faults`).
"""

from __future__ import annotations

from .harness import FakeCircleCI

__all__ = ["FakeCircleCI"]
