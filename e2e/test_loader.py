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
# Records what the loader hands over, once released.
STAND_IN_MAIN = """
let release;
const released = new Promise((resolve) => { release = resolve; });
window.releaseModules = () => release();
window.handedOver = [];
export async function start() {
  await released;
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


def test_enter_before_the_modules_load_is_held_and_handed_over_in_order(loader_page: Page) -> None:
    paste_into(loader_page, "#composer", PASTED)
    loader_page.keyboard.press("Enter")
    assert "Enter" not in loader_page.evaluate("window.composerKeys")  # the page never saw it
    assert handed_over_after_release(loader_page) == [["paste", "composer", PASTED], ["submit", "composer"]]


def test_events_outside_editable_elements_are_left_alone(loader_page: Page) -> None:
    paste_into(loader_page, "#search", PASTED)
    loader_page.keyboard.press("Enter")
    paste_into(loader_page, "#composer", "   ")  # nothing to check in blank text
    loader_page.focus("#composer")
    loader_page.keyboard.press("Shift+Enter")
    loader_page.keyboard.press("Enter")
    assert handed_over_after_release(loader_page) == [["submit", "composer"]]
