"""The fake CircleCI's HTTP listeners: the API host and a second, "presigned" output host.

Contract:
- Two loopback listeners: the API (``/api/v2``, ``/api/v1.1``,
  ``/api/private``, and the control routes under ``/_fake/``) and the output
  host serving ``/output/...`` (the presigned ``output_url`` targets).
- The API requires ``Circle-Token`` (401 ``{"message": ...}`` otherwise). The
  output host never needs it and records whether one arrived.
- Every request is logged (host, method, path, query, ``had_token``, status) and
  the log is readable at ``GET /_fake/requests``; the token value is never logged.
- Control: ``POST /_fake/faults`` (a fault object or a list), ``DELETE
  /_fake/faults``, ``DELETE /_fake/requests``, ``POST /_fake/latency``
  (``{"ms": 50}``).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .faults import Fault, FaultBook
from .responses import Reply, api_reply, envelope, output_body
from .world import World

__all__ = ["FakeState", "serve"]

CHUNK = 64 * 1024


@dataclass
class FakeState:
    world: World
    tokens: frozenset[str]
    faults: FaultBook = field(default_factory=FaultBook)
    latency_s: float = 0.0
    output_base: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _envelopes: dict[int, tuple[bytes, bytes]] = field(default_factory=dict)

    def record(self, entry: dict[str, Any]) -> None:
        with self.lock:
            self.requests.append(entry)
            if len(self.requests) > 20000:
                del self.requests[:10000]

    def envelope_of(self, body: bytes) -> bytes:
        if len(body) < CHUNK:
            return envelope(body)
        with self.lock:
            cached = self._envelopes.get(id(body))
            if cached is not None and cached[0] is body:
                return cached[1]
        env = envelope(body)
        with self.lock:
            self._envelopes[id(body)] = (body, env)
        return env


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def _handler(state: FakeState, host: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "fakeci/1"

        def log_message(self, format: str, *args: Any) -> None:
            return  # quiet; the request log is the record

        # -- plumbing ----------------------------------------------------------

        def _send(self, reply: Reply, fault: Fault | None = None) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for key, value in reply.headers.items():
                self.send_header(key, value)
            self.end_headers()
            self._write_body(reply.body, fault)

        def _write_body(self, body: bytes, fault: Fault | None) -> None:
            view = memoryview(body)
            limit = len(body)
            if fault is not None and fault.kind == "cut":
                limit = min(limit, fault.cut_after)
            try:
                step = 1024 if fault is not None and fault.kind == "slow" else CHUNK
                for start in range(0, limit, step):
                    if fault is not None and fault.kind == "slow":
                        self.wfile.flush()
                        time.sleep(fault.chunk_delay_s)
                    self.wfile.write(view[start:min(start + step, limit)])
                self.wfile.flush()
                if limit < len(body):
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
            except (BrokenPipeError, ConnectionResetError, OSError):
                self.close_connection = True

        def _read_json(self) -> Any:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            return json.loads(raw or b"null")

        def _log(self, status: int, path: str, query: str) -> None:
            state.record({
                "host": host, "method": self.command, "path": path, "query": query,
                "had_token": bool(self.headers.get("Circle-Token")), "status": status,
                "time": time.time(),
            })

        # -- verbs ---------------------------------------------------------------

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            path, query = parts.path, parts.query
            if path.startswith("/_fake/"):
                self._control("GET", path)
                return
            if state.latency_s:
                time.sleep(state.latency_s)
            fault = state.faults.take(host, path)
            if fault is not None and fault.kind == "delay":
                time.sleep(fault.delay_s)
            if fault is not None and fault.kind == "status":
                headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                ctype = "application/json" if fault.error_body()[:1] == b"{" else "text/plain"
                self._log(fault.status, path, query)
                self._send(Reply(fault.status, fault.error_body(), ctype, headers))
                return
            reply = self._route(path, query)
            self._log(reply.status, path, query)
            self._send(reply, fault)

        def do_POST(self) -> None:
            path = urlsplit(self.path).path
            if path.startswith("/_fake/"):
                self._control("POST", path)
                return
            self._log(405, path, "")
            self._send(Reply(405, b'{"message":"Method not allowed"}'))

        def do_DELETE(self) -> None:
            path = urlsplit(self.path).path
            if path.startswith("/_fake/"):
                self._control("DELETE", path)
                return
            self._send(Reply(405, b'{"message":"Method not allowed"}'))

        def _route(self, path: str, query: str) -> Reply:
            if host == "output":
                return self._output(path)
            if not path.startswith("/api/"):
                return Reply(404, b"<html>not found</html>", "text/html")
            params = dict(parse_qsl(query))
            token = self.headers.get("Circle-Token") or params.get("circle-token")
            if token not in state.tokens:
                return Reply(401, b'{"message":"You must log in first."}')
            return api_reply(state.world, path[len("/api"):], params, state.output_base)

        def _output(self, path: str) -> Reply:
            # /output/{vcs}/{org}/{repo}/{job}/{node}/{step}
            segs = path.strip("/").split("/")
            if len(segs) != 7 or segs[0] != "output" or not all(s.isdigit() for s in segs[4:]):
                return Reply(403, b"<Error><Code>AccessDenied</Code></Error>", "application/xml")
            slug = "/".join(segs[1:4])
            body = output_body(state.world, slug, int(segs[4]), int(segs[5]), int(segs[6]))
            if body is None:
                return Reply(404, b"<Error><Code>NoSuchKey</Code></Error>", "application/xml")
            return Reply(200, state.envelope_of(body), "application/json")

        def _control(self, method: str, path: str) -> None:
            try:
                if path == "/_fake/requests" and method == "GET":
                    with state.lock:
                        data = list(state.requests)
                    self._send(Reply(200, json.dumps(data).encode()))
                    return
                if path == "/_fake/requests" and method == "DELETE":
                    with state.lock:
                        state.requests.clear()
                elif path == "/_fake/faults" and method == "POST":
                    body = self._read_json()
                    for item in body if isinstance(body, list) else [body]:
                        state.faults.add(Fault.from_json(item))
                elif path == "/_fake/faults" and method == "DELETE":
                    state.faults.clear()
                elif path == "/_fake/latency" and method == "POST":
                    state.latency_s = float(self._read_json().get("ms", 0)) / 1000.0
                elif path == "/_fake/health":
                    pass
                else:
                    self._send(Reply(404, b'{"message":"no such control route"}'))
                    return
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                self._send(Reply(400, json.dumps({"message": str(exc)}).encode()))
                return
            self._send(Reply(200, b'{"ok":true}'))

    return Handler


def serve(
    state: FakeState, host: str = "127.0.0.1", api_port: int = 0, output_port: int = 0
) -> tuple[ThreadingHTTPServer, ThreadingHTTPServer]:
    """Start both listeners on background threads; returns (api, output) servers."""
    output = _Server((host, output_port), _handler(state, "output"))
    state.output_base = f"http://{host}:{output.server_address[1]}"
    api = _Server((host, api_port), _handler(state, "api"))
    for server in (api, output):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    return api, output
