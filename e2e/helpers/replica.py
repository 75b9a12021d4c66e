"""Serves the replicas at their sites' real URLs, records what a page sends, and drives it.

The page, its bundle and the site's backend are all answered through Playwright routing, so
the extension's match patterns apply exactly as on the live site. Every request (or WebSocket
message) that carries a prompt is recorded with the time it left the page.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property, partial
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page, Route, WebSocketRoute

from e2e.helpers.guard_ui import GuardUI
from e2e.helpers.replicas import REPLICAS, Replica

REPLICAS_DIR = Path(__file__).resolve().parents[1] / "replicas"
BUNDLE_PATH = "/__replica/"


@dataclass
class Sent:
    prompt: str
    at: float  # time.perf_counter() when the recorder received it


@dataclass
class Recorder:
    """Every prompt the page sent to the site's backend, in order."""

    replica: Replica
    sent: list[Sent] = field(default_factory=list)

    def record(self, raw: str | bytes) -> None:
        at = time.perf_counter()
        text = raw.decode() if isinstance(raw, bytes) else raw
        self.sent.append(Sent(self.replica.read_prompt(text), at))

    def handle_request(self, route: Route) -> None:
        self.record(route.request.post_data or "")
        route.fulfill(status=200, content_type="application/json", body='{"ok": true}')

    def handle_socket(self, socket: WebSocketRoute) -> None:
        def on_message(message: str | bytes) -> None:
            self.record(message)
            socket.send(json.dumps({"event": "done"}))

        socket.on_message(on_message)

    def prompts(self) -> list[str]:
        return [sent.prompt for sent in self.sent]


@cache
def page_html(replica: Replica) -> str:
    """The shared page template with the site's server-rendered markup, if it has any."""
    ssr = REPLICAS_DIR / replica.id / "ssr.html"
    return (
        (REPLICAS_DIR / "page.html")
        .read_text(encoding="utf-8")
        .replace("%TITLE%", replica.name)
        .replace("%STYLE%", (REPLICAS_DIR / "shared" / "replica.css").read_text(encoding="utf-8"))
        .replace("%SSR%", ssr.read_text(encoding="utf-8") if ssr.is_file() else "")
        .replace("%BUNDLE%", replica.id)
    )


@cache
def bundle_text(bundle: Path) -> str:
    return bundle.read_text(encoding="utf-8")


class ReplicaTab:
    """One page for the whole session, with every replica's site routed on it.

    Each test opens a replica with open(): a fresh document at the site's URL and a fresh
    recorder. Requests are answered for whichever replica is open; anything else gets a 404.
    Reusing the page (and its CDP session) spares a page's creation per test.
    """

    def __init__(self, page: Page, bundles: dict[str, Path]) -> None:
        self.page = page
        self.bundles = bundles
        self.recorder: Recorder | None = None
        for origin in sorted({replica.origin for replica in REPLICAS}):
            page.route(f"{origin}/**", self._site)
        # Registered last, so matched first.
        for replica in REPLICAS:
            if replica.over_websocket:
                page.route_web_socket(replica.backend, partial(self._socket, replica))
            else:
                page.route(replica.backend, partial(self._request, replica))

    @cached_property
    def ui(self) -> GuardUI:
        return GuardUI(self.page)

    def open(self, replica: Replica) -> ReplicaPage:
        self.recorder = Recorder(replica)
        site = ReplicaPage(self.page, replica, self.recorder, lambda: self.ui)
        site.open()
        return site

    def _open_recorder(self, replica: Replica) -> Recorder | None:
        return self.recorder if self.recorder and self.recorder.replica is replica else None

    def _site(self, route: Route) -> None:
        replica = self.recorder.replica if self.recorder else None
        if replica is None or not route.request.url.startswith(f"{replica.origin}/"):
            route.fulfill(status=404, body="")
        elif urlsplit(route.request.url).path.startswith(BUNDLE_PATH):
            script = bundle_text(self.bundles[replica.id])
            route.fulfill(status=200, content_type="text/javascript", body=script)
        elif route.request.resource_type == "document":
            route.fulfill(status=200, content_type="text/html", body=page_html(replica))
        else:
            route.fulfill(status=404, body="")

    def _request(self, replica: Replica, route: Route) -> None:
        recorder = self._open_recorder(replica)
        if recorder:
            recorder.handle_request(route)
        else:
            route.fulfill(status=404, body="")

    def _socket(self, replica: Replica, socket: WebSocketRoute) -> None:
        recorder = self._open_recorder(replica)
        if recorder:
            recorder.handle_socket(socket)
        else:
            socket.close()


