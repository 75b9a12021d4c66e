"""Fixtures that drive the real, built extension in Chromium against the real guard service.

Session: replica bundles (npm + esbuild), the built extension, the guard service on a free
port, and one persistent Chromium context with the extension loaded. Per test: a fresh page
at a replica's real URL, with the extension pointed at the service through chrome.storage.
At the end, the timing table (if the timing tests ran) is printed and, when every replica
was measured, written to docs/e2e-timing.md.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Playwright, Worker

from e2e.build_fixtures import build as build_replicas
from e2e.helpers import timing
from e2e.helpers.replica import ReplicaPage, ReplicaTab
from e2e.helpers.replicas import Replica
from e2e.helpers.service import RunningService, start_service
from e2e.helpers.service_faults import AnalysisTap, GuardProxy
from genai_guard.extension_build import build_extension

EXTENSION_ID = "fapjlikffgenemofdpnljgkmmlknnppm"
E2E_DIR = Path(__file__).resolve().parent
TIMING_DOC = E2E_DIR.parent / "docs" / "e2e-timing.md"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if E2E_DIR in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.e2e)


def chromium_executable() -> str | None:
    """$CHROMIUM_PATH, Debian's real binary, its wrapper, then Playwright's own download (None)."""
    candidates = [os.environ.get("CHROMIUM_PATH"), "/usr/lib/chromium/chromium", "/usr/bin/chromium"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def replica_bundles() -> dict[str, Path]:
    return build_replicas()


@pytest.fixture(scope="session")
def extension_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_extension(tmp_path_factory.mktemp("build") / "extension", make_zip=False)


@pytest.fixture(scope="session")
def guard_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningService]:
    service = start_service(tmp_path_factory.mktemp("audit") / "audit.sqlite3")
    yield service
    service.stop()


@pytest.fixture(scope="session")
def start_guard(
    guard_service: RunningService, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[..., RunningService]]:
    """Starts another service with config overrides, sharing the loaded engine; stopped at the end."""
    started: list[RunningService] = []

    def start(config: dict[str, Any]) -> RunningService:
        audit_db = tmp_path_factory.mktemp("audit") / "audit.sqlite3"
        service = start_service(audit_db, config, guard=guard_service.app.extensions["genai_guard"])
        started.append(service)
        return service

    yield start
    for service in started:
        service.stop()


@pytest.fixture(scope="session")
def extension_context(
    playwright: Playwright,
    browser_type_launch_args: dict[str, Any],
    extension_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[BrowserContext]:
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path_factory.mktemp("profile")),
        executable_path=chromium_executable(),
        headless=browser_type_launch_args.get("headless", True),
        slow_mo=browser_type_launch_args.get("slow_mo"),
        args=[f"--disable-extensions-except={extension_path}", f"--load-extension={extension_path}"],
    )
    # The paste flows put text on the clipboard as a person's copy would.
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield context
    context.close()


@pytest.fixture(scope="session")
def service_worker(extension_context: BrowserContext) -> Worker:
    workers = extension_context.service_workers or [extension_context.wait_for_event("serviceworker")]
    worker = next(w for w in workers if EXTENSION_ID in w.url)
    return worker


@pytest.fixture()
def extension_storage(service_worker: Worker) -> Callable[..., None]:
    """Clears the extension's local storage and makes the given user settings the only ones.

    chrome.storage.sync allows 120 writes a minute, so settings are only written when they
    differ from what is stored already; on a fast machine the suite can still go over, and then
    a write is tried again every two seconds until the minute's window lets it through (Chrome
    sends no event when it does).
    """

    def apply(**settings: Any) -> None:
        service_worker.evaluate(
            """async (values) => {
                const write = async (operation) => {
                    for (let tries = 1; ; tries += 1) {
                        try {
                            return await operation();
                        } catch (error) {
                            const overQuota = String(error).includes("MAX_WRITE_OPERATIONS_PER_MINUTE");
                            if (!overQuota || tries >= 40) throw error;
                            await new Promise((resolve) => setTimeout(resolve, 2000));
                        }
                    }
                };
                await chrome.storage.local.clear();
                const current = await chrome.storage.sync.get(null);
                const stale = Object.keys(current).filter((key) => !(key in values));
                const same = (key) => JSON.stringify(current[key]) === JSON.stringify(values[key]);
                if (stale.length) await write(() => chrome.storage.sync.remove(stale));
                if (!Object.keys(values).every(same)) await write(() => chrome.storage.sync.set(values));
            }""",
            settings,
        )

    apply()
    return apply


@pytest.fixture(scope="session")
def guard_proxy(guard_service: RunningService) -> Iterator[GuardProxy]:
    """What the extension calls "the service" in the replica tests (see service_faults.py)."""
    proxy = GuardProxy(guard_service.url)
    yield proxy
    proxy.stop()


@pytest.fixture()
def set_extension_settings(
    extension_storage: Callable[..., None], guard_proxy: GuardProxy, guard_service: RunningService
) -> Callable[..., None]:
    """Points the extension at the session's service (through the proxy), failing closed."""
    guard_proxy.reset(guard_service.url)

    def apply(**settings: Any) -> None:
        extension_storage(**{"service_url": guard_proxy.url, "failure_mode": "fail-closed", **settings})

    apply()
    return apply


@pytest.fixture(scope="session")
def analysis_tap(guard_service: RunningService) -> AnalysisTap:
    """The session service's own analysis time of each answer (elapsed_ms), for the timing table."""
    return AnalysisTap(guard_service.app)


@pytest.fixture(scope="session")
def replica_tab(extension_context: BrowserContext, replica_bundles: dict[str, Path]) -> Iterator[ReplicaTab]:
    """The one page every replica test runs in (a fresh document per test)."""
    page = extension_context.new_page()
    page.set_default_timeout(10_000)  # every wait here is for an event that comes quickly or not at all
    yield ReplicaTab(page, replica_bundles)
    page.close()


@pytest.fixture()
def open_replica(
    replica_tab: ReplicaTab, set_extension_settings: Callable[..., None]
) -> Callable[[Replica], ReplicaPage]:
    """Opens a replica at its site's real URL, ready for input, with the extension pointed at
    the session's service."""
    return replica_tab.open


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not timing.RESULTS:
        return
    table = timing.markdown_table()
    terminalreporter.write_sep("=", "Enter to sent, per replica (ms)")
    terminalreporter.write_line(table)
    if timing.complete():
        timing.write_document(TIMING_DOC)
        terminalreporter.write_line(f"written to {TIMING_DOC}")
