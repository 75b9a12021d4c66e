"""The audit store failing: read-only, locked or corrupt. Analysis must go on; events get a clear 503.

The answer to an event the store cannot take is 503 JSON `audit_unavailable` that quotes nothing sent,
and the failure is logged (to the log file under GENAI_GUARD_LOG_DIR too) without any submitted text.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from genai_guard import create_app
from genai_guard.guard import Guard
from genai_guard.paths import log_dir
from tests.conftest import CANARY

CANARY_TEXT = f"Summary for {CANARY}, NHS 943 476 5919"
EVENT = {"site": "chatgpt.com", "decision": "warn", "action": "edit", "entity_counts": {"PERSON": 1}}
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"  # as `genai-guard serve` writes it


@contextmanager
def service_log_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The service's log file under GENAI_GUARD_LOG_DIR, fed by the root logger as `serve` sets it up."""
    monkeypatch.setenv("GENAI_GUARD_LOG_DIR", str(folder))
    path = log_dir() / "genai-guard.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    with service_log_file(tmp_path / "logs", monkeypatch) as path:
        yield path


@pytest.fixture
def store_app(guard: Guard, audit_path: Path) -> Flask:
    """An app whose audit store already holds one event, so the file exists before it is broken."""
    app = create_app({"audit": {"path": str(audit_path)}}, guard=guard)
    assert app.test_client().post("/v1/events", json=EVENT).status_code == 201
    return app


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """File and folder without write permission. Root ignores modes, so there the file is made immutable."""
    modes = path.stat().st_mode, path.parent.stat().st_mode
    path.chmod(0o444)
    path.parent.chmod(0o555)
    immutable = os.geteuid() == 0
    try:
        if immutable:
            chattr = shutil.which("chattr")
            if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode:
                pytest.skip("running as root and the file cannot be made immutable (chattr +i)")
        yield
    finally:
        if immutable and shutil.which("chattr"):
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        path.parent.chmod(modes[1])
        path.chmod(modes[0])


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another connection holding an exclusive lock, as a backup tool or a stuck process might."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@contextmanager
def overwritten(path: Path, keep_header: bool) -> Iterator[None]:
    """Garbage bytes over the whole file, or over everything after the 100-byte SQLite header."""
    size = max(path.stat().st_size, 8192)
    garbage = bytes((i * 151 + 7) % 256 for i in range(size))
    head = path.read_bytes()[:100] if keep_header else b""
    path.write_bytes(head + garbage[len(head) :])
    yield


FAULTS: dict[str, Callable[[Path], AbstractContextManager[None]]] = {
    "read-only": read_only,
    "locked": locked,
    "corrupt": lambda path: overwritten(path, keep_header=False),
    "corrupt pages, intact header": lambda path: overwritten(path, keep_header=True),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_broken_audit_store_answers_503_and_analysis_goes_on(
    store_app: Flask, audit_path: Path, fault: str, log_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    client: FlaskClient = store_app.test_client()
    with FAULTS[fault](audit_path):
        before = audit_path.read_bytes()
        analysis = client.post("/v1/analyze", json={"text": CANARY_TEXT})
        refused = client.post("/v1/events", json={**EVENT, "trigger": "paste"})
        health = client.get("/v1/health")
        after = audit_path.read_bytes()

    assert analysis.status_code == 200
    assert analysis.get_json()["decision"] == "block"
    assert health.status_code == 200

    assert refused.status_code == 503
    assert refused.mimetype == "application/json"
    body = refused.get_json()
    assert body["error"] == "audit_unavailable"
    assert body["message"]
    assert CANARY not in refused.get_data(as_text=True)

    failures = [r for r in caplog.records if r.levelno >= logging.ERROR and "audit" in r.getMessage()]
    assert failures, "the audit failure was not logged"
    logged = caplog.text + log_file.read_text(encoding="utf-8")
    assert "audit" in log_file.read_text(encoding="utf-8")
    for secret in (CANARY, "943 476 5919", "Summary for"):
        assert secret not in logged
        assert secret.encode() not in after
    assert after == before, "a failed write must leave the broken store as it found it"


def test_store_recovers_when_the_lock_is_released(store_app: Flask, audit_path: Path) -> None:
    client = store_app.test_client()
    with locked(audit_path):
        assert client.post("/v1/events", json=EVENT).status_code == 503
    assert client.post("/v1/events", json=EVENT).status_code == 201
    assert len(store_app.extensions["genai_guard_audit"].events()) == 2


def test_store_in_a_missing_folder_is_created_owner_only(guard: Guard, tmp_path: Path) -> None:
    path = tmp_path / "new" / "nested" / "audit.sqlite3"
    app = create_app({"audit": {"path": str(path)}}, guard=guard)
    assert app.test_client().post("/v1/events", json=EVENT).status_code == 201
    assert path.stat().st_mode & 0o077 == 0
