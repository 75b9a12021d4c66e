"""Managed policy (chrome.storage.managed) takes precedence over the user's settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import BrowserContext, Page, Worker

from e2e.conftest import EXTENSION_ID

OPTIONS_URL = f"chrome-extension://{EXTENSION_ID}/ui/options.html"


@pytest.fixture()
def managed_policy(service_worker: Worker) -> Iterator[Callable[[dict[str, object]], None]]:
    """Stands in for IT's policy: the worker's chrome.storage.managed.get answers with it."""

    def apply(policy: dict[str, object]) -> None:
        service_worker.evaluate(
            """(policy) => {
                globalThis.__realManagedGet ??= chrome.storage.managed.get.bind(chrome.storage.managed);
                chrome.storage.managed.get = async () => structuredClone(policy);
            }""",
            policy,
        )

    yield apply
    service_worker.evaluate(
        "() => { if (globalThis.__realManagedGet) chrome.storage.managed.get = globalThis.__realManagedGet; }"
    )


@pytest.fixture()
def options_page(extension_context: BrowserContext) -> Iterator[Page]:
    page = extension_context.new_page()
    yield page
    page.close()


def open_options(page: Page) -> None:
    page.goto(OPTIONS_URL)
    page.wait_for_selector("form[data-loaded='true']")


def test_when_policy_sets_failure_mode_then_it_wins_and_field_is_locked(
    extension_storage: Callable[..., None],
    managed_policy: Callable[[dict[str, object]], None],
    options_page: Page,
) -> None:
    extension_storage(failure_mode="degraded", audience="student")
    managed_policy({"failure_mode": "fail-closed"})
    open_options(options_page)

    assert options_page.locator("#failure_mode").input_value() == "fail-closed"
    assert options_page.locator("#failure_mode").is_disabled()
    assert options_page.locator("#failure_mode-locked").is_visible()
    # Keys the policy does not set stay the user's.
    assert options_page.locator("#audience").input_value() == "student"
    assert options_page.locator("#audience").is_enabled()


def test_when_user_saves_a_locked_setting_then_refused(
    extension_storage: Callable[..., None],
    managed_policy: Callable[[dict[str, object]], None],
    options_page: Page,
) -> None:
    extension_storage()
    managed_policy({"audience": "worker"})
    open_options(options_page)
    reply = options_page.evaluate(
        "() => chrome.runtime.sendMessage({type: 'set-settings', data: {audience: 'student'}})"
    )
    assert reply == {"ok": False, "error": "locked-by-organisation:audience"}


def test_when_unknown_message_type_then_refused(options_page: Page) -> None:
    open_options(options_page)
    reply = options_page.evaluate("() => chrome.runtime.sendMessage({type: 'delete-everything', data: {}})")
    assert reply == {"ok": False, "error": "unknown-message-type"}


def test_when_no_policy_then_user_settings_apply(
    extension_storage: Callable[..., None],
    managed_policy: Callable[[dict[str, object]], None],
    options_page: Page,
) -> None:
    extension_storage(failure_mode="degraded")
    managed_policy({})
    open_options(options_page)
    assert options_page.locator("#failure_mode").input_value() == "degraded"
    assert options_page.locator("#failure_mode").is_enabled()
    assert options_page.locator("#failure_mode-locked").is_hidden()
