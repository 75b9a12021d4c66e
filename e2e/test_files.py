"""Issue 9, files: every file chosen, dropped or pasted on a guarded site is checked by the
service before the site's own code sees it. Assertions are on what the page's code received
(window.__uploads), the dialog as a person reads it, and the audit store."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Worker

from e2e.fixtures_files import CLEAN_DOCX, CLEAN_FILE, IDENTIFIED_FILES, IMAGE_FILE, NHS_NUMBER, UploadFile
from e2e.helpers.replica import ReplicaPage
from e2e.helpers.replicas import REPLICAS, Replica
from e2e.helpers.service import RunningService
from e2e.helpers.uploads import WAYS, Uploads
from genai_guard.audit import AuditStore

BY_ID = {replica.id: replica for replica in REPLICAS}
# Where each document holds the number, as the dialog names it.
LOCATIONS = {"docx": "paragraph 3", "pdf": "page 1", "txt": "line 2"}
UNCHECKED = "GenAI Guard couldn't check this file"


@pytest.fixture()
def audited(
    start_guard: Callable[..., RunningService], set_extension_settings: Callable[..., None]
) -> RunningService:
    """A service of this test's own (empty audit store) that allows overriding a block."""
    service = start_guard({"overrides": {"block": True}})
    set_extension_settings(service_url=service.url)
    return service


def open_site(open_replica: Callable[[Replica], ReplicaPage], replica_id: str) -> tuple[ReplicaPage, Uploads]:
    site = open_replica(BY_ID[replica_id])
    return site, Uploads(site)


def dialog_text(site: ReplicaPage) -> str:
    return site.ui.text_of(site.ui.wait_for_dialog())


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("kind", sorted(IDENTIFIED_FILES))
def test_file_with_an_nhs_number_never_reaches_the_site(
    open_replica: Callable[[Replica], ReplicaPage], audited: RunningService, kind: str, way: str
) -> None:
    site, uploads = open_site(open_replica, "chatgpt")
    document = IDENTIFIED_FILES[kind]
    uploads.give(way, document)
    shown = dialog_text(site)
    assert document.name in shown and "NHS number" in shown and LOCATIONS[kind] in shown, shown
    assert "5919" not in shown
    assert uploads.received() == []
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    [event] = audited.wait_for_events(1)  # the extension records the cancel after the dialog closes
    assert uploads.received() == []
    assert (event["trigger"], event["decision"], event["action"]) == ("file", "block", "cancel")
    assert event["entity_counts"] == {"UK_NHS": 1}


def test_a_file_input_the_site_never_adds_to_the_page_is_guarded_too(
    open_replica: Callable[[Replica], ReplicaPage], audited: RunningService
) -> None:
    """Gemini creates a file input and clicks it without adding it to the document."""
    site, uploads = open_site(open_replica, "gemini")
    uploads.choose_transient(IDENTIFIED_FILES["txt"])
    assert IDENTIFIED_FILES["txt"].name in dialog_text(site)
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    audited.wait_for_events(1)
    assert uploads.received() == []


@pytest.mark.parametrize(
    ("replica_id", "way"),
    [
        ("chatgpt", "choose"),
        ("gemini", "transient"),
        ("claude", "drop"),
        ("copilot", "paste"),
        ("perplexity", "choose"),
    ],
)
def test_clean_file_reaches_the_site_exactly_once(
    open_replica: Callable[[Replica], ReplicaPage], replica_id: str, way: str
) -> None:
    site, uploads = open_site(open_replica, replica_id)
    uploads.give(way, CLEAN_DOCX)
    via = "input" if way == "choose" else "transient-input" if way == "transient" else way
    assert uploads.wait_received(1) == [
        {"via": via, "name": CLEAN_DOCX.name, "size": len(CLEAN_DOCX.data), "type": CLEAN_DOCX.mime}
    ]
    assert site.ui.find_all("dialog") == []


def test_of_several_files_only_the_clean_ones_reach_the_site(
    open_replica: Callable[[Replica], ReplicaPage], audited: RunningService
) -> None:
    site, uploads = open_site(open_replica, "chatgpt")
    uploads.choose(CLEAN_FILE, IDENTIFIED_FILES["pdf"])
    assert IDENTIFIED_FILES["pdf"].name in dialog_text(site)
    site.ui.click("button", "Cancel")
    assert [(f["name"], f["via"]) for f in uploads.wait_received(1)] == [(CLEAN_FILE.name, "input")]
    # The site's input holds exactly what it was handed.
    assert site.page.evaluate("[...document.querySelector('#replica-upload').files].map(f => f.name)") == [
        CLEAN_FILE.name
    ]


