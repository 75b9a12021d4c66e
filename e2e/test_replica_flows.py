"""Every flow of issue 4 on every site replica, against the real guard service.

One table (e2e/helpers/replicas.py) drives every test. Assertions about sending are made on
what reached the recorder, i.e. what actually left the page in the site's own wire format;
assertions about the composer read the editor's own model (window.__replica.getModelText()),
never the DOM. The replicas build their request bodies from their models too, so a prompt
that leaves is what the editor held.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from e2e.helpers.replica import ReplicaPage
from e2e.helpers.replicas import REPLICA_IDS, REPLICAS, WITH_EDIT, Replica
from e2e.helpers.service import RunningService
from e2e.helpers.service_faults import GuardProxy
from genai_guard.audit import AuditStore

BENIGN = "Suggest three icebreaker activities for a team meeting on Monday — keep each under a minute"
BENIGN_AGAIN = "Now make them suitable for a remote team across three time zones"
NHS_NUMBER = "943 476 5919"
EMAIL = "quill.feather@example.org"
# The canary makes any leak of the prompt into the audit store or the dialog easy to spot.
CANARY = "Quillfeather"
IDENTIFIED = f"Draft a referral letter about {CANARY} for my client, NHS number {NHS_NUMBER}, email {EMAIL}"
IDENTIFIER_STRINGS = (NHS_NUMBER, NHS_NUMBER.replace(" ", ""), EMAIL)
UNAVAILABLE = "GenAI Guard isn't running"
# Small, so the slow-service flows stay quick; the proxy then waits well past it.
TIME_BUDGET_MS = 500
SLOW_S = 2.0


@pytest.fixture(params=REPLICAS, ids=REPLICA_IDS)
def replica(request: pytest.FixtureRequest) -> Replica:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture()
def site(open_replica: Callable[[Replica], ReplicaPage], replica: Replica) -> ReplicaPage:
    return open_replica(replica)


def assert_findings_named(site: ReplicaPage, shown: str) -> None:
    assert "NHS number" in shown and "943 *** ****" in shown, shown
    assert "5919" not in shown and CANARY not in shown and EMAIL not in shown


def hold_back_and_keep(site: ReplicaPage, leave_with: str) -> None:
    """The dialog names the findings, nothing leaves, and the composer keeps the text."""
    sent_before = len(site.recorder.sent)
    site.submit()
    assert_findings_named(site, site.ui.text_of(site.ui.wait_for_dialog()))
    assert len(site.recorder.sent) == sent_before
    site.ui.click("button", leave_with)
    site.ui.wait_for_dialog_closed()
    assert site.model_text() == IDENTIFIED
    assert len(site.recorder.sent) == sent_before


def test_benign_prompt_is_sent_once_byte_identical(site: ReplicaPage) -> None:
    site.type(BENIGN)
    site.submit()
    site.wait_until_sent(1)
    # And once more through the site's own send control.
    site.enter_text(BENIGN_AGAIN)
    site.page.locator(site.replica.send_control).click()
    site.wait_until_sent(2)
    assert site.recorder.prompts() == [BENIGN, BENIGN_AGAIN]


def test_shift_enter_is_a_new_line_and_sends_nothing(site: ReplicaPage) -> None:
    site.type("First line of the question")
    site.page.keyboard.press("Shift+Enter")
    site.page.keyboard.type("second line")
    assert site.model_text() == "First line of the question\nsecond line"
    assert site.ui.find_all("dialog") == []
    # Had Shift+Enter sent anything, it would be recorded before this send.
    site.submit()
    site.wait_until_sent(1)
    assert site.recorder.prompts() == ["First line of the question\nsecond line"]


def test_enter_confirming_an_ime_composition_sends_nothing(site: ReplicaPage) -> None:
    site.type("Translate ")
    site.compose_with_ime("にほんご", "日本語")
    assert site.model_text() == "Translate 日本語"
    assert site.ui.find_all("dialog") == []
    site.submit()
    site.wait_until_sent(1)
    assert site.recorder.prompts() == ["Translate 日本語"]


@pytest.mark.parametrize("entry", ["typed", "pasted"])
def test_identifiers_are_held_back_and_named(site: ReplicaPage, entry: str) -> None:
    if entry == "typed":
        site.type(IDENTIFIED)
    else:
        site.paste(IDENTIFIED)
        notice = site.ui.wait_for_notice()
        assert "NHS number" in notice and "5919" not in notice
    hold_back_and_keep(site, "Edit")
    assert site.recorder.sent == []


def test_replace_with_placeholders_sends_what_the_model_holds(
    site: ReplicaPage, guard_service: RunningService
) -> None:
    expected = (
        guard_service.app.test_client()
        .post("/v1/analyze", json={"text": IDENTIFIED, "site": site.replica.host})
        .get_json()["redacted_text"]
    )
    site.enter_text(IDENTIFIED)
    site.submit()
    site.ui.wait_for_dialog()
    site.ui.click("button", "Replace with placeholders and send")
    site.wait_until_sent(1)
    [sent] = site.recorder.prompts()
    assert sent == expected
    assert "[NHS NUMBER 1]" in sent and "[EMAIL 1]" in sent
    for identifier in IDENTIFIER_STRINGS:
        assert identifier not in sent


def test_send_anyway_with_a_reason_sends_once_and_audits_once_without_text(
    open_replica: Callable[[Replica], ReplicaPage],
    replica: Replica,
    start_guard: Callable[..., RunningService],
    guard_proxy: GuardProxy,
) -> None:
    service = start_guard({"overrides": {"block": True}})
    guard_proxy.upstream = service.url  # before the page opens and the extension reads the policy
    site = open_replica(replica)
    reason = service.app.test_client().get("/v1/policy").get_json()["override_reasons"][0]

    site.enter_text(IDENTIFIED)
    site.submit()
    site.ui.wait_for_dialog()
    site.ui.click("radio", reason["text"])
    site.ui.click("button", "Send anyway")
    site.wait_until_sent(1)
    assert site.recorder.prompts() == [IDENTIFIED]

    # Recorded before the replay, so it is already stored.
    [event] = AuditStore(service.audit_db).events()
    assert event["action"] == "send_anyway"
    assert (event["override_reason"], event["site"]) == (reason["id"], site.replica.host)
    assert event["entity_counts"] == {"UK_NHS": 1, "EMAIL_ADDRESS": 1}
    for stored in Path(service.audit_db).parent.iterdir():
        content = stored.read_bytes()
        for secret in (CANARY, *IDENTIFIER_STRINGS, "referral letter"):
            assert secret.encode() not in content, f"{secret!r} found in {stored.name}"


Failing = Callable[[str, str], ReplicaPage]


@pytest.fixture()
def failing_service(
    open_replica: Callable[[Replica], ReplicaPage],
    replica: Replica,
    start_guard: Callable[..., RunningService],
    guard_proxy: GuardProxy,
    set_extension_settings: Callable[..., None],
) -> Failing:
    """Opens the replica with a working service behind the extension and sends a first prompt
    (so its policy, with a short time budget, is cached); then the service fails mid-session."""

    def open_then_fail(fault: str, failure_mode: str) -> ReplicaPage:
        service = start_guard({"extension": {"time_budget_ms": TIME_BUDGET_MS}})
        guard_proxy.upstream = service.url
        set_extension_settings(failure_mode=failure_mode)
        site = open_replica(replica)
        site.enter_text(BENIGN)
        site.submit()
        site.wait_until_sent(1)
        if fault == "stopped":
            service.stop()
        else:
            guard_proxy.delay_s = SLOW_S
        return site

    return open_then_fail


@pytest.mark.parametrize("fault", ["stopped", "slow"])
def test_fail_closed_when_the_service_fails_mid_session(failing_service: Failing, fault: str) -> None:
    site = failing_service(fault, "fail-closed")
    site.enter_text(BENIGN_AGAIN)
    site.submit()
    dialog = site.ui.wait_for_dialog()
    assert dialog.name == UNAVAILABLE
    assert "genai-guard serve" in site.ui.text_of(dialog)
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    assert site.model_text() == BENIGN_AGAIN
    assert site.recorder.prompts() == [BENIGN]


@pytest.mark.parametrize("fault", ["stopped", "slow"])
def test_degraded_mode_when_the_service_fails_mid_session(failing_service: Failing, fault: str) -> None:
    site = failing_service(fault, "degraded")
    site.enter_text(IDENTIFIED)
    site.submit()
    shown = site.ui.text_of(site.ui.wait_for_dialog())
    assert "simpler check" in shown
    assert_findings_named(site, shown)
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    assert site.recorder.prompts() == [BENIGN]

    site.clear()
    site.enter_text(BENIGN_AGAIN)
    site.submit()
    site.wait_until_sent(2)
    assert site.recorder.prompts() == [BENIGN, BENIGN_AGAIN]


def test_composer_rebuilt_by_navigation_is_still_guarded(site: ReplicaPage) -> None:
    site.navigate("/c/replica-next-chat")
    site.enter_text(IDENTIFIED)
    hold_back_and_keep(site, "Cancel")
    site.clear()
    site.enter_text(BENIGN)
    site.submit()
    site.wait_until_sent(1)
    assert site.recorder.prompts() == [BENIGN]


@pytest.mark.parametrize("replica", WITH_EDIT, ids=[replica.id for replica in WITH_EDIT])
def test_message_edit_is_checked_like_a_new_message(site: ReplicaPage, replica: Replica) -> None:
    assert replica.edit
    site.enter_text(BENIGN)
    site.submit()
    site.wait_until_sent(1)
    site.page.locator(replica.edit.open).last.click()
    field = site.page.locator(replica.edit.field)

    def save() -> None:
        if replica.edit and replica.edit.enter_saves:
            field.press("Enter")
        else:
            site.page.locator(f"{replica.edit.save}").click()  # type: ignore[union-attr]

    field.fill(IDENTIFIED)
    save()
    assert_findings_named(site, site.ui.text_of(site.ui.wait_for_dialog()))
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    assert field.input_value() == IDENTIFIED
    assert site.recorder.prompts() == [BENIGN]

    field.fill(BENIGN_AGAIN)
    save()
    site.wait_until_sent(2)
    assert site.recorder.prompts() == [BENIGN, BENIGN_AGAIN]
