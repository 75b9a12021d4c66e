"""A real web page in Chromium cannot read an answer from the guard service.

The page is served by a plain HTTP server on another loopback port (not through Playwright routing:
while a route is active Playwright answers CORS preflights itself, see the e2e-chromium reference),
in a browser without the extension. It tries every way a page can call the service: a JSON request
(preflighted), a "simple" text/plain POST, a GET, an opaque `no-cors` request and, with the host
name mapped to 127.0.0.1 as a DNS-rebinding attacker would have it, a request naming a foreign Host.
The page never gets an answer, and the service itself saw and refused each request with 403, sending
no CORS header to the page's origin. Nothing the page sent reaches the logs or the audit store.
"""

from __future__ import annotations

import functools
import http.server
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from flask import Response, request
from playwright.sync_api import Browser, Page, Playwright
from tests.conftest import CANARY

from e2e.conftest import chromium_executable
from e2e.helpers.service import RunningService

pytestmark = pytest.mark.e2e

REBIND_HOST = "rebind.test"
PAGE = "<!doctype html><title>Some page</title><p>An ordinary web page.</p>"
SECRET_TEXT = f"Summary for {CANARY}, NHS 943 476 5919"

# Each attempt: fetch options the page uses, and what the service must have seen.
FETCH = """async ([url, options]) => {
    try {
        const response = await fetch(url, options);
        const body = await response.text();
        return {answered: true, type: response.type, status: response.status, body};
    } catch (error) {
        return {answered: false, error: String(error)};
    }
}"""


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    host: str
    origin: str | None
    fetch_site: str | None
    status: int
    allow_origin: str | None
    error: str | None


@pytest.fixture(scope="module")
def page_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A plain HTTP server on a free loopback port, serving one page."""
    folder = tmp_path_factory.mktemp("page")
    (folder / "index.html").write_text(PAGE, encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, name="page-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def watched_service(start_guard: Callable[..., RunningService]) -> tuple[RunningService, list[Seen]]:
    """A service of its own, recording what it saw and answered (before any request reaches it)."""
    service = start_guard({})
    seen: list[Seen] = []

    @service.app.after_request
    def record(response: Response) -> Response:
        body = response.get_json(silent=True) or {}
        seen.append(
            Seen(
                request.method,
                request.path,
                request.headers.get("Host", ""),
                request.headers.get("Origin"),
                request.headers.get("Sec-Fetch-Site"),
                response.status_code,
                response.headers.get("Access-Control-Allow-Origin"),
                body.get("error") if isinstance(body, dict) else None,
            )
        )
        return response

    return service, seen


@pytest.fixture(scope="module")
def plain_browser(playwright: Playwright, browser_type_launch_args: dict[str, Any]) -> Iterator[Browser]:
    """Chromium without the extension, resolving the rebinding host name to the loopback address."""
    browser = playwright.chromium.launch(
        executable_path=chromium_executable(),
        headless=browser_type_launch_args.get("headless", True),
        args=[f"--host-resolver-rules=MAP {REBIND_HOST} 127.0.0.1"],
    )
    yield browser
    browser.close()


@pytest.fixture
def web_page(plain_browser: Browser, page_server: str) -> Iterator[Page]:
    context = plain_browser.new_context()  # no routes: Chromium's own CORS handling applies
    page = context.new_page()
    page.goto(page_server)
    yield page
    context.close()


ATTEMPTS = {
    "JSON POST (preflighted)": (
        "/v1/analyze",
        {
            "method": "POST",
            "headers": {"Content-Type": "application/json"},
            "body": f'{{"text": "{SECRET_TEXT}"}}',
        },
        "OPTIONS",
    ),
    "simple text/plain POST": (
        "/v1/analyze",
        {"method": "POST", "headers": {"Content-Type": "text/plain"}, "body": f'{{"text": "{SECRET_TEXT}"}}'},
        "POST",
    ),
    "GET of the policy": ("/v1/policy", {"method": "GET"}, "GET"),
    "event POST (preflighted)": (
        "/v1/events",
        {
            "method": "POST",
            "headers": {"Content-Type": "application/json"},
            "body": '{"site": "x", "decision": "allow", "action": "cancel"}',
        },
        "OPTIONS",
    ),
}


@pytest.mark.parametrize("attempt", ATTEMPTS)
def test_page_gets_no_answer_and_the_service_refused_it(
    web_page: Page, page_server: str, watched_service: tuple[RunningService, list[Seen]], attempt: str
) -> None:
    service, seen = watched_service
    path, options, method = ATTEMPTS[attempt]
    seen.clear()
    result = web_page.evaluate(FETCH, [service.url + path, options])

    assert result["answered"] is False, result  # the browser withheld the answer (CORS)
    page_origin = page_server.rsplit("/", 1)[0]
    refused = [s for s in seen if s.path == path and s.method == method]
    assert refused, f"the service never saw the {method}: {seen}"
    for request_seen in refused:
        assert request_seen.origin == page_origin
        assert request_seen.status == 403
        assert request_seen.error == "forbidden_origin"
        assert request_seen.allow_origin is None
    assert not [s for s in seen if s.status < 400], "a request from the page was served"


def opaque_get(page: Page, service: RunningService, seen: list[Seen]) -> dict[str, Any]:
    seen.clear()
    return page.evaluate(FETCH, [service.url + "/v1/health", {"mode": "no-cors"}])


def test_opaque_request_gets_nothing_readable(
    web_page: Page, watched_service: tuple[RunningService, list[Seen]]
) -> None:
    assert opaque_get(web_page, *watched_service) == {
        "answered": True,
        "type": "opaque",
        "status": 0,
        "body": "",
    }


def test_opaque_request_without_origin_is_refused(
    web_page: Page, page_server: str, watched_service: tuple[RunningService, list[Seen]]
) -> None:
    """A no-cors GET carries no Origin (Fetch standard), but Chromium marks it `Sec-Fetch-Site: same-site`
    (or cross-site): the service must refuse it too, rather than run the handler for a web page."""
    opaque_get(web_page, *watched_service)
    _, seen = watched_service
    assert [(s.path, s.origin, s.fetch_site) for s in seen] == [("/v1/health", None, "same-site")]
    assert [(s.status, s.error) for s in seen] == [(403, "forbidden_origin")]


def test_rebinding_host_name_is_refused(
    web_page: Page, watched_service: tuple[RunningService, list[Seen]]
) -> None:
    service, seen = watched_service
    port = service.url.rsplit(":", 1)[1]
    seen.clear()
    result = web_page.evaluate(FETCH, [f"http://{REBIND_HOST}:{port}/v1/health", {"mode": "no-cors"}])
    assert result.get("body", "") == ""
    assert [(s.host, s.status, s.error) for s in seen] == [(f"{REBIND_HOST}:{port}", 403, "forbidden_host")]


def test_nothing_the_page_sent_was_kept(
    web_page: Page,
    watched_service: tuple[RunningService, list[Seen]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    service, _ = watched_service
    caplog.set_level(logging.DEBUG)
    for path, options, _ in ATTEMPTS.values():
        web_page.evaluate(FETCH, [service.url + path, options])
    assert CANARY not in caplog.text
    assert "943 476 5919" not in caplog.text
    audit: Path = service.audit_db
    assert not audit.exists() or CANARY.encode() not in audit.read_bytes()
