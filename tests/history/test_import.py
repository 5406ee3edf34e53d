"""``history import DIR``: local logs, sidecar metadata, file names, re-imports."""

from __future__ import annotations

import gzip
import json
import lzma
import shutil
from importlib import resources
from pathlib import Path

import polars as pl

from triage.history.store import Store

from .conftest import cli

DATA = Path(str(resources.files("triage.fakeci").joinpath("data")))


def test_import_a_directory_of_logs(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    (logs / "nested").mkdir(parents=True)
    shutil.copy(DATA / "pytest_assert_color.log", logs / "test-1042.log")
    shutil.copy(DATA / "pytest_pass.log", logs / "nested" / "test_1043.log")
    with gzip.open(logs / "lint#7.log.gz", "wb") as f:
        f.write((DATA / "eslint_errors.log").read_bytes())
    (logs / "build-8.log.xz").write_bytes(lzma.compress((DATA / "npm_eresolve.log").read_bytes()))
    shutil.copy(DATA / "tsc_pretty_color.log", logs / "typecheck.log")
    (logs / "typecheck.log.json").write_text(json.dumps({
        "project": "gh/acme/web", "branch": "feat/x", "commit": "abc123", "job": "tsc",
        "job_number": 99, "pipeline_number": 5, "started_at": "2026-11-01T10:00:00Z",
        "stopped_at": "2026-11-01T10:05:00Z"}))
    (logs / "broken.log").write_text("E   assert 1 == 2\n")
    (logs / "broken.log.json").write_text("{not json")
    (logs / ".hidden.log").write_text("ignored")
    env = {"TRIAGE_HOME": str(tmp_path / "home")}

    code, out, err = cli(["history", "import", str(logs), "--project", "local/web",
                          "--format", "json"], env)
    assert code == 0, err
    data = json.loads(out)
    assert data["kind"] == "import" and data["scanned"] == 5 and data["skipped"] == 0
    assert [f["path"] for f in data["failed"]] == [str(logs / "broken.log")]
    with Store(tmp_path / "home" / "history") as store:
        jobs = store.scan("jobs").collect()
        rows = {r["job_number"]: r for r in jobs.iter_rows(named=True)}
        assert sorted(rows) == [7, 8, 99, 1042, 1043]
        assert (rows[8]["job_name"], rows[8]["status"]) == ("build", "failed")
        assert (rows[1042]["job_name"], rows[1042]["status"]) == ("test", "failed")
        assert rows[1042]["project"] == "local/web" and rows[1042]["provider"] == "local"
        assert (rows[1043]["job_name"], rows[1043]["status"]) == ("test", "success")
        assert rows[7]["job_name"] == "lint" and rows[7]["category"] == "lint"
        tsc = rows[99]
        assert (tsc["project"], tsc["branch"], tsc["commit"], tsc["job_number"]) == (
            "gh/acme/web", "feat/x", "abc123", 99)
        assert tsc["duration_s"] == 300.0 and tsc["job_name"] == "tsc"
        tests = store.scan("tests").filter(pl.col("job_name") == "test").collect()
        assert "tests/test_calc.py::test_div_by_zero" in tests["test_id"].to_list()

    code, out, _ = cli(["history", "import", str(logs), "--project", "local/web"], env)
    assert code == 0 and "scanned 0, skipped 5" in out
    (logs / "test-1042.log").write_bytes((logs / "test-1042.log").read_bytes() + b"\n")
    code, out, _ = cli(["history", "import", str(logs), "--project", "local/web"], env)
    assert "scanned 1, skipped 4" in out  # a changed file is another job


def test_import_needs_a_directory(tmp_path: Path) -> None:
    code, _, err = cli(["history", "import", str(tmp_path / "nope")],
                       {"TRIAGE_HOME": str(tmp_path)})
    assert code == 2 and "not a directory" in err


def test_a_cut_off_compressed_log_is_recorded_as_far_as_it_reads(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    whole = gzip.compress((DATA / "pytest_assert_color.log").read_bytes(), mtime=0)
    (logs / "test-5.log.gz").write_bytes(whole[: len(whole) * 3 // 4])
    (logs / "lint-6.log").write_bytes(gzip.compress(b"ruff check\n", mtime=0))  # named plain
    (logs / "bundle-7.zip").write_bytes(b"PK\x03\x04" + b"\0" * 40)
    env = {"TRIAGE_HOME": str(tmp_path / "home")}
    code, out, err = cli(["history", "import", str(logs), "--project", "local/web",
                          "--format", "json"], env)
    assert code == 0, err
    data = json.loads(out)
    assert data["scanned"] == 2
    assert [f["path"] for f in data["partial"]] == [str(logs / "test-5.log.gz")]
    assert "gzip data ends early" in data["partial"][0]["message"]
    assert [f["path"] for f in data["failed"]] == [str(logs / "bundle-7.zip")]
    assert "zip archive" in data["failed"][0]["message"]
    with Store(tmp_path / "home" / "history") as store:
        rows = {r["job_number"]: r for r in store.scan("jobs").collect().iter_rows(named=True)}
    assert rows[5]["log_complete"] is False and rows[5]["status"] == "failed"
    assert rows[6]["log_complete"] is True and rows[6]["job_name"] == "lint"
    # in text, and again: what is stored already is neither scanned nor listed again
    (logs / "test-5.log.gz").rename(logs / "test-8.log.gz")
    (logs / "test-9.log.gz").write_bytes(whole[: len(whole) // 2])
    code, out, _ = cli(["history", "import", str(logs), "--project", "local/web"], env)
    assert out.splitlines()[0] == (f"imported {logs} as local/web: scanned 1, skipped 2 "
                                   "already stored, failed 1, read in part 1")
    assert out.splitlines()[-1].startswith(f"  ! {logs / 'test-9.log.gz'}: the gzip data ends")



def test_a_log_is_inflated_once_as_scan_does(tmp_path: Path) -> None:
    from triage import scan

    logs = tmp_path / "logs"
    logs.mkdir()
    text = (DATA / "pytest_assert_color.log").read_bytes()
    twice = gzip.compress(gzip.compress(text, mtime=0), mtime=0)
    (logs / "twice-1.log.gz").write_bytes(twice)
    # a log that itself starts with an archive's magic bytes, compressed
    (logs / "odd-2.log.gz").write_bytes(gzip.compress(b"PK\x03\x04 " + text, mtime=0))
    env = {"TRIAGE_HOME": str(tmp_path / "home")}
    code, out, err = cli(["history", "import", str(logs), "--format", "json"], env)
    assert code == 0, err
    data = json.loads(out)
    assert data["scanned"] == 2 and data["failed"] == [] and data["partial"] == []
    with Store(tmp_path / "home" / "history") as store:
        rows = {r["job_number"]: r for r in store.scan("jobs").collect().iter_rows(named=True)}
    assert rows[1]["status"] == scan(logs / "twice-1.log.gz").status == "unknown"
    assert rows[1]["log_bytes"] == len(gzip.compress(text, mtime=0))
    assert rows[2]["status"] == "failed" and scan(logs / "odd-2.log.gz").status == "failed"


def test_a_github_log_archive_gives_a_job_per_whole_job_log(tmp_path: Path) -> None:
    import zipfile

    logs = tmp_path / "logs"
    logs.mkdir()
    pytest_log = (DATA / "pytest_assert_color.log").read_bytes()
    eslint_log = (DATA / "eslint_errors.log").read_bytes()
    archive = logs / "run-314.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("1_test (3.11).txt", pytest_log)
        zf.writestr("2_lint.txt", eslint_log)
        for job, log in (("test (3.11)", pytest_log), ("lint", eslint_log)):
            half = log.count(b"\n") // 2
            lines = log.splitlines(keepends=True)
            zf.writestr(f"{job}/1_Set up job.txt", b"".join(lines[:half]))
            zf.writestr(f"{job}/2_Run.txt", b"".join(lines[half:]))
        zf.writestr("extra/notes.log.gz", gzip.compress(b"ruff check\n", mtime=0)[:-6])
    (logs / "run-314.zip.json").write_text(json.dumps({
        "branch": "main", "commit": "c0ffee", "pipeline_number": 314, "job": "ignored"}))
    env = {"TRIAGE_HOME": str(tmp_path / "home")}
    code, out, err = cli(["history", "import", str(logs), "--project", "gh/acme/web",
                          "--format", "json"], env)
    assert code == 0, err
    data = json.loads(out)
    assert data["scanned"] == 3 and data["failed"] == []
    assert [(f["path"], f["files"]) for f in data["not_read"]] == [
        (f"{archive}/test (3.11)/", 2), (f"{archive}/lint/", 2)]
    assert [f["path"] for f in data["partial"]] == [f"{archive}/extra/notes.log.gz"]
    assert "gzip data ends early" in data["partial"][0]["message"]
    with Store(tmp_path / "home" / "history") as store:
        rows = {r["job_name"]: r for r in store.scan("jobs").collect().iter_rows(named=True)}
    assert set(rows) == {"test (3.11)", "lint", "notes"}
    assert rows["test (3.11)"]["status"] == "failed" and rows["lint"]["status"] == "failed"
    assert {r["commit"] for r in rows.values()} == {"c0ffee"}
    assert {r["pipeline_number"] for r in rows.values()} == {314}
    assert rows["notes"]["log_complete"] is False and rows["lint"]["log_complete"] is True
    # again, in text: nothing is stored twice, the folders not read are still said
    code, out, _ = cli(["history", "import", str(logs), "--project", "gh/acme/web"], env)
    assert out.splitlines()[0] == (f"imported {logs} as gh/acme/web: scanned 0, skipped 3 "
                                   "already stored, failed 0")
    assert (f"  - {archive}/lint/ (2 files) not read: per-step files of the job whose whole "
            "log is 2_lint.txt") in out


def test_no_secret_of_a_log_reaches_the_store(tmp_path: Path) -> None:
    token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "test-5.log").write_text(
        f"export GITHUB_TOKEN={token}\n"
        f"FAILED tests/test_x.py::test_login[{token}] - AssertionError: token={token}\n"
        f"npm ERR! 401 Unauthorized - authentication token npm_k2Jd8sLq0Wm4Xz7Rt1Yp5Nv93820571Bc6Ha\n")
    env = {"TRIAGE_HOME": str(tmp_path / "home")}
    code, _out, err = cli(["history", "import", str(logs), "--project", "local/web"], env)
    assert code == 0, err
    with Store(tmp_path / "home" / "history") as store:
        tables = [store.scan(name).collect() for name in ("jobs", "causes", "tests")]
        stored = json.dumps([t.to_dicts() for t in tables], default=str)
        assert "test_login[<redacted:github-token>]" in stored
        for piece in ("abcdefghijklmnopqrstuvwxyz", "k2Jd8sLq0Wm4Xz7Rt1Yp5Nv9"):
            assert piece not in stored
        causes = tables[1]
        assert any("<redacted:npm-token>" in s for s in causes["signature"].to_list())


def test_the_history_of_imported_logs_is_read_by_their_project_name(tmp_path: Path) -> None:
    logs = tmp_path / "web"
    logs.mkdir()
    shutil.copy(DATA / "pytest_assert_color.log", logs / "test-1.log")
    shutil.copy(DATA / "eslint_errors.log", logs / "lint-2.log")
    other = tmp_path / "api"
    other.mkdir()
    shutil.copy(DATA / "npm_eresolve.log", other / "build-3.log")
    env = {"TRIAGE_HOME": str(tmp_path / "home")}
    code, out, err = cli(["history", "import", str(logs), "--format", "json"], env)
    assert code == 0, err
    assert json.loads(out)["project"] == "local/web"  # the default: the directory's name
    code, out, err = cli(["history", "import", str(other), "--project", "local/api",
                          "--format", "json"], env)
    assert code == 0 and json.loads(out)["project"] == "local/api", err

    def clusters(*args: str) -> dict:
        code, out, err = cli(["clusters", *args, "--format", "json"], env)
        assert code == 0, err
        return json.loads(out)

    everything, web = clusters(), clusters("local/web")
    assert web["window"]["projects"] == ["local/web"]
    assert web["failed_jobs"] == 2 and everything["failed_jobs"] == 3
    assert {p for c in web["clusters"] for p in (c["first_seen"]["project"],)} == {"local/web"}
    code, out, err = cli(["history", "show", web["clusters"][0]["id"], "--project", "local/web",
                          "--format", "json"], env)
    assert code == 0 and {r["project"] for r in json.loads(out)["timeline"]} == {"local/web"}, err
    # a CircleCI project is stored by its slug, however it was written
    github = tmp_path / "gh"
    github.mkdir()
    shutil.copy(DATA / "pytest_assert_color.log", github / "test-4.log")
    code, out, err = cli(["history", "import", str(github), "--project", "github/acme/web"], env)
    assert code == 0 and " as gh/acme/web:" in out, err
    assert clusters("bitbucket/acme/web")["failed_jobs"] == 0
    assert clusters("github/acme/web")["failed_jobs"] == clusters("gh/acme/web")["failed_jobs"] == 1
    code, out, err = cli(["flaky", "local/api"], env)
    assert code == 0, err
    code, out, err = cli(["report", "local/web", "--html", str(tmp_path / "r.html")], env)
    assert code == 0 and (tmp_path / "r.html").is_file(), err
