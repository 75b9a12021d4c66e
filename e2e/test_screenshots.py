"""The screenshots in docs/students.md, taken from the real extension, and the dialog at 200% zoom.

docs/images/dialog.png is the block dialog on the ChatGPT replica for the example prompt the
guide tells students to try, with the student wording; docs/images/popup.png is the toolbar
popup connected to the service. Writing them is these tests' side effect: run them to refresh the
pictures after a change to the dialog or the popup. The zoom test shows the same dialog as a
1000×700 window at 200% browser zoom (set on its tab as Ctrl and + does: a 500×350 CSS-pixel
viewport at 2 device pixels per CSS pixel) and checks that the dialog, its headline and every
button fit inside the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Worker

from e2e.conftest import EXTENSION_ID
from e2e.helpers.guard_ui import AXNode, GuardUI
from e2e.helpers.replica import ReplicaPage, ReplicaTab
from e2e.helpers.replicas import REPLICAS

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"
STUDENTS_GUIDE = ROOT / "docs" / "students.md"
DIALOG_PNG = IMAGES / "dialog.png"
POPUP_PNG = IMAGES / "popup.png"
ZOOMED_PNG = IMAGES / "dialog-zoom-200.png"
POPUP_URL = f"chrome-extension://{EXTENSION_ID}/ui/popup.html"
CHATGPT = next(replica for replica in REPLICAS if replica.id == "chatgpt")
WINDOW = {"width": 1000, "height": 700}
ZOOM = 2
# The example in docs/students.md, and what "Replace with placeholders and send" sends for it.
EXAMPLE = "Write a summary for Jayden Clarke, NHS no 943 476 5919"
EXAMPLE_REDACTED = "Write a summary for [PERSON 1], NHS no [NHS NUMBER 1]"
STUDENT_BLOCK_HEADLINE = "Don't send this. It contains details that identify someone from your placement."
MIN_PNG_BYTES = 10_000


def assert_written(path: Path) -> None:
    assert path.is_file(), path
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path
    assert path.stat().st_size > MIN_PNG_BYTES, f"{path} is only {path.stat().st_size} bytes"


def zoom(page: Page, worker: Worker, factor: float) -> None:
    """Browser zoom, as Ctrl and + set it, for this tab only (it ends with the tab)."""
    page.bring_to_front()
    worker.evaluate(
        """async (factor) => {
            const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
            await chrome.tabs.setZoomSettings(tab.id, { mode: "automatic", scope: "per-tab" });
            await chrome.tabs.setZoom(tab.id, factor);
        }""",
        factor,
    )
    page.wait_for_function("factor => devicePixelRatio === factor", arg=factor)


def box_of(ui: GuardUI, node: AXNode) -> dict[str, float]:
    """The element's border box in CSS pixels of the viewport."""
    quad = ui.cdp.send("DOM.getBoxModel", {"backendNodeId": node.backend_id})["model"]["border"]
    xs, ys = quad[0::2], quad[1::2]
    return {"left": min(xs), "top": min(ys), "right": max(xs), "bottom": max(ys)}


def call_on(ui: GuardUI, node: AXNode, function: str) -> Any:
    obj = ui.cdp.send("DOM.resolveNode", {"backendNodeId": node.backend_id})["object"]
    result = ui.cdp.send(
        "Runtime.callFunctionOn",
        {"objectId": obj["objectId"], "functionDeclaration": function, "returnByValue": True},
    )
    return result["result"]["value"]


@pytest.fixture()
def student_tab(
    extension_context: BrowserContext,
    replica_bundles: dict[str, Path],
    set_extension_settings: Callable[..., None],
) -> Iterator[ReplicaTab]:
    """A page of its own at the window size of the pictures, with the student wording chosen
    as docs/students.md tells students to."""
    set_extension_settings(audience="student")
    page = extension_context.new_page()
    page.set_default_timeout(10_000)
    page.set_viewport_size(WINDOW)
    yield ReplicaTab(page, replica_bundles)
    page.close()


def block_example(site: ReplicaPage) -> AXNode:
    site.type(EXAMPLE)
    site.submit()
    dialog = site.ui.wait_for_dialog()
    assert dialog.name == STUDENT_BLOCK_HEADLINE
    return dialog


