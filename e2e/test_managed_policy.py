"""A real managed policy, as IT deploys it on Linux, loaded by Chromium itself.

The extension's settings from docs/deploy.md's Linux example (`3rdparty` → `extensions` → id) go
into a JSON file in /etc/chromium/policies/managed/ before Chromium starts, and Chromium's own
policy loader hands them to the extension as chrome.storage.managed. Nothing is stubbed. The
tests prove that the worker sees the values, that the options page shows them locked and marked
as set by the organisation, and that the extension obeys them on a replica: the student wording,
no "Send anyway" on a block, fail-closed, and no way for the user to change a locked setting.

Chromium watches that directory and reloads policy from it about 5 s after a change, in every
running Chromium on the machine. So that the policy reaches only the browser under test (other
tests' contexts and other people's runs on a shared machine are not managed), the browser is
started in a private mount namespace where a staging folder is bind-mounted over
/etc/chromium/policies/managed: it reads the file at exactly the path IT uses, and nobody else
sees it. Where mount namespaces are unavailable (an unprivileged container), the file is written
into the real directory and, after it is removed, the test waits until Chromium has dropped the
policy again. Needs root; skipped without it, except in CI ($CI set), where it fails instead.

The `ExtensionSettings` part of the example (force-install from an update URL) is left out: it
needs a packed, hosted CRX signed with the extension's private key, and a force-install policy
Chromium cannot satisfy stops the unpacked extension loaded here from running.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, Worker

from e2e.conftest import EXTENSION_ID, chromium_executable
from e2e.helpers.replica import ReplicaPage, ReplicaTab
from e2e.helpers.replicas import REPLICAS
from e2e.helpers.service import RunningService, closed_port_url
from e2e.helpers.service_faults import GuardProxy

ROOT = Path(__file__).resolve().parents[1]
POLICY_DIR = Path("/etc/chromium/policies/managed")
OPTIONS_URL = f"chrome-extension://{EXTENSION_ID}/ui/options.html"
CHATGPT = next(replica for replica in REPLICAS if replica.id == "chatgpt")
IDENTIFIED = "Write a summary for Jayden Clarke, NHS no 943 476 5919"
STUDENT_BLOCK_HEADLINE = "Don't send this. It contains details that identify someone from your placement."
UNAVAILABLE = "GenAI Guard isn't running"
LOCKED_LABEL = "Set by your organisation"
USER_KEY_LEFT_OUT = "unreadable_files"
# The service under the policy allows "Send anyway" on blocks and degrades when unreachable:
# whatever the extension does differently is the managed policy's doing.
SERVICE_CONFIG: dict[str, Any] = {
    "overrides": {"warn": True, "block": True},
    "extension": {"failure_mode": "degraded"},
}


def documented_linux_policy() -> dict[str, Any]:
    """The first JSON example under "Linux: JSON policy files" in docs/deploy.md."""
    deploy = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    section = deploy.split("### Linux: JSON policy files", 1)[1]
    found = re.search(r"^```json\n(.*?)^```", section, flags=re.DOTALL | re.MULTILINE)
    assert found, "docs/deploy.md has no JSON example for Linux"
    return json.loads(found.group(1))  # type: ignore[no-any-return]


def policy_for_test(service_url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The documented file's `3rdparty` part, with this test's service and a student install.

    One setting a user may change is left out, to show that what the policy does not set stays
    the user's choice."""
    documented = documented_linux_policy()
    settings = documented["3rdparty"]["extensions"][EXTENSION_ID]
    settings.pop(USER_KEY_LEFT_OUT, None)
    settings.update(
        service_url=service_url,
        audience="student",
        failure_mode="fail-closed",
        allow_override_block=False,
    )
    return {"3rdparty": documented["3rdparty"]}, settings


def can_write_policy_dir() -> bool:
    try:
        POLICY_DIR.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(POLICY_DIR, os.W_OK)


def private_mounts_work() -> bool:
    """Whether a private mount namespace with a bind mount over POLICY_DIR can be made here."""
    unshare = shutil.which("unshare")
    if not unshare:
        return False
    probe = f"mount --bind {shlex.quote(str(POLICY_DIR))} {shlex.quote(str(POLICY_DIR))}"
    result = subprocess.run(
        [unshare, "--mount", "--propagation", "private", "--", "sh", "-c", probe],
        capture_output=True,
        timeout=10,
        check=False,
    )
    return result.returncode == 0


def private_policy_launcher(browser: str, staging: Path, where: Path) -> Path:
    """A launcher that starts `browser` with `staging` mounted over POLICY_DIR for it alone."""
    mount = f"mount --bind {shlex.quote(str(staging))} {shlex.quote(str(POLICY_DIR))}"
    inner = f'{mount} && exec {shlex.quote(browser)} "$@"'
    launcher = where / "chromium-with-policy.sh"
    launcher.write_text(
        "#!/bin/sh\n"
        f'exec unshare --mount --propagation private -- sh -c {shlex.quote(inner)} chromium "$@"\n',
        encoding="utf-8",
    )
    launcher.chmod(0o755)
    return launcher


