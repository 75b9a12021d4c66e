"""The audit store keeps no connection open between writes (a long-running service must not leak)."""

from __future__ import annotations

from pathlib import Path

import psutil

from genai_guard.audit import AuditEvent, AuditStore


def test_many_writes_leave_no_open_files(tmp_path: Path) -> None:
    store = AuditStore(tmp_path / "audit.sqlite3")
    event = AuditEvent(site="chatgpt.com", decision="warn", action="edit", entity_counts={"PERSON": 1})
    store.record(event)
    process = psutil.Process()
    before = len(process.open_files())
    for _ in range(200):
        store.record(event)
    assert len(store.events()) == 201
    assert len(process.open_files()) <= before
    assert not any(f.path.startswith(str(tmp_path)) for f in process.open_files())
