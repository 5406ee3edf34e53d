"""History: months of CI jobs in a local store, clustered, with flaky and new failures.

Modules, one job each:

- :mod:`.records` — typed per-job records; :mod:`.store` — the append-only
  Parquet dataset and its write protocol; :mod:`.catalog` — the SQLite catalog
  of what has been scanned;
- :mod:`.sync` — batch from CircleCI; :mod:`.importer` — directories of local logs;
- :mod:`.similarity` — near-duplicate signatures merged; :mod:`.cluster` —
  failures grouped across jobs, branches and projects (Polars);
- :mod:`.flaky` — flaky tests and jobs; :mod:`.novelty` — new, recurring,
  flaky, infrastructure, broken on main; :mod:`.scoring` — one explainable
  score per cause across history;
- :mod:`.html` — the self-contained HTML report; :mod:`.commands` — the CLI.

Schemas and layout: docs/history.md.
"""

from __future__ import annotations

from .records import CauseRecord, JobRecord, TestRecord
from .store import Store

__all__ = ["CauseRecord", "JobRecord", "Store", "TestRecord"]
