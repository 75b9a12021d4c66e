"""`genai-guard report` and `report purge`: counts from the content-free audit store."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from genai_guard.audit import AuditEvent, AuditStore
from genai_guard.commands.report_cmd import report
from genai_guard.entities import catalogue
from genai_guard.report import parse_since, summarise

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENAI_GUARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GENAI_GUARD_LOG_DIR", str(tmp_path / "log"))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "audit.sqlite3"
    store = AuditStore(path)
    events = [
        (200, AuditEvent("chatgpt.com", "block", "edit", {"UK_NHS": 1, "PERSON": 2})),
        (10, AuditEvent("chatgpt.com", "block", "redact_send", {"UK_NHS": 1})),
        (5, AuditEvent("claude.ai", "warn", "send_anyway", {"PERSON": 1}, "consent", "submit")),
        (1, AuditEvent("claude.ai", "warn", "cancel", {"PERSON": 1, "SPECIAL_CATEGORY": 3}, None, "paste")),
    ]
    for days_ago, event in events:
        store.record(event, now=NOW - dt.timedelta(days=days_ago))
    return path


@pytest.fixture
def config_file(tmp_path: Path, store_path: Path) -> Path:
    path = tmp_path / "guard.toml"
    path.write_text(f'[audit]\npath = "{store_path.as_posix()}"\nretention_days = 30\n', encoding="utf-8")
    return path


def rows(summary_json: dict, dimension: str) -> dict[str, tuple[int, float]]:
    return {row["key"]: (row["count"], row["percent"]) for row in summary_json["dimensions"][dimension]}


def test_summary_counts_and_percentages(store_path: Path) -> None:
    summary = summarise(AuditStore(store_path).events(), catalogue()).to_json()
    assert summary["total_events"] == 4
    assert rows(summary, "site") == {"chatgpt.com": (2, 50.0), "claude.ai": (2, 50.0)}
    assert rows(summary, "decision") == {"block": (2, 50.0), "warn": (2, 50.0)}
    assert rows(summary, "action")["send_anyway"] == (1, 25.0)
    assert rows(summary, "override_reason") == {"consent": (1, 25.0)}
    # kinds count events that contain them, not findings
    assert rows(summary, "entity_kind") == {"name": (3, 75.0), "identifier": (2, 50.0), "special": (1, 25.0)}
    assert rows(summary, "entity_type")["SPECIAL_CATEGORY"] == (1, 25.0)
    labels = {row["key"]: row["label"] for row in summary["dimensions"]["entity_type"]}
    assert labels["UK_NHS"] == "NHS number (UK_NHS)"


def test_unknown_entity_type_is_grouped_as_other() -> None:
    events = [
        {
            "at": "2025-01-01T00:00:00+00:00",
            "site": "x",
            "decision": "warn",
            "action": "edit",
            "override_reason": None,
            "entity_counts": {"RETIRED_TYPE": 1},
        }
    ]
    summary = summarise(events, catalogue()).to_json()
    assert rows(summary, "entity_kind") == {"other": (1, 100.0)}


def test_table_report(config_file: Path) -> None:
    result = CliRunner().invoke(report, ["--config", str(config_file)])
    assert result.exit_code == 0, result.output
    assert "Events: 4" in result.output
    assert "Kind of personal data" in result.output
    assert "Direct identifiers" in result.output
    assert "consent" in result.output


def test_json_report_since_filters_old_events(config_file: Path) -> None:
    since = (NOW - dt.timedelta(days=30)).date().isoformat()
    result = CliRunner().invoke(report, ["--config", str(config_file), "--format", "json", "--since", since])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total_events"] == 3
    assert set(data["dimensions"]) == {
        "site",
        "decision",
        "entity_kind",
        "entity_type",
        "action",
        "override_reason",
    }


def test_csv_report(config_file: Path) -> None:
    result = CliRunner().invoke(report, ["--config", str(config_file), "--format", "csv", "--since", "7d"])
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.output)))
    assert table[0] == {
        "dimension": "total",
        "key": "events",
        "label": "All events",
        "count": "2",
        "percent": "100.0",
    }
    assert {
        "dimension": "site",
        "key": "claude.ai",
        "label": "claude.ai",
        "count": "2",
        "percent": "100.0",
    } in table


def test_bad_since_is_a_usage_error(config_file: Path) -> None:
    result = CliRunner().invoke(report, ["--config", str(config_file), "--since", "last tuesday"])
    assert result.exit_code == 2
    assert "not a date" in result.output


def test_missing_store_gives_empty_report_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "none" / "audit.sqlite3"
    config_file = tmp_path / "c.toml"
    config_file.write_text(f'[audit]\npath = "{path.as_posix()}"\n', encoding="utf-8")
    result = CliRunner().invoke(report, ["--config", str(config_file), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["total_events"] == 0
    assert not path.exists()


def test_purge_uses_configured_retention(config_file: Path, store_path: Path) -> None:
    result = CliRunner().invoke(report, ["purge", "--config", str(config_file)])
    assert result.exit_code == 0, result.output
    assert "Purged 1 event(s) older than 30 days" in result.output
    assert len(AuditStore(store_path).events()) == 3


def test_purge_older_than(config_file: Path, store_path: Path) -> None:
    result = CliRunner().invoke(report, ["purge", "--config", str(config_file), "--older-than", "3"])
    assert result.exit_code == 0, result.output
    assert [event["action"] for event in AuditStore(store_path).events()] == ["cancel"]


def test_purge_refuses_zero_days(config_file: Path) -> None:
    result = CliRunner().invoke(report, ["purge", "--config", str(config_file), "--older-than", "0"])
    assert result.exit_code == 2


def test_parse_since() -> None:
    now = dt.datetime(2025, 3, 31, 12, tzinfo=dt.UTC)
    assert parse_since("30d", now) == dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
    assert parse_since("2025-03-01") == dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    assert parse_since("2025-03-01T09:30+01:00").utcoffset() == dt.timedelta(hours=1)
