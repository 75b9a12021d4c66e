"""Who may talk to the guard: this machine, through our extension (or a local tool).

A web page can make the browser send requests to 127.0.0.1. Three checks stop it reading or
abusing the answers: the Host header must name the loopback address and the port we listen on
(a DNS-rebinding page sends its own host name), a request carrying an Origin must come from an
allowed extension, and CORS headers are only ever sent to those extensions.
"""

from __future__ import annotations

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


def origin_allowed(request: Request, allowed_origins: Collection[str]) -> bool:
    origin = request.headers.get("Origin")
    return origin is None or origin in allowed_origins
