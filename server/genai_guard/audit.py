"""The audit store: what the user did after a warning, never what they wrote.

One SQLite file in the user's data folder, created readable by its owner only. A row holds the
time, site, decision, entity types with counts, the action and an override reason id. Failures
to write are reported to the caller and logged without content; they never stop an analysis.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from genai_guard.paths import data_dir

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    site TEXT NOT NULL,
    decision TEXT NOT NULL,
    action TEXT NOT NULL,
    override_reason TEXT,
    trigger TEXT,
    entity_counts TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_at ON events (at);
"""


def audit_store_path(config: Mapping[str, Any]) -> Path:
    """Where the service keeps its audit store: `audit.path`, or the per-user data folder."""
    configured = config["audit"]["path"]
    return Path(configured) if configured else data_dir() / "audit.sqlite3"


class AuditError(RuntimeError):
    """The audit store could not be written or read (message carries no content)."""


@dataclass(frozen=True)
class AuditEvent:
    site: str
    decision: str
    action: str
    entity_counts: dict[str, int]
    override_reason: str | None = None
    trigger: str | None = None


class AuditStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """One short-lived connection: committed on success, rolled back on error, always closed."""
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        connection = sqlite3.connect(self.path, timeout=2.0)
        try:
            with connection:
                connection.executescript(SCHEMA)
                yield connection
        finally:
            connection.close()

    def record(self, event: AuditEvent, now: dt.datetime | None = None) -> int:
        at = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        row = (
            at,
            event.site,
            event.decision,
            event.action,
            event.override_reason,
            event.trigger,
            json.dumps(event.entity_counts, sort_keys=True),
        )
        try:
            with self._lock, self._connect() as connection:
                cursor = connection.execute(
                    "INSERT INTO events (at, site, decision, action, override_reason, trigger, "
                    "entity_counts) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
                return int(cursor.lastrowid or 0)
        except (sqlite3.Error, OSError) as error:
            raise AuditError(f"audit store unavailable ({type(error).__name__})") from None

    def events(self, since: dt.datetime | None = None) -> list[dict[str, Any]]:
        query = "SELECT id, at, site, decision, action, override_reason, trigger, entity_counts FROM events"
        params: tuple[str, ...] = ()
        if since is not None:
            query += " WHERE at >= ?"
            params = (since.isoformat(timespec="seconds"),)
        try:
            with self._lock, self._connect() as connection:
                rows = connection.execute(query + " ORDER BY id", params).fetchall()
        except (sqlite3.Error, OSError) as error:
            raise AuditError(f"audit store unavailable ({type(error).__name__})") from None
        keys = ("id", "at", "site", "decision", "action", "override_reason", "trigger", "entity_counts")
        events = [dict(zip(keys, row, strict=True)) for row in rows]
        for event in events:
            event["entity_counts"] = json.loads(event["entity_counts"])
        return events

    def purge_older_than(self, days: int, now: dt.datetime | None = None) -> int:
        cutoff = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)
        try:
            with self._lock, self._connect() as connection:
                cursor = connection.execute(
                    "DELETE FROM events WHERE at < ?", (cutoff.isoformat(timespec="seconds"),)
                )
                return cursor.rowcount
        except (sqlite3.Error, OSError) as error:
            raise AuditError(f"audit store unavailable ({type(error).__name__})") from None