def test_students_guide_shows_exactly_the_pictures_taken_here() -> None:
    guide = STUDENTS_GUIDE.read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide)
    expected = [path.relative_to(STUDENTS_GUIDE.parent).as_posix() for path in (POPUP_PNG, DIALOG_PNG)]
    assert pictures == expected
    assert f'"{EXAMPLE}"' in guide and f'"{EXAMPLE_REDACTED}"' in guide


def test_dialog_screenshot(student_tab: ReplicaTab) -> None:
    site = student_tab.open(CHATGPT)
    block_example(site)
    for button in ("Edit", "Replace with placeholders and send", "Cancel"):
        assert site.ui.find_all("button", button), button
    IMAGES.mkdir(parents=True, exist_ok=True)
    site.page.screenshot(path=DIALOG_PNG, animations="disabled")
    assert_written(DIALOG_PNG)
    # What the guide says the placeholders button sends.
    site.ui.click("button", "Replace with placeholders and send")
    site.ui.wait_for_dialog_closed()
    site.wait_until_sent(1)
    assert site.recorder.prompts() == [EXAMPLE_REDACTED]


def test_popup_screenshot(
    student_tab: ReplicaTab, extension_context: BrowserContext, service_worker: Worker
) -> None:
    site = student_tab.open(CHATGPT)
    # One blocked message, so "Today" shows a count as it will after a day's use.
    block_example(site)
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    popup = extension_context.new_page()
    try:
        # The popup describes the active tab: the ChatGPT replica, as when its button is clicked there.
        popup.goto(POPUP_URL)
        site.page.bring_to_front()
        popup.reload()
        popup.wait_for_function("() => document.getElementById('service-state').textContent !== 'Checking…'")
        assert popup.locator("#service-state").inner_text() == "Connected"
        assert popup.locator("#page-sites").inner_text().startswith("Protected: ChatGPT")
        assert popup.locator("#today dt:text-is('Blocked') + dd").inner_text() == "1"
        # At 200%, in a window exactly the popup's size: twice the pixels, as sharp as on a
        # high-resolution screen.
        zoom(popup, service_worker, 2)
        width, height = popup.evaluate("() => [document.body.offsetWidth, document.body.offsetHeight]")
        popup.set_viewport_size({"width": width * 2, "height": height * 2})
        popup.screenshot(path=POPUP_PNG, animations="disabled")
    finally:
        popup.close()
    assert_written(POPUP_PNG)


def test_dialog_fits_the_window_at_200_percent_zoom(student_tab: ReplicaTab, service_worker: Worker) -> None:
    site = student_tab.open(CHATGPT)
    zoom(site.page, service_worker, ZOOM)
    viewport = site.page.evaluate("() => [innerWidth, innerHeight, devicePixelRatio]")
    assert viewport == [WINDOW["width"] / ZOOM, WINDOW["height"] / ZOOM, ZOOM]
    width, height = viewport[0], viewport[1]
    dialog = block_example(site)
    IMAGES.mkdir(parents=True, exist_ok=True)
    site.page.screenshot(path=ZOOMED_PNG, animations="disabled", scale="device")
    assert_written(ZOOMED_PNG)

    def inside(node: AXNode) -> None:
        box = box_of(site.ui, node)
        assert box["left"] >= 0 and box["top"] >= 0, (node, box)
        assert box["right"] <= width and box["bottom"] <= height, (node, box)

    inside(dialog)
    inside(site.ui.find("heading", STUDENT_BLOCK_HEADLINE))
    buttons = site.ui.find_all("button")
    assert {button.name for button in buttons} >= {"Edit", "Replace with placeholders and send", "Cancel"}
    for button in buttons:
        inside(button)
    # Nothing is cut off sideways: the text wraps, only the body scrolls, and only vertically.
    assert call_on(site.ui, dialog, "function() { return this.scrollWidth <= this.clientWidth; }")
    body = call_on(
        site.ui,
        dialog,
        """function() {
            const body = this.querySelector('.body');
            return [body.scrollWidth, body.clientWidth, getComputedStyle(body).overflowY];
        }""",
    )
    assert body[0] <= body[1], body
    # The findings and guidance that do not fit are reached by scrolling the body.
    assert body[2] == "auto", body
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    assert site.recorder.sent == []
