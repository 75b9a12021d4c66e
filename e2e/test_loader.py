"""The content script's loader, before its modules have loaded.

The loader (extension/content/loader.js) runs on a page of its own here, its dynamic import
answered by a stand-in for content/main.js whose start() waits until the test releases it. That
makes "an event arrives before the modules are ready" certain rather than a race.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Route

ORIGIN = "https://loader.test"
LOADER = Path(__file__).resolve().parents[1] / "extension" / "content" / "loader.js"
PAGE = """<!doctype html><title>loader</title>
<textarea id="composer"></textarea><input id="search">
<script>
  window.browser = { runtime: { getURL: (path) => location.origin + "/" + path } };
  window.composerKeys = [];
  document.getElementById("composer").addEventListener("keydown", (e) => window.composerKeys.push(e.key));
</script>"""
# Records what the loader hands over, once released; or fails to start, as a worker that never
# answers would, once told to.
STAND_IN_MAIN = """
let release;
const released = new Promise((resolve) => { release = resolve; });
window.releaseModules = () => release();
window.failModules = () => { window.startFails = true; release(); };
window.handedOver = [];
window.startCalls = 0;
export async function start() {
  window.startCalls += 1;
  await released;
  if (window.startFails) throw new Error("no worker");
  return {
    handleEvent() {},
    submitFrom(target) { window.handedOver.push(["submit", target.id]); },
    pasteFrom(target, text) { window.handedOver.push(["paste", target.id, text]); },
  };
}
"""
PASTED = "Summarise this for Quillfeather, NHS 943 476 5919"


@pytest.fixture()
def loader_page(extension_context: BrowserContext) -> Iterator[Page]:
    page = extension_context.new_page()

    def answer(route: Route) -> None:
        if route.request.url.endswith("/content/main.js"):
            route.fulfill(content_type="text/javascript", body=STAND_IN_MAIN)
        else:
            route.fulfill(content_type="text/html", body=PAGE)

    page.route(f"{ORIGIN}/**", answer)
    page.goto(f"{ORIGIN}/")
    page.add_script_tag(content=LOADER.read_text())
    page.wait_for_function("typeof window.releaseModules === 'function'")
    yield page
    page.close()


def paste_into(page: Page, selector: str, text: str) -> None:
    page.evaluate("text => navigator.clipboard.writeText(text)", text)
    page.focus(selector)
    page.keyboard.press("Control+V")


def handed_over_after_release(page: Page) -> list[Any]:
    page.evaluate("window.releaseModules()")
    page.wait_for_function("window.handedOver.length > 0")
    return page.evaluate("window.handedOver")  # type: ignore[no-any-return]


def test_a_paste_before_the_modules_load_is_checked_once_they_have(loader_page: Page) -> None:
    paste_into(loader_page, "#composer", PASTED)
    # The paste itself is never held back.
    assert loader_page.input_value("#composer") == PASTED
    assert handed_over_after_release(loader_page) == [["paste", "composer", PASTED]]


def test_enter_before_the_modules_load_is_held_and_handed_over(loader_page: Page) -> None:
    loader_page.fill("#composer", PASTED)
    loader_page.focus("#composer")
    loader_page.keyboard.press("Enter")
    assert "Enter" not in loader_page.evaluate("window.composerKeys")  # the page never saw it
    assert handed_over_after_release(loader_page) == [["submit", "composer"]]


def test_a_paste_then_enter_leaves_the_paste_to_the_send_check(loader_page: Page) -> None:
    """The send check reads the whole composer; a paste notice as well would cover its dialog."""
    paste_into(loader_page, "#search", "not a composer")
    paste_into(loader_page, "#composer", PASTED)
    loader_page.keyboard.press("Enter")
    assert handed_over_after_release(loader_page) == [["submit", "composer"]]


def test_when_the_modules_never_start_enter_stays_held(loader_page: Page) -> None:
    loader_page.evaluate("window.failModules()")
    # The loader tries four times, waiting 0.25, 0.5 and 1 s between tries.
    # The last refusal reaches the loader in the same turn, before the keys below are pressed.
    loader_page.wait_for_function("window.startCalls === 4")
    paste_into(loader_page, "#composer", PASTED)
    loader_page.keyboard.press("Enter")
    assert "Enter" not in loader_page.evaluate("window.composerKeys")
    assert loader_page.input_value("#composer") == PASTED


def test_events_outside_editable_elements_are_left_alone(loader_page: Page) -> None:
    paste_into(loader_page, "#search", PASTED)
    loader_page.keyboard.press("Enter")
    paste_into(loader_page, "#composer", "   ")  # nothing to check in blank text
    loader_page.focus("#composer")
    loader_page.keyboard.press("Shift+Enter")
    loader_page.keyboard.press("Enter")
    assert handed_over_after_release(loader_page) == [["submit", "composer"]]
