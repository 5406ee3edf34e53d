"""``triage why`` ranks causes with history when the store has the project."""

from __future__ import annotations

import json
from typing import Any

from .conftest import SLUG, cli


def why(env: dict[str, str], *args: str) -> dict[str, Any]:
    code, out, err = cli(["why", *args, "--format", "json"], env)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def test_main_red_with_a_recurring_failure_is_broken_on_main(synced: dict[str, str]) -> None:
    data = why(synced, SLUG)
    assert data["pipeline"]["branch"] == "main"
    h = data["history"]
    assert h["rank_version"] == "history-rank/1" and h["default_branch"] == "main"
    assert h["broken_on_main"] is True
    top = data["causes"][0]
    assert "ConnectionRefusedError" in top["line"]
    assert top["history"]["label"] == "recurring" and top["history"]["broken_on_main"]
    assert top["history"]["seen_before"]["pipelines"] >= 2
    assert any(r.startswith("history: broken on main") for r in top["reasons"])
    assert top["score"] == top["history"]["score"]
    scores = [c["score"] for c in data["causes"]]
    assert scores == sorted(scores, reverse=True)


def test_first_failure_on_a_branch_is_new(synced: dict[str, str], world: Any) -> None:
    first = min(p.number for p in world.pipelines if p.branch == "feat/cart"
                and any(j.status == "failed" and j.name == "build"
                        for w in p.workflows for j in w.jobs))
    data = why(synced, str(first), "--project", SLUG)
    top = data["causes"][0]
    assert "error TS" in top["line"]
    assert top["history"]["label"] == "new" and top["history"]["new"] is True
    assert top["history"]["branch_point"]["estimated"] is True
    assert any("new: not seen before on feat/cart" in r for r in top["history"]["reasons"])
    later = max(p.number for p in world.pipelines if p.branch == "feat/cart")
    again = why(synced, str(later), "--project", SLUG)["causes"]
    ts = next(c for c in again if "error TS" in c["line"])
    assert ts["history"]["label"] == "recurring"
    assert ts["history"]["first_seen"]["pipeline"] == first


def test_failure_that_passed_on_rerun_is_flaky_and_demoted(synced: dict[str, str],
                                                           world: Any) -> None:
    rerun = max(p.number for p in world.pipelines if len(p.workflows) == 2
                and [j.name for j in p.workflows[1].jobs] == ["e2e"])
    data = why(synced, str(rerun), "--project", SLUG)
    causes = [c for c in data["causes"] if c["history"]["label"] == "flaky"]
    assert causes and all(c["history"]["flaky"]["passed_on_this_commit"] for c in causes)
    for c in causes:
        assert any(r.startswith("history: flaky:") and "(-" in r for r in c["reasons"])
        assert c["score"] < c["history"]["in_log_score"]


def test_text_output_has_a_history_block_and_no_history_opts_out(
        synced: dict[str, str]) -> None:
    code, out, _ = cli(["why", SLUG], synced)
    assert code == 0 and "\nHistory (" in out and "main is broken" in out
    assert "1. recurring:" in out
    data = why(synced, SLUG, "--no-history")
    assert "history" not in data and all("history" not in c for c in data["causes"])


def test_without_a_store_why_is_unchanged(synced: dict[str, str], tmp_path: Any) -> None:
    env = {**synced, "TRIAGE_HOME": str(tmp_path)}
    data = why(env, SLUG)
    assert "history" not in data
