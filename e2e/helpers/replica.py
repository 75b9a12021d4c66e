"""Serves a replica at its site's real URL and records what the page sends."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, Route

REPLICAS_DIR = Path(__file__).resolve().parents[1] / "replicas"


@dataclass
class Recorder:
    """Every request body the page sent to the site's backend, in order."""

    bodies: list[Any] = field(default_factory=list)

    def handle(self, route: Route) -> None:
        body = route.request.post_data or ""
        self.bodies.append(json.loads(body) if body.startswith("{") else body)
        route.fulfill(status=200, content_type="application/json", body='{"ok": true}')

    def prompts(self) -> list[str]:
        """ChatGPT-shaped bodies: the text of each user message."""
        return ["".join(b["messages"][0]["content"]["parts"]) for b in self.bodies if isinstance(b, dict)]


def serve_chatgpt(page: Page, bundle: Path) -> Recorder:
    recorder = Recorder()
    html = (REPLICAS_DIR / "chatgpt" / "index.html").read_text(encoding="utf-8")
    script = bundle.read_text(encoding="utf-8")
    page.route("https://chatgpt.com/backend-api/**", recorder.handle)
    page.route(
        "https://chatgpt.com/__replica/chatgpt.js",
        lambda route: route.fulfill(status=200, content_type="text/javascript", body=script),
    )
    page.route(
        "https://chatgpt.com/",
        lambda route: route.fulfill(status=200, content_type="text/html", body=html),
    )
    return recorder
