"""``python -m triage.fakeci``: run the fake CircleCI until interrupted.

Prints one JSON line ``{"api": URL, "output": URL, "token": TOKEN, "pid": N}``
on stdout once both listeners accept connections, and writes the same JSON
to ``--ready-file`` (atomically) when given.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from .faults import parse_fault_arg
from .server import FakeState, serve
from .world import Bench, History, build_world

DEMO_TOKEN = "fakeci-demo-token"


def _bench(text: str) -> Bench:
    try:
        jobs, nodes, mb = text.lower().split("x")
        return Bench(int(jobs), int(nodes), float(mb))
    except ValueError:
        raise argparse.ArgumentTypeError("expected JOBSxNODESxMB, e.g. 20x4x5") from None


def _history(text: str) -> History:
    try:
        pipelines, _, jobs = text.lower().partition("x")
        return History(int(pipelines), int(jobs or 5))
    except ValueError:
        raise argparse.ArgumentTypeError("expected PIPELINES[xJOBS], e.g. 400x5") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m triage.fakeci", description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="API port (0: any free port)")
    p.add_argument("--output-port", type=int, default=0, help="output host port (0: any)")
    p.add_argument("--ready-file", type=Path, help="write the ready JSON here")
    p.add_argument("--token", action="append", help=f"accepted token (default {DEMO_TOKEN})")
    p.add_argument("--latency-ms", type=float, default=0.0, help="added to every request")
    p.add_argument("--fault", action="append", default=[], metavar="PATH_REGEX=KIND[:TIMES]")
    p.add_argument("--logs-dir", type=Path, help="read NAME.log files here first")
    p.add_argument("--bench", type=_bench, metavar="JOBSxNODESxMB",
                   help="add project gh/bench/big with that many failed jobs/nodes/MB logs")
    p.add_argument("--history", type=_history, metavar="PIPELINES[xJOBS]",
                   help="add project gh/hist/app: that many pipelines (of JOBS jobs, default "
                   "5) over 28 days, with reruns, flaky, broken and new failures")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    tokens = frozenset(args.token or [DEMO_TOKEN])
    state = FakeState(world=build_world(args.logs_dir, args.bench, args.history), tokens=tokens,
                      latency_s=args.latency_ms / 1000.0)
    for spec in args.fault:
        state.faults.add(parse_fault_arg(spec))
    api, output = serve(state, args.host, args.port, args.output_port)
    ready = {
        "api": f"http://{args.host}:{api.server_address[1]}",
        "output": state.output_base,
        "token": sorted(tokens)[0],
        "pid": os.getpid(),
    }
    text = json.dumps(ready)
    if args.ready_file:
        tmp = args.ready_file.with_suffix(args.ready_file.suffix + ".tmp")
        tmp.write_text(text)
        tmp.replace(args.ready_file)
    print(text, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    api.shutdown()
    output.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
