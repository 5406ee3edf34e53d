"""Where logs come from: the I/O shell around the pure scanning core.

Each source turns outside data (CircleCI's API, later Jenkins, files) into
byte streams fed to :class:`triage.scanner.Scanner` and into typed models,
validated once at the edge. Nothing under ``triage.sources`` is imported by the
pure core (decode ... report).

- :mod:`triage.sources.circleci` — CircleCI cloud and Server (API v2, v1.1 and
  the private output route), streaming step logs, workflow/pipeline summaries
  (``triage.summary/1``) and the ``connect/status/workflows/jobs/logs/tests/why/demo``
  commands.
"""

from __future__ import annotations

__all__: list[str] = []
