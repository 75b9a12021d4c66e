"""Runs the real guard service in-process on a free loopback port."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import request, request_finished
from werkzeug.serving import BaseWSGIServer, make_server

from genai_guard import create_app
from genai_guard.audit import AuditStore


@dataclass
class RunningService:
    url: str
    audit_db: Path
    server: BaseWSGIServer
    thread: threading.Thread
    app: Any = field(repr=False)
    _event_posts: int = 0
    _posted: threading.Condition = field(default_factory=threading.Condition, repr=False)

    def count_event_post(self, *_: Any, **__: Any) -> None:
        """Called by Flask when a POST /v1/events has been answered."""
        if request.method == "POST" and request.path == "/v1/events":
            with self._posted:
                self._event_posts += 1
                self._posted.notify_all()

    def wait_for_events(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """The audit store's events, once `count` event posts have been answered (awaited, not polled)."""
        with self._posted:
            if not self._posted.wait_for(lambda: self._event_posts >= count, timeout):
                raise AssertionError(f"{count} audit event(s) never arrived")
        return AuditStore(self.audit_db).events()

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
    service = RunningService(f"http://127.0.0.1:{server.server_port}", audit_db, server, thread, app)
    request_finished.connect(service.count_event_post, app, weak=False)
    return service


def closed_port_url() -> str:
    """The URL of a service that has stopped: a port that was just bound, then released."""
    server = make_server("127.0.0.1", 0, lambda environ, start_response: [])
    port = server.server_port
    server.server_close()
    return f"http://127.0.0.1:{port}"
