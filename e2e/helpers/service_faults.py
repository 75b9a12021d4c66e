"""Test-side stand-ins around the real guard service: a proxy in front of it, and a tap that
notes the service's own analysis time for each answer.

Neither changes the service. The extension is pointed at the proxy once for the session, so a
test can switch which service answers, make it slow, or stop it, without changing the
extension's settings (chrome.storage.sync allows only 120 writes a minute). The tap wraps the
WSGI app the test server calls.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

ANALYZE_PATH = "/v1/analyze"
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "host", "content-length"}


class GuardProxy:
    """Forwards to the service at `upstream`. While `delay_s` is set, /v1/analyze waits that long
    first; when the service is stopped, the connection is dropped unanswered, as a closed port
    leaves the extension with nothing."""

    def __init__(self, upstream_url: str) -> None:
        self.upstream = upstream_url
        self.delay_s = 0.0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def forward(self) -> None:
                if urlsplit(self.path).path == ANALYZE_PATH and proxy.delay_s:
                    time.sleep(proxy.delay_s)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                upstream = urlsplit(proxy.upstream)
                connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=10)
                try:
                    try:
                        connection.request(self.command, self.path, body=body or None, headers=headers)
                        answer = connection.getresponse()
                        payload = answer.read()
                    except ConnectionRefusedError:
                        self.close_connection = True
                        return
                    self.send_response(answer.status)
                    for key, value in answer.getheaders():
                        if key.lower() not in HOP_BY_HOP:
                            self.send_header(key, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the extension gave up waiting, as it should
                finally:
                    connection.close()

            do_GET = do_POST = do_OPTIONS = forward

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, args=(0.05,), name="guard-proxy", daemon=True
        )
        self.thread.start()

    def reset(self, upstream_url: str) -> None:
        self.upstream = upstream_url
        self.delay_s = 0.0

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class AnalysisTap:
    """Wraps a Flask app's WSGI callable and keeps the `elapsed_ms` of every /v1/analyze answer."""

    def __init__(self, app: Any) -> None:
        self.elapsed_ms: list[float] = []
        self._inner: WsgiApp = app.wsgi_app
        app.wsgi_app = self

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        answer = self._inner(environ, start_response)
        try:
            body = b"".join(answer)
        finally:
            close = getattr(answer, "close", None)
            if close:
                close()
        if environ.get("PATH_INFO") == ANALYZE_PATH and environ.get("REQUEST_METHOD") == "POST":
            with contextlib.suppress(ValueError, KeyError, TypeError):
                self.elapsed_ms.append(float(json.loads(body)["elapsed_ms"]))
        return [body]
