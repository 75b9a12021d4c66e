"""Runs the real guard service in-process on a free loopback port."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkzeug.serving import BaseWSGIServer, make_server

from genai_guard import create_app


@dataclass
class RunningService:
    url: str
    audit_db: Path
    server: BaseWSGIServer
    thread: threading.Thread
    app: Any = field(repr=False)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def start_service(audit_db: Path, config: dict[str, Any] | None = None, guard: Any = None) -> RunningService:
    """Starts create_app() with an audit store at `audit_db`; pass `guard` to reuse a loaded engine."""
    app_config = deep_merge({"audit": {"path": str(audit_db)}}, config or {})
    app = create_app(app_config, guard=guard)
    app.config["TESTING"] = True
    server = make_server("127.0.0.1", 0, app, threaded=True)
    # A short poll interval: stopping a service (mid-test, or the many at the session's end) is quick.
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="guard-service", daemon=True)
    thread.start()
    return RunningService(f"http://127.0.0.1:{server.server_port}", audit_db, server, thread, app)


def closed_port_url() -> str:
    """The URL of a service that has stopped: a port that was just bound, then released."""
    server = make_server("127.0.0.1", 0, lambda environ, start_response: [])
    port = server.server_port
    server.server_close()
    return f"http://127.0.0.1:{port}"
