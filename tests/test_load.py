"""Load: the real service under waitress takes 2,000 requests from 16 clients with no error and no leak.

The service runs in this process on a free loopback port, as `genai-guard serve` runs it (waitress,
4 threads); clients are threads with their own keep-alive connection, sending what the extension
sends (its Origin, so the per-caller rate limit does not apply). Memory is measured after a warm-up
batch and again after the run; it must come back near where it started. The figures are printed.
"""

from __future__ import annotations

import gc
import http.client
import json
import logging
import statistics
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import pytest
import waitress
from flask import Flask

from genai_guard import create_app
from genai_guard.guard import Guard
from tests.conftest import CANARY, EXTENSION_ORIGIN

pytestmark = pytest.mark.load

REQUESTS = 2_000
CLIENTS = 16
WARM_UP = 200
SERVICE_THREADS = 4
MAX_RSS_GROWTH_MB = 50
TEXTS = [
    "NHS no 943 476 5919 for Jayden Clarke, DOB 04/11/2011",
    "What does section 47 of the Children Act 1989 require?",
    f"Summary for {CANARY}: mum says the family moved to LS6 2AB last spring.",
    "Draft a letter to a parent about a missed appointment, keeping it warm and short.",
    "Sarah Khan's NI number is AB 12 34 56 C and she has anxiety.",
]
EVENT = {"site": "chatgpt.com", "decision": "warn", "action": "edit", "entity_counts": {"PERSON": 1}}


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    body: dict[str, Any] | None
    expect: int


def call_for(index: int) -> Call:
    """The request mix: mostly analyses of distinct texts (so the findings cache cannot answer)."""
    if index % 20 == 0:
        return Call("GET", "/v1/health", None, 200)
    if index % 20 == 1:
        return Call("GET", "/v1/policy", None, 200)
    if index % 20 == 2:
        return Call("POST", "/v1/events", EVENT, 201)
    text = f"{TEXTS[index % len(TEXTS)]} (note {index})"
    return Call("POST", "/v1/analyze", {"text": text, "site": "chatgpt.com", "trigger": "submit"}, 200)


@dataclass
class RunningWaitress:
    port: int
    server: Any
    thread: threading.Thread

    def stop(self) -> None:
        self.server.close()
        self.server.task_dispatcher.shutdown()
        self.thread.join(timeout=10)


@pytest.fixture
def service(guard: Guard, tmp_path: Path) -> Iterator[RunningWaitress]:
    app: Flask = create_app({"audit": {"path": str(tmp_path / "audit.sqlite3")}}, guard=guard)
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=SERVICE_THREADS)
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    running = RunningWaitress(int(server.effective_port), server, thread)
    yield running
    running.stop()


class Clients:
    """Keep-alive connections, one per client thread, recording latency and every failure."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.local = threading.local()
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.lock = threading.Lock()

    def _connection(self) -> http.client.HTTPConnection:
        if getattr(self.local, "connection", None) is None:
            self.local.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        return self.local.connection

    def send(self, index: int) -> None:
        call = call_for(index)
        headers = {"Origin": EXTENSION_ORIGIN}
        body = None
        if call.body is not None:
            body = json.dumps(call.body).encode()
            headers["Content-Type"] = "application/json"
        started = time.perf_counter()
        try:
            connection = self._connection()
            connection.request(call.method, call.path, body=body, headers=headers)
            response = connection.getresponse()
            payload = response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as error:
            self.local.connection = None
            with self.lock:
                self.errors.append(f"{call.path}: {type(error).__name__}")
            return
        elapsed = time.perf_counter() - started
        with self.lock:
            self.latencies.append(elapsed)
            if status != call.expect:
                self.errors.append(f"{call.path}: {status} {payload[:120]!r}")
            elif (
                call.path == "/v1/analyze" and CANARY in payload.decode() and CANARY not in call.body["text"]
            ):
                self.errors.append(f"{call.path}: another request's canary in the answer")

    def run(self, first: int, count: int) -> float:
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=CLIENTS, thread_name_prefix="client") as pool:
            list(pool.map(self.send, range(first, first + count)))
        return time.perf_counter() - started


def rss_mb() -> float:
    gc.collect()
    return psutil.Process().memory_info().rss / 1_000_000


def test_two_thousand_requests_from_sixteen_clients(
    service: RunningWaitress, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.INFO)
    clients = Clients(service.port)
    clients.run(0, WARM_UP)
    assert clients.errors == []
    clients.latencies.clear()
    rss_before = rss_mb()

    wall = clients.run(WARM_UP, REQUESTS)
    rss_after = rss_mb()

    latencies = sorted(clients.latencies)
    p50 = statistics.median(latencies) * 1000
    p95 = latencies[int(len(latencies) * 0.95)] * 1000
    with capsys.disabled():
        print(
            f"\nload: {REQUESTS} requests, {CLIENTS} clients, {SERVICE_THREADS} service threads: "
            f"{REQUESTS / wall:.0f} req/s, p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
            f"RSS {rss_before:.0f} -> {rss_after:.0f} MB ({rss_after - rss_before:+.1f} MB), "
            f"errors {len(clients.errors)}"
        )
    assert clients.errors == [], clients.errors[:10]
    assert len(latencies) == REQUESTS
    assert rss_after - rss_before < MAX_RSS_GROWTH_MB
    assert CANARY not in caplog.text
    assert "943 476 5919" not in caplog.text