def test_upload_anyway_with_a_reason_hands_the_file_over_once_and_audits_it(
    open_replica: Callable[[Replica], ReplicaPage], audited: RunningService
) -> None:
    reason = audited.app.test_client().get("/v1/policy").get_json()["override_reasons"][0]
    site, uploads = open_site(open_replica, "gemini")
    uploads.drop(IDENTIFIED_FILES["docx"])
    site.ui.wait_for_dialog()
    site.ui.click("radio", reason["text"])
    site.ui.click("button", "Upload anyway")
    assert [f["name"] for f in uploads.wait_received(1)] == [IDENTIFIED_FILES["docx"].name]
    [event] = AuditStore(audited.audit_db).events()
    assert (event["trigger"], event["action"], event["override_reason"]) == (
        "file",
        "send_anyway",
        reason["id"],
    )


def test_unreadable_image_warns_by_default_on_a_personal_install(
    open_replica: Callable[[Replica], ReplicaPage], audited: RunningService
) -> None:
    reason = audited.app.test_client().get("/v1/policy").get_json()["override_reasons"][0]
    site, uploads = open_site(open_replica, "chatgpt")
    uploads.choose(IMAGE_FILE)
    shown = dialog_text(site)
    assert UNCHECKED in shown and IMAGE_FILE.name in shown and "image" in shown, shown
    assert uploads.received() == []
    site.ui.click("radio", reason["text"])
    site.ui.click("button", "Upload anyway")
    assert [f["name"] for f in uploads.wait_received(1)] == [IMAGE_FILE.name]
    [event] = AuditStore(audited.audit_db).events()
    assert (event["trigger"], event["decision"], event["action"]) == ("file", "warn", "send_anyway")


@pytest.mark.parametrize("way", ["choose", "paste"])
def test_unreadable_image_is_blocked_when_policy_says_so(
    open_replica: Callable[[Replica], ReplicaPage],
    audited: RunningService,
    set_extension_settings: Callable[..., None],
    way: str,
) -> None:
    set_extension_settings(service_url=audited.url, unreadable_files="block")
    site, uploads = open_site(open_replica, "copilot")
    uploads.give(way, IMAGE_FILE)
    shown = dialog_text(site)
    assert UNCHECKED in shown and "doesn't allow" in shown, shown
    assert site.ui.find_all("button", "Upload anyway") == []
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    [event] = audited.wait_for_events(1)  # the extension records the cancel after the dialog closes
    assert uploads.received() == []
    assert (event["trigger"], event["decision"], event["action"]) == ("file", "block", "cancel")


def test_text_pasted_beside_a_blocked_file_still_arrives(
    open_replica: Callable[[Replica], ReplicaPage], audited: RunningService
) -> None:
    """A paste with text and a file: the file is held back, the text goes into the composer."""
    site, uploads = open_site(open_replica, "chatgpt")
    document: UploadFile = IDENTIFIED_FILES["txt"]
    site.page.evaluate(
        """([name, data, selector]) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([data], name, { type: "text/plain" }));
            transfer.setData("text/plain", "Summarise the attached notes");
            const target = document.querySelector(selector);
            target.focus();
            const init = { bubbles: true, cancelable: true, clipboardData: transfer };
            target.dispatchEvent(new ClipboardEvent("paste", init));
        }""",
        [document.name, document.data.decode(), site.replica.composer],
    )
    site.ui.wait_for_dialog()
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    site.page.wait_for_function("() => window.__replica.getModelText() === 'Summarise the attached notes'")
    assert uploads.received() == []
    assert NHS_NUMBER not in site.model_text()


def test_unreadable_files_are_blocked_by_default_on_a_managed_install(
    open_replica: Callable[[Replica], ReplicaPage], audited: RunningService, service_worker: Worker
) -> None:
    # Stands in for IT's policy: any managed key makes this a managed install.
    service_worker.evaluate(
        """(url) => {
            globalThis.__realManagedGet ??= chrome.storage.managed.get.bind(chrome.storage.managed);
            chrome.storage.managed.get = async () => ({ service_url: url });
        }""",
        audited.url,
    )
    try:
        site, uploads = open_site(open_replica, "chatgpt")
        uploads.drop(IMAGE_FILE)
        assert "doesn't allow" in dialog_text(site)
        assert site.ui.find_all("button", "Upload anyway") == []
        site.ui.click("button", "Cancel")
        site.ui.wait_for_dialog_closed()
        assert uploads.received() == []
    finally:
        service_worker.evaluate(
            """() => {
                if (globalThis.__realManagedGet) chrome.storage.managed.get = globalThis.__realManagedGet;
            }"""
        )
