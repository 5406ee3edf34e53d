"""The history CLI: registration, help, errors, status, compact, the real entry point."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from triage.cli import build_parser
from triage.history.commands import COMMANDS, HISTORY_COMMANDS, register

from .conftest import SLUG, cli


def test_every_command_is_registered_and_documented() -> None:
    parser = argparse.ArgumentParser(prog="triage")
    sub = parser.add_subparsers()
    register(sub)
    assert set(COMMANDS) <= set(sub.choices)
    for name in COMMANDS:
        assert any(a.help for a in sub._choices_actions if a.dest == name)
    history = sub.choices["history"]
    help_text = history.format_help()
    for name in HISTORY_COMMANDS:
        assert name in help_text
    assert "history" in build_parser().format_help()


def test_reading_without_a_store_says_what_to_do(tmp_path: Path) -> None:
    code, _, err = cli(["clusters"], {"TRIAGE_HOME": str(tmp_path)})
    assert code == 4 and "run `triage history sync PROJECT`" in err


def test_status_and_compact(synced: dict[str, str]) -> None:
    code, out, _ = cli(["history", "status", "--format", "json"], synced)
    data = json.loads(out)
    assert code == 0 and data["kind"] == "status" and data["projects"][0]["project"] == SLUG
    assert data["parts"] > 3
    code, out, _ = cli(["history", "status"], synced)
    assert code == 0 and SLUG in out and "part files" in out


def test_compact_keeps_answers(synced: dict[str, str], tmp_path: Path) -> None:
    import shutil

    home = tmp_path / "home"
    shutil.copytree(Path(synced["TRIAGE_HOME"]), home)
    env = {**synced, "TRIAGE_HOME": str(home)}
    before = cli(["clusters", "--format", "json", "--top", "100"], env)[1]
    code, out, _ = cli(["history", "compact"], env)
    assert code == 0 and out.startswith("compacted ")
    assert len(list((home / "history" / "data" / "causes").rglob("*.parquet"))) <= 2
    assert cli(["clusters", "--format", "json", "--top", "100"], env)[1] == before


def test_the_installed_entry_point(synced: dict[str, str]) -> None:
    run = subprocess.run([sys.executable, "-m", "triage", "clusters", SLUG, "--top", "1"],
                         env={**synced, "PATH": ""}, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "clusters from" in run.stdout
