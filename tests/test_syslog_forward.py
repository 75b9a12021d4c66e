"""Syslog forwarding sends the content-free event, and nothing else, to a local listener."""

from __future__ import annotations

import datetime as dt
import json
import logging
import socket
from collections.abc import Iterator

import pytest

from genai_guard.audit import AuditEvent
from genai_guard.syslog_forward import SyslogConfigError, SyslogForwarder, event_line, parse_target

EVENT = AuditEvent(
    "chatgpt.com", "warn", "send_anyway", {"PERSON": 2, "SPECIAL_CATEGORY": 1}, "consent", "submit"
)
AT = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)
FIELDS = {"app", "at", "id", "site", "decision", "action", "override_reason", "trigger", "entity_counts"}


@pytest.fixture
def udp_listener() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(5)
        yield sock


def split_message(data: bytes) -> tuple[int, str, dict]:
    text = data.rstrip(b"\x00").decode("utf-8")
    assert text.startswith("<")
    priority, _, rest = text[1:].partition(">")
    ident, _, payload = rest.partition(" ")
    return int(priority), ident, json.loads(payload)


def test_when_udp_configured_then_event_arrives_as_json(udp_listener: socket.socket) -> None:
    port = udp_listener.getsockname()[1]
    forwarder = SyslogForwarder.from_config(
        {"audit": {"syslog_address": f"127.0.0.1:{port}", "syslog_facility": "local3"}}
    )
    assert forwarder is not None
    try:
        assert forwarder.forward(EVENT, event_id=7, at=AT)
        priority, ident, record = split_message(udp_listener.recv(4096))
    finally:
        forwarder.close()
    assert priority == 19 * 8 + 6  # local3, informational
    assert ident == "genai-guard:"
    assert set(record) == FIELDS
    assert record == {
        "app": "genai-guard",
        "at": "2025-03-01T09:30:00+00:00",
        "id": 7,
        "site": "chatgpt.com",
        "decision": "warn",
        "action": "send_anyway",
        "override_reason": "consent",
        "trigger": "submit",
        "entity_counts": {"PERSON": 2, "SPECIAL_CATEGORY": 1},
    }


def test_when_tcp_configured_then_event_arrives() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(5)
        forwarder = SyslogForwarder(parse_target(f"tcp://127.0.0.1:{server.getsockname()[1]}"))
        try:
            assert forwarder.forward(EVENT, at=AT)
            connection, _ = server.accept()
            with connection:
                connection.settimeout(5)
                data = connection.recv(4096)
        finally:
            forwarder.close()
    priority, _, record = split_message(data)
    assert priority == 16 * 8 + 6  # local0 by default
    assert record["entity_counts"] == {"PERSON": 2, "SPECIAL_CATEGORY": 1}


def test_when_tcp_listener_absent_then_forward_fails_quietly(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again before we connect
    forwarder = SyslogForwarder(parse_target(f"tcp://127.0.0.1:{port}"))
    with caplog.at_level(logging.WARNING):
        assert forwarder.forward(EVENT) is False
    assert "syslog forwarding failed" in caplog.text


def test_forwarding_off_when_address_empty() -> None:
    assert SyslogForwarder.from_config({"audit": {"syslog_address": "", "syslog_facility": "local0"}}) is None


def test_misconfigured_forwarding_is_disabled_with_an_error(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        forwarder = SyslogForwarder.from_config(
            {"audit": {"syslog_address": "siem:x", "syslog_facility": "local0"}}
        )
    assert forwarder is None
    assert "port must be a number" in caplog.text


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("siem.example.org", (("siem.example.org", 514), socket.SOCK_DGRAM)),
        ("udp://10.0.0.5:5514", (("10.0.0.5", 5514), socket.SOCK_DGRAM)),
        ("tcp://[::1]:601", (("::1", 601), socket.SOCK_STREAM)),
        ("/dev/log", ("/dev/log", socket.SOCK_DGRAM)),
    ],
)
def test_parse_target(address: str, expected: tuple) -> None:
    target = parse_target(address, "LOCAL7")
    assert (target.address, target.socktype) == expected
    assert target.facility == 23


@pytest.mark.parametrize("address", ["http://siem", "siem:0", "siem:70000", ":514", ""])
def test_parse_target_rejects(address: str) -> None:
    with pytest.raises(SyslogConfigError):
        parse_target(address)


def test_event_line_holds_only_audit_fields() -> None:
    assert set(json.loads(event_line(EVENT))) == FIELDS
