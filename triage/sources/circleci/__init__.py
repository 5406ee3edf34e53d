"""CircleCI (cloud and Server) as a source of failed work to triage.

Configure nothing but a personal API token and a base URL
(:class:`Settings`); organisations and followed projects come from the token.

Modules, one job each:

- :mod:`.config` — token (never shown) and base URL; :mod:`.retry` — when to retry;
  :mod:`.http` — auth, retries, paging, concurrency, error translation;
- :mod:`.fields`, :mod:`.models` — replies validated once into typed models;
- :mod:`.api` — endpoints (v2, v1.1, private output) as async methods;
  :mod:`.client` — the blocking facade;
- :mod:`.targets` — project/pipeline/workflow/job from slugs, ids and URLs;
- :mod:`.logs` — failed steps streamed into the scanner; :mod:`.logtext` —
  cleaned text for ``triage logs``;
- :mod:`.merge`, :mod:`.summary`, :mod:`.collect` — the ``triage.summary/1``
  summary (documented in docs/summary.md); :mod:`.render` — text and markdown;
- :mod:`.commands` — the CLI commands.
"""

from __future__ import annotations

from .api import AsyncCircleCI
from .client import CircleCI
from .collect import summarise
from .config import Settings, Token
from .logs import JobScan, NodeReport, Unavailable, scan_job
from .summary import SUMMARY_SCHEMA, Summary
from .targets import Target, parse_target

__all__ = [
    "SUMMARY_SCHEMA",
    "AsyncCircleCI",
    "CircleCI",
    "JobScan",
    "NodeReport",
    "Settings",
    "Summary",
    "Target",
    "Token",
    "Unavailable",
    "parse_target",
    "scan_job",
    "summarise",
]
