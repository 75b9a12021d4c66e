"""`genai-guard doctor` finds each broken piece and prints a fix; contact.py records the extension."""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask, jsonify
from werkzeug.serving import make_server

from genai_guard.commands.doctor_cmd import doctor
from genai_guard.contact import contact_path, last_extension_contact, record_extension_contact
from genai_guard.doctor import (
    check_audit_store,
    check_config,
    check_extension_contact,
    check_model,
    check_patterns,
    check_service,
)

ORIGINS = ["chrome-extension://fapjlikffgenemofdpnljgkmmlknnppm"]


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENAI_GUARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GENAI_GUARD_LOG_DIR", str(tmp_path / "log"))


def serve(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)


@pytest.fixture
def guard_like_url() -> Iterator[str]:
    app = Flask("fake-guard")
    app.get("/v1/health")(
        lambda: jsonify(
            {
                "status": "ok",
                "version": "0.1.0",
                "nlp_model": "en_core_web_sm",
                "degraded": False,
                "warnings": [],
                "recognizers": [],
            }
        )
    )
    yield from serve(app)


@pytest.fixture
def other_url() -> Iterator[str]:
    app = Flask("something-else")
    app.get("/v1/health")(lambda: "<html>hello</html>")
    yield from serve(app)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --------------------------------------------------------------------------------- contact file


def test_contact_is_recorded_owner_only_and_throttled(tmp_path: Path) -> None:
    assert last_extension_contact() is None
    first = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
    assert record_extension_contact(now=first)
    assert last_extension_contact() == first
    assert not record_extension_contact(now=first + dt.timedelta(seconds=30))  # within a minute
    assert record_extension_contact(now=first + dt.timedelta(minutes=5))
    assert last_extension_contact() == first + dt.timedelta(minutes=5)
    if os.name == "posix":
        assert contact_path().stat().st_mode & 0o077 == 0


def test_contact_failure_never_raises(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert record_extension_contact(path=blocker / "last-contact") is False


def test_hand_touched_contact_file_uses_its_mtime() -> None:
    contact_path().write_text("not a date")
    when = last_extension_contact()
    assert when is not None and abs((dt.datetime.now(dt.UTC) - when).total_seconds()) < 60


@pytest.mark.parametrize(
    ("contact", "ok", "text"),
    [
        (None, False, "never reached"),
        (dt.timedelta(days=30), False, "30 days ago"),
        (dt.timedelta(hours=3), True, "last contact"),
    ],
)
def test_check_extension_contact(contact: dt.timedelta | None, ok: bool, text: str) -> None:
    now = dt.datetime(2025, 3, 31, 12, tzinfo=dt.UTC)
    check = check_extension_contact(
        None if contact is None else now - contact, ORIGINS, dt.timedelta(days=7), now
    )
    assert check.ok is ok
    assert text in check.detail
    if not ok:
        assert "fapjlikffgenemofdpnljgkmmlknnppm" in check.fix


# ------------------------------------------------------------------------------------- service


def test_service_answering(guard_like_url: str) -> None:
    check = check_service(guard_like_url)
    assert check.ok, check
    assert "GenAI Guard 0.1.0 answering" in check.detail


def test_port_free_is_fine_but_says_how_to_start() -> None:
    check = check_service(f"http://127.0.0.1:{free_port()}")
    assert check.ok
    assert "genai-guard serve" in check.fix


def test_port_held_by_another_program(other_url: str) -> None:
    check = check_service(other_url)
    assert not check.ok
    assert "did not answer as GenAI Guard" in check.detail
    assert "server.port" in check.fix


def test_port_bound_but_silent() -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))  # bound, not listening: connections are refused
        check = check_service(f"http://127.0.0.1:{holder.getsockname()[1]}")
    assert not check.ok
    assert "taken but nothing answers" in check.detail


def test_non_loopback_url_refused() -> None:
    check = check_service("http://192.0.2.1:8765")
    assert not check.ok
    assert "loopback" in check.detail


# ----------------------------------------------------------------------------- store, config, patterns


def test_audit_store_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "store" / "audit.sqlite3"
    assert check_audit_store(path, enabled=True).ok
    if os.name == "posix":
        path.chmod(0o644)
        check = check_audit_store(path, enabled=True)
        assert not check.ok
        assert check.fix == f"chmod 600 {path}"


def test_audit_store_unwritable(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    check = check_audit_store(blocker / "audit.sqlite3", enabled=True)
    assert not check.ok
    assert "audit.path" in check.fix


def test_audit_store_off_is_fine(tmp_path: Path) -> None:
    assert check_audit_store(tmp_path / "never.sqlite3", enabled=False).ok
    assert not (tmp_path / "never.sqlite3").exists()


def test_broken_config_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[server]\nport = 0\n")
    check, config = check_config(path)
    assert not check.ok
    assert "server.port" in check.detail
    assert f"genai-guard config check {path}" in check.fix
    assert config["server"]["port"] == 8765


def test_patterns_only_on_purpose_is_flagged() -> None:
    check = check_model({"detection": {"model": "none"}})
    assert not check.ok
    assert "patterns only" in check.detail


def test_named_model_missing() -> None:
    check = check_model({"detection": {"model": "en_core_web_nonexistent"}})
    assert not check.ok
    assert "pip install en_core_web_nonexistent" in check.fix


def test_patterns_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENAI_GUARD_PATTERNS", str(tmp_path))
    check = check_patterns()
    assert not check.ok
    assert "GENAI_GUARD_PATTERNS" in check.fix


def test_patterns_present() -> None:
    check = check_patterns()
    assert check.ok, check


# ------------------------------------------------------------------------------------------ CLI


def test_doctor_all_good_exits_0(tmp_path: Path, guard_like_url: str) -> None:
    record_extension_contact()
    result = CliRunner().invoke(doctor, ["--url", guard_like_url])
    assert result.exit_code == 0, result.output
    assert result.output.count("✓") == 6
    assert "Everything looks right." in result.output


def test_doctor_reports_each_problem_with_a_fix(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[audit]\nretention_days = 0\n")
    result = CliRunner().invoke(doctor, ["--config", str(bad), "--url", f"http://127.0.0.1:{free_port()}"])
    assert result.exit_code == 1
    assert "✗ Configuration: audit.retention_days must be at least 1" in result.output
    assert "✗ Extension: the extension has never reached this service" in result.output
    assert result.output.count("    fix: ") == 2
    assert "2 problem(s) found." in result.output
