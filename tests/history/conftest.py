"""History fixtures: the fake CircleCI with months of history, stores in tmp dirs.

Real HTTP against the fake server, real Parquet and SQLite files; nothing of
ours is mocked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from triage.fakeci.harness import FakeCircleCI
from triage.fakeci.world import History, build_world
from triage.history.store import Store

from ..conftest import FAST_RETRY, cli

__all__ = ["FAST_RETRY", "cli"]

HIST = History(60, 5)
SLUG = "gh/hist/app"
SINCE = "2026-10-01"


@pytest.fixture(scope="session")
def hist_server() -> Iterator[FakeCircleCI]:
    with FakeCircleCI(["--history", f"{HIST.pipelines}x{HIST.jobs}"]) as fake:
        yield fake


@pytest.fixture()
def fake(hist_server: FakeCircleCI) -> Iterator[FakeCircleCI]:
    hist_server.reset()
    yield hist_server
    hist_server.reset()


@pytest.fixture(scope="session")
def world() -> Any:
    """The same deterministic world the fake serves (to compute expectations)."""
    return build_world(history=HIST).projects[SLUG]


def env_for(fake: FakeCircleCI, home: Path) -> dict[str, str]:
    return {"CIRCLECI_TOKEN": fake.token, "CIRCLECI_BASE_URL": fake.api_url,
            "TRIAGE_HOME": str(home)}


@pytest.fixture(scope="session")
def synced(hist_server: FakeCircleCI, tmp_path_factory: pytest.TempPathFactory
           ) -> dict[str, str]:
    """One full sync of gh/hist/app (shared, read-only): the env pointing at it."""
    home = tmp_path_factory.mktemp("synced-home")
    env = env_for(hist_server, home)
    hist_server.reset()
    code, _out, err = cli(["history", "sync", SLUG, "--since", SINCE], env)
    assert code == 0, err
    return env


def logical(root: Path) -> dict[str, Any]:
    """A store's logical content: every table's rows (sorted) and the catalog's facts."""
    out: dict[str, Any] = {}
    with Store(root) as store:
        for table in ("jobs", "causes", "tests"):
            df = store.scan(table).collect()
            out[table] = df.sort(df.columns, nulls_last=True)
    db = sqlite3.connect(root / "catalog.sqlite")
    try:
        out["catalog.jobs"] = sorted(db.execute("SELECT job_key, project, status, complete "
                                                "FROM jobs").fetchall())
        out["catalog.pipelines"] = sorted(db.execute("SELECT * FROM pipelines").fetchall())
        out["catalog.insights"] = sorted(db.execute("SELECT * FROM insights_flaky").fetchall())
        out["catalog.failures"] = sorted(db.execute("SELECT * FROM fetch_failures").fetchall())
    finally:
        db.close()
    return out


def assert_same(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert a.keys() == b.keys()
    for key in a:
        if isinstance(a[key], pl.DataFrame):
            assert a[key].height == b[key].height, key
            assert a[key].equals(b[key]), key
        else:
            assert a[key] == b[key], key
