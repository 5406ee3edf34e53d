"""Run the fake CircleCI as a subprocess and drive its control routes.

Contract: :meth:`FakeCircleCI.start` returns once both listeners accept
connections (the ready file is written after binding), or raises
``RuntimeError`` with the process's stderr; :meth:`stop` terminates only the
process it started (by its pid) and waits for it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

__all__ = ["FakeCircleCI"]


class FakeCircleCI:
    """``with FakeCircleCI() as fake: fake.api_url, fake.token ...``"""

    def __init__(self, args: Sequence[str] = (), *, timeout_s: float = 20.0) -> None:
        self.args = list(args)
        self.timeout_s = timeout_s
        self.api_url = ""
        self.output_url = ""
        self.token = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._http: httpx.Client | None = None

    def __enter__(self) -> FakeCircleCI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> FakeCircleCI:
        self._tmp = tempfile.TemporaryDirectory(prefix="fakeci-")
        ready = Path(self._tmp.name) / "ready.json"
        err_path = Path(self._tmp.name) / "stderr.txt"
        with open(err_path, "wb") as err:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "triage.fakeci", "--port", "0",
                 "--ready-file", str(ready), *self.args],
                stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + self.timeout_s
        while not ready.exists():
            if self._proc.poll() is not None or time.monotonic() > deadline:
                message = err_path.read_text(errors="replace")[-2000:]
                self.stop()
                raise RuntimeError(f"fake CircleCI did not start: {message}")
            time.sleep(0.02)
        info = json.loads(ready.read_text())
        self.api_url, self.output_url, self.token = info["api"], info["output"], info["token"]
        self._http = httpx.Client(base_url=self.api_url, timeout=10.0)
        return self

    def stop(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.terminate()
                try:
                    self._proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                    self._proc.wait()
            self._proc = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    # -- control ---------------------------------------------------------------

    def _control(self) -> httpx.Client:
        if self._http is None:
            raise RuntimeError("the fake CircleCI is not running")
        return self._http

    def fault(self, path: str, kind: str = "status", **fields: Any) -> None:
        """Add a fault (see :mod:`triage.fakeci.faults`)."""
        body = {"path": path, "kind": kind, **fields}
        self._control().post("/_fake/faults", json=body).raise_for_status()

    def clear_faults(self) -> None:
        self._control().delete("/_fake/faults").raise_for_status()

    def requests(self) -> list[dict[str, Any]]:
        data: list[dict[str, Any]] = self._control().get("/_fake/requests").json()
        return data

    def clear_requests(self) -> None:
        self._control().delete("/_fake/requests").raise_for_status()

    def latency(self, ms: float) -> None:
        self._control().post("/_fake/latency", json={"ms": ms}).raise_for_status()

    def reset(self) -> None:
        self.clear_faults()
        self.clear_requests()
        self.latency(0)