def extension_worker(context: BrowserContext) -> Worker:
    workers = context.service_workers or [context.wait_for_event("serviceworker")]
    return next(w for w in workers if EXTENSION_ID in w.url)


def managed_storage(worker: Worker) -> dict[str, Any]:
    return worker.evaluate("() => chrome.storage.managed.get(null)")  # type: ignore[no-any-return]


@dataclass
class ManagedBrowser:
    context: BrowserContext
    worker: Worker
    settings: dict[str, Any]  # the extension's managed settings, as written in the policy file
    policy_file: Path  # where Chromium read it
    service: RunningService


@pytest.fixture(scope="module")
def managed_browser(
    playwright: Playwright,
    browser_type_launch_args: dict[str, Any],
    extension_path: Path,
    guard_proxy: GuardProxy,
    guard_service: RunningService,
    start_guard: Callable[..., RunningService],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[ManagedBrowser]:
    if not can_write_policy_dir():
        reason = f"writing Chromium's managed policy needs root ({POLICY_DIR} is not writable)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    service = start_guard(SERVICE_CONFIG)
    guard_proxy.reset(service.url)
    policy, settings = policy_for_test(guard_proxy.url)
    name = f"genai-guard-e2e-{uuid.uuid4().hex[:12]}.json"
    work = tmp_path_factory.mktemp("managed")
    browser = chromium_executable() or playwright.chromium.executable_path
    private = private_mounts_work()
    if private:
        staging = work / "managed-policies"
        staging.mkdir(mode=0o755)
        written = staging / name
        executable = str(private_policy_launcher(browser, staging, work))
    else:
        written = POLICY_DIR / name
        executable = browser
    context: BrowserContext | None = None
    worker: Worker | None = None
    try:
        written.write_text(json.dumps(policy, indent=2), encoding="utf-8")
        written.chmod(0o644)
        # Chromium reads platform policy at start-up: the file is in place before the launch.
        context = playwright.chromium.launch_persistent_context(
            str(work / "profile"),
            executable_path=executable,
            headless=browser_type_launch_args.get("headless", True),
            slow_mo=browser_type_launch_args.get("slow_mo"),
            args=[f"--disable-extensions-except={extension_path}", f"--load-extension={extension_path}"],
        )
        worker = extension_worker(context)
        yield ManagedBrowser(context, worker, settings, POLICY_DIR / name, service)
    finally:
        written.unlink(missing_ok=True)
        if worker is not None and not private:
            # Every Chromium on this machine reloads the folder ~5 s after a change: wait until
            # this one has dropped the policy, so that no later test runs under it.
            deadline = time.monotonic() + 30
            while managed_storage(worker) and time.monotonic() < deadline:
                time.sleep(0.5)
        if context is not None:
            context.close()
        guard_proxy.reset(guard_service.url)


@pytest.fixture()
def managed(managed_browser: ManagedBrowser, guard_proxy: GuardProxy) -> ManagedBrowser:
    """Per test: the policy's service answers, and the user's own choices (made before the
    policy arrived) contradict the policy on every key it locks."""
    guard_proxy.reset(managed_browser.service.url)
    managed_browser.worker.evaluate(
        """async () => {
            await chrome.storage.local.clear();
            await chrome.storage.sync.clear();
            await chrome.storage.sync.set({
                service_url: "http://127.0.0.1:1", audience: "worker", failure_mode: "degraded",
            });
        }"""
    )
    return managed_browser


@pytest.fixture()
def managed_tab(managed: ManagedBrowser) -> Iterator[Page]:
    page = managed.context.new_page()
    page.set_default_timeout(10_000)
    yield page
    page.close()


@pytest.fixture()
def options(managed_tab: Page) -> Page:
    managed_tab.goto(OPTIONS_URL)
    managed_tab.wait_for_selector("form[data-loaded='true']")
    return managed_tab


@pytest.fixture()
def chatgpt(managed_tab: Page, replica_bundles: dict[str, Path]) -> ReplicaPage:
    return ReplicaTab(managed_tab, replica_bundles).open(CHATGPT)


def send_message(page: Page, kind: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    script = "([type, data]) => chrome.runtime.sendMessage({type, data})"
    return page.evaluate(script, [kind, data or {}])  # type: ignore[no-any-return]


def test_policy_file_reaches_the_extension_as_managed_storage(managed: ManagedBrowser) -> None:
    # The file is where IT puts it, as the browser process sees its file system.
    assert managed.context.browser, "a persistent context has its browser"
    processes = managed.context.browser.new_browser_cdp_session().send("SystemInfo.getProcessInfo")
    browser_pid = next(p["id"] for p in processes["processInfo"] if p["type"] == "browser")
    seen = Path(f"/proc/{browser_pid}/root") / managed.policy_file.relative_to("/")
    on_disk = json.loads(seen.read_text(encoding="utf-8"))
    assert on_disk["3rdparty"]["extensions"][EXTENSION_ID] == managed.settings
    assert managed.settings["dpo_contact"] and managed.settings["organisation_guidance_url"]
    assert managed_storage(managed.worker) == managed.settings, f"Chromium did not read {managed.policy_file}"


def test_options_page_shows_the_policy_locked_and_set_by_the_organisation(
    managed: ManagedBrowser, options: Page
) -> None:
    for key in ("service_url", "audience", "failure_mode"):
        field = options.locator(f"#{key}")
        assert field.input_value() == managed.settings[key], key
        assert field.is_disabled(), key
        assert options.locator(f"#{key}-locked").is_visible(), key
        assert options.locator(f"#{key}-locked").inner_text() == LOCKED_LABEL
    # A key the policy leaves out stays the user's choice.
    assert options.locator(f"#{USER_KEY_LEFT_OUT}").is_enabled()
    assert options.locator(f"#{USER_KEY_LEFT_OUT}-locked").is_hidden()


def test_worker_refuses_changes_to_locked_settings(managed: ManagedBrowser, options: Page) -> None:
    attempts = {"audience": "worker", "service_url": "http://127.0.0.1:1", "failure_mode": "degraded"}
    for key, value in attempts.items():
        reply = send_message(options, "set-settings", {key: value})
        assert reply == {"ok": False, "error": f"locked-by-organisation:{key}"}, key
    # The channel works: a key the policy leaves out can be changed.
    reply = send_message(options, "set-settings", {USER_KEY_LEFT_OUT: "warn"})
    assert reply["ok"] and reply["data"]["values"][USER_KEY_LEFT_OUT] == "warn"
    # Saving the options page keeps every locked value.
    options.get_by_role("button", name="Save").click()
    options.wait_for_function("() => document.getElementById('save-status').textContent === 'Saved'")
    reply = send_message(options, "get-settings")
    assert reply["ok"], reply
    settings = reply["data"]
    assert settings["managed"] is True
    assert set(settings["locked"]) == set(managed.settings)
    for key, value in managed.settings.items():
        assert settings["values"][key] == value, key


def test_block_shows_student_wording_without_send_anyway(
    managed: ManagedBrowser, chatgpt: ReplicaPage
) -> None:
    chatgpt.type(IDENTIFIED)
    chatgpt.submit()
    dialog = chatgpt.ui.wait_for_dialog()
    assert dialog.name == STUDENT_BLOCK_HEADLINE
    shown = chatgpt.ui.text_of(dialog)
    assert "NHS number" in shown and "5919" not in shown, shown
    # The service allows "Send anyway" on blocks; the policy does not.
    assert chatgpt.ui.find_all("button", "Send anyway") == []
    assert chatgpt.ui.find_all("button", "Replace with placeholders and send")
    chatgpt.ui.click("button", "Cancel")
    chatgpt.ui.wait_for_dialog_closed()
    assert chatgpt.recorder.sent == []


def test_block_dialog_shows_the_organisation_contacts_from_the_policy(
    managed: ManagedBrowser, chatgpt: ReplicaPage
) -> None:
    chatgpt.type(IDENTIFIED)
    chatgpt.submit()
    shown = chatgpt.ui.text_of(chatgpt.ui.wait_for_dialog())
    assert managed.settings["organisation_guidance_url"] in shown, shown
    assert managed.settings["dpo_contact"] in shown, shown
    chatgpt.ui.click("button", "Cancel")
    chatgpt.ui.wait_for_dialog_closed()


def test_policy_fail_closed_wins_over_user_and_service_choosing_degraded(
    managed: ManagedBrowser, chatgpt: ReplicaPage, guard_proxy: GuardProxy
) -> None:
    # The service's policy (failure_mode "degraded") is known to the extension before it stops.
    chatgpt.type("Suggest an icebreaker for a team meeting")
    chatgpt.submit()
    chatgpt.wait_until_sent(1)
    cached = managed.worker.evaluate(
        "async () => (await chrome.storage.local.get('policy_cache')).policy_cache"
    )
    assert cached["policy"]["failure_mode"] == "degraded"

    guard_proxy.upstream = closed_port_url()
    chatgpt.type(IDENTIFIED)
    chatgpt.submit()
    dialog = chatgpt.ui.wait_for_dialog()
    assert dialog.name == UNAVAILABLE
    chatgpt.ui.click("button", "Cancel")
    chatgpt.ui.wait_for_dialog_closed()
    assert chatgpt.recorder.prompts() == ["Suggest an icebreaker for a team meeting"]
