"""Who may talk to the guard: this machine, through our extension (or a local tool).

A web page can make the browser send requests to 127.0.0.1. Three checks stop it reading or
abusing the answers: the Host header must name the loopback address and the port we listen on
(a DNS-rebinding page sends its own host name), a request carrying an Origin must come from an
allowed extension, and CORS headers are only ever sent to those extensions.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Collection

from flask import Request

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


def _split_host(host: str) -> tuple[str, str]:
    """("127.0.0.1", "8765") from "127.0.0.1:8765"; IPv6 names keep their brackets."""
    if host.startswith("["):
        end = host.find("]") + 1
        return host[:end], host[end + 1 :] if host[end : end + 1] == ":" else ""
    name, _, port = host.partition(":")
    return name, port


def host_allowed(request: Request) -> bool:
    name, port = _split_host(request.headers.get("Host", ""))
    listening = str(request.environ.get("SERVER_PORT", ""))
    default_port = "443" if request.scheme == "https" else "80"
    return name.lower() in LOOPBACK_NAMES and (port or default_port) == listening


# What a browser says about who made a request without an Origin header (a page's no-cors GET sends
# none): "none" is the user typing the address; local tools send no Sec-Fetch-Site at all.
FETCH_SITES_WITHOUT_ORIGIN = ("none", "same-origin")


def origin_allowed(request: Request, allowed_origins: Collection[str]) -> bool:
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin in allowed_origins
    return request.headers.get("Sec-Fetch-Site", "none") in FETCH_SITES_WITHOUT_ORIGIN


class RateLimiter:
    """A token bucket per caller, so a local process cannot flood the guard.

    Callers are told apart by Origin (or its absence). Our extension's origins are never limited:
    a flood from elsewhere must not be able to stop the extension getting its answers.
    """

    def __init__(self, per_second: float, exempt: Collection[str]) -> None:
        self.per_second = per_second
        self.burst = max(1.0, per_second * 2)
        self.exempt = frozenset(exempt)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, origin: str | None, now: float | None = None) -> bool:
        if self.per_second <= 0 or origin in self.exempt:
            return True
        now = time.monotonic() if now is None else now
        key = origin or "-"
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.per_second)
            allowed = tokens >= 1.0
            self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
            if len(self._buckets) > 1024:  # foreign origins are refused anyway; keep memory bounded
                self._buckets = {key: self._buckets[key]}
        return allowed
