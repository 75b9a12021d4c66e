"""Optional forwarding of audit events to syslog, so an organisation's SIEM can collect them.

The line sent is the same content-free record the audit store keeps (site, decision, action,
override reason id, trigger, entity types with counts) as one JSON object. Submitted text never
reaches this module: an AuditEvent has no field that could hold it.

`audit.syslog_address` chooses the destination: "host:port" or "udp://host:port" (UDP),
"tcp://host:port" (TCP) or a local socket path such as "/dev/log". Empty switches forwarding off.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.handlers
import socket
import threading
from dataclasses import dataclass
from typing import Any

from genai_guard.audit import AuditEvent

IDENT = "genai-guard: "
DEFAULT_PORT = 514

log = logging.getLogger(__name__)


class SyslogConfigError(ValueError):
    """`audit.syslog_address` or `audit.syslog_facility` cannot be used."""


@dataclass(frozen=True)
class SyslogTarget:
    address: str | tuple[str, int]
    socktype: socket.SocketKind
    facility: int


def parse_target(address: str, facility: str = "local0") -> SyslogTarget:
    """Turn the two config strings into what SysLogHandler needs, with messages IT can act on."""
    facility_code = logging.handlers.SysLogHandler.facility_names.get(facility.lower())
    if facility_code is None:
        known = ", ".join(sorted(logging.handlers.SysLogHandler.facility_names))
        raise SyslogConfigError(f"audit.syslog_facility {facility!r} is not one of: {known}")
    address = address.strip()
    if not address:
        raise SyslogConfigError("audit.syslog_address is empty")
    if address.startswith("/"):
        return SyslogTarget(address, socket.SOCK_DGRAM, facility_code)
    socktype = socket.SOCK_DGRAM
    rest = address
    if "://" in address:
        scheme, rest = address.split("://", 1)
        if scheme not in ("udp", "tcp"):
            raise SyslogConfigError(f"audit.syslog_address {address!r}: use udp://, tcp:// or a socket path")
        socktype = socket.SOCK_STREAM if scheme == "tcp" else socket.SOCK_DGRAM
    host, port = _host_port(rest, address)
    return SyslogTarget((host, port), socktype, facility_code)


def _host_port(text: str, original: str) -> tuple[str, int]:
    if text.startswith("["):  # [::1]:514
        host, _, tail = text[1:].partition("]")
        port_text = tail.removeprefix(":")
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    else:
        host, port_text = text, ""
    if not host:
        raise SyslogConfigError(f"audit.syslog_address {original!r} has no host")
    try:
        port = int(port_text) if port_text else DEFAULT_PORT
    except ValueError:
        raise SyslogConfigError(f"audit.syslog_address {original!r}: the port must be a number") from None
    if not 1 <= port <= 65535:
        raise SyslogConfigError(f"audit.syslog_address {original!r}: the port must be 1-65535")
    return host, port


def event_line(event: AuditEvent, event_id: int | None = None, at: dt.datetime | None = None) -> str:
    """The JSON line for one event: only the audit store's content-free fields."""
    record: dict[str, Any] = {
        "app": "genai-guard",
        "at": (at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "id": event_id,
        "site": event.site,
        "decision": event.decision,
        "action": event.action,
        "override_reason": event.override_reason,
        "trigger": event.trigger,
        "entity_counts": dict(sorted(event.entity_counts.items())),
    }
    return json.dumps(record, sort_keys=True, separators=(",", ":"))


class _QuietSysLogHandler(logging.handlers.SysLogHandler):
    """Reports a failed send as one content-free warning instead of a traceback on stderr."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True
        log.warning("syslog forwarding failed; the event is still in the local audit store")


class SyslogForwarder:
    """Sends each stored audit event to syslog. Failures are logged, never raised."""

    def __init__(self, target: SyslogTarget) -> None:
        self.target = target
        self._handler: _QuietSysLogHandler | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> SyslogForwarder | None:
        """A forwarder for `[audit]` settings, or None when forwarding is off (or misconfigured)."""
        audit = config.get("audit", {})
        address = str(audit.get("syslog_address", "")).strip()
        if not address:
            return None
        try:
            return cls(parse_target(address, str(audit.get("syslog_facility", "local0"))))
        except SyslogConfigError as error:
            log.error("syslog forwarding disabled: %s", error)
            return None

    def _get_handler(self) -> _QuietSysLogHandler:
        if self._handler is None:
            handler = _QuietSysLogHandler(
                address=self.target.address, facility=self.target.facility, socktype=self.target.socktype
            )
            handler.ident = IDENT
            handler.setFormatter(logging.Formatter("%(message)s"))
            self._handler = handler
        return self._handler

    def forward(self, event: AuditEvent, event_id: int | None = None, at: dt.datetime | None = None) -> bool:
        """Send one event; True if it was handed to the socket."""
        line = event_line(event, event_id, at)
        record = logging.LogRecord("genai_guard.audit", logging.INFO, __file__, 0, line, None, None)
        with self._lock:
            try:
                handler = self._get_handler()
            except OSError as error:  # a TCP connection refused while creating the handler
                log.warning("syslog forwarding failed (%s)", type(error).__name__)
                return False
            handler.failed = False
            handler.emit(record)
            if handler.failed:  # try a fresh connection next time
                handler.close()
                self._handler = None
                return False
        return True

    def close(self) -> None:
        with self._lock:
            if self._handler is not None:
                self._handler.close()
                self._handler = None