SETTLED_AFTER = """n => window.__replica.delivered >= n && document.body.dataset.state === 'idle'
    && window.__replica.getModelText() === ''"""


class ReplicaPage:
    """A person's view of one replica: type, paste, press keys, click; plus the model's text."""

    def __init__(self, page: Page, replica: Replica, recorder: Recorder, ui: Callable[[], GuardUI]) -> None:
        self.page = page
        self.replica = replica
        self.recorder = recorder
        self._ui = ui

    @property
    def ui(self) -> GuardUI:
        return self._ui()

    def open(self) -> None:
        self.page.goto(self.replica.url)
        self.wait_ready()

    def wait_ready(self) -> None:
        self.page.wait_for_function("() => document.body.dataset.state === 'idle' && window.__replica")

    def focus(self) -> None:
        self.page.locator(self.replica.composer).click()

    def type(self, text: str) -> None:
        """Key by key, as a person types."""
        self.focus()
        self.page.keyboard.type(text)

    def enter_text(self, text: str) -> None:
        """In one input event (as autocomplete or dictation does), where typing is not the point."""
        self.focus()
        self.page.keyboard.insert_text(text)

    def paste(self, text: str) -> None:
        """A real paste: the text goes on the clipboard, then Ctrl+V in the composer."""
        self.page.evaluate("text => navigator.clipboard.writeText(text)", text)
        self.focus()
        self.page.keyboard.press("Control+V")

    def submit(self) -> None:
        """Sends the way a person does on this site: Enter, or the send button where Enter doesn't send."""
        if self.replica.enter_sends:
            self.page.keyboard.press("Enter")
        else:
            self.page.locator(self.replica.send_control).click()

    def submit_trigger(self) -> Callable[[], None]:
        """submit(), prepared so that calling it does nothing but press the key or click."""
        if self.replica.enter_sends:
            return lambda: self.page.keyboard.press("Enter")
        box = self.page.locator(self.replica.send_control).bounding_box()
        assert box, "the send control is not visible"
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        return lambda: self.page.mouse.click(x, y)

    def clear(self) -> None:
        self.focus()
        self.page.keyboard.press("Control+A")
        self.page.keyboard.press("Delete")

    def compose_with_ime(self, composing: str, committed: str) -> None:
        """An IME composition confirmed with Enter, as a Japanese or Chinese input method does."""
        cdp = self.ui.cdp
        cdp.send(
            "Input.imeSetComposition",
            {"text": composing, "selectionStart": len(composing), "selectionEnd": len(composing)},
        )
        for kind in ("rawKeyDown", "keyUp"):
            key = {"type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 229}
            cdp.send("Input.dispatchKeyEvent", key)
        cdp.send("Input.insertText", {"text": committed})

    def model_text(self) -> str:
        return str(self.page.evaluate("window.__replica.getModelText()"))

    def wait_until_sent(self, count: int = 1) -> None:
        """Until the backend has answered `count` sends in all and the composer is empty again."""
        self.page.wait_for_function(SETTLED_AFTER, arg=count)

    def navigate(self, path: str) -> None:
        """Switches chats: the site throws its composer away and builds a new one."""
        generation = self.page.evaluate("window.__replica.generation")
        self.page.evaluate("path => window.__replica.navigate(path)", path)
        self.page.wait_for_function(
            "g => window.__replica.generation > g && document.body.dataset.state === 'idle'", arg=generation
        )
