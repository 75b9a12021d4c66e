"""Serves a replica at its site's real URL, records what the page sends, and drives it.

The page, its bundle and the site's backend are all answered through Playwright routing on
the page, so the extension's match patterns apply exactly as on the live site. Every request
(or WebSocket message) that carries a prompt is recorded with the time it left the page.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from playwright.sync_api import Page, Route, WebSocketRoute

from e2e.helpers.guard_ui import GuardUI
from e2e.helpers.replicas import Replica

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


def serve(page: Page, replica: Replica, bundle: Path) -> Recorder:
    """Routes the replica's origin on `page`: the page, its bundle, and the recorded backend."""
    html = page_html(replica)
    script = bundle_text(bundle)

    def site(route: Route) -> None:
        path = route.request.url.removeprefix(replica.origin)
        if path.startswith(BUNDLE_PATH):
            route.fulfill(status=200, content_type="text/javascript", body=script)
        elif route.request.resource_type == "document":
            route.fulfill(status=200, content_type="text/html", body=html)
        else:
            route.fulfill(status=404, body="")

    recorder = Recorder(replica)
    page.route(f"{replica.origin}/**", site)
    # Registered last, so it is matched first.
    if replica.over_websocket:
        page.route_web_socket(replica.backend, recorder.handle_socket)
    else:
        page.route(replica.backend, recorder.handle_request)
    return recorder


SETTLED_AFTER = """n => window.__replica.delivered >= n && document.body.dataset.state === 'idle'
    && window.__replica.getModelText() === ''"""


class ReplicaPage:
    """A person's view of one replica: type, paste, press keys, click; plus the model's text."""

    def __init__(self, page: Page, replica: Replica, recorder: Recorder) -> None:
        self.page = page
        self.replica = replica
        self.recorder = recorder

    @cached_property
    def ui(self) -> GuardUI:
        """Created on first use: its accessibility tracking would slow the timing runs."""
        return GuardUI(self.page)

    def open(self) -> None:
        self.page.goto(self.replica.url)
        self.wait_ready()

    def wait_ready(self) -> None:
        self.page.wait_for_function("() => document.body.dataset.state === 'idle' && window.__replica")

    def focus(self) -> None:
        self.page.locator(self.replica.composer).click()

    def type(self, text: str) -> None:
        self.focus()
        self.page.keyboard.type(text)

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
