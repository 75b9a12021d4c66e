"""Issue 3's proof on the ChatGPT replica (real ProseMirror) against the real guard service.

Every assertion about sending is made on what reached the recorder route, i.e. what actually
left the page, and on the editor's own state, not on the DOM.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from e2e.helpers.guard_ui import GuardUI
from e2e.helpers.replica import Recorder
from e2e.helpers.service import RunningService, closed_port_url
from genai_guard.audit import AuditStore

SEND_URL = "**/backend-api/conversation"
BENIGN = "Suggest three icebreaker activities for a team meeting on Monday"
NHS_NUMBER = "943 476 5919"
# The canary makes any leak of the prompt into the audit store easy to spot.
CANARY = "Quillfeather"
NHS_PROMPT = (
    f"Draft a referral letter about {CANARY} for my client, NHS number {NHS_NUMBER}, who needs support"
)

ChatGPT = tuple[Page, Recorder, GuardUI]


def type_prompt(page: Page, text: str) -> None:
    page.locator("#prompt-textarea").click()
    page.keyboard.type(text)


def editor_text(page: Page) -> str:
    return str(page.evaluate("window.__replica.text()"))


def wait_until_sent_and_idle(page: Page) -> None:
    page.wait_for_function("() => document.body.dataset.state === 'idle' && window.__replica.text() === ''")


def test_when_benign_prompt_then_sent_once_unchanged(chatgpt: ChatGPT) -> None:
    page, recorder, _ui = chatgpt
    type_prompt(page, BENIGN)
    with page.expect_request(SEND_URL):
        page.keyboard.press("Enter")
    wait_until_sent_and_idle(page)
    assert recorder.prompts() == [BENIGN]


def test_when_send_button_clicked_then_benign_prompt_sent_once(chatgpt: ChatGPT) -> None:
    page, recorder, _ui = chatgpt
    type_prompt(page, BENIGN)
    with page.expect_request(SEND_URL):
        page.locator("button[data-testid='send-button']").click()
    wait_until_sent_and_idle(page)
    assert recorder.prompts() == [BENIGN]


def test_when_shift_enter_then_newline_and_nothing_sent(chatgpt: ChatGPT) -> None:
    page, recorder, ui = chatgpt
    type_prompt(page, "First line of the question")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("second line")
    assert editor_text(page) == "First line of the question\nsecond line"
    assert recorder.bodies == []
    assert ui.find_all("dialog") == []
    # The two lines then leave as one prompt, read the way the editor holds them.
    with page.expect_request(SEND_URL):
        page.keyboard.press("Control+Enter")
    wait_until_sent_and_idle(page)
    assert recorder.prompts() == ["First line of the question\nsecond line"]


def test_when_nhs_number_then_nothing_sent_and_text_kept(chatgpt: ChatGPT) -> None:
    page, recorder, ui = chatgpt
    type_prompt(page, NHS_PROMPT)
    page.keyboard.press("Enter")
    dialog = ui.wait_for_dialog()
    shown = ui.text_of(dialog)
    assert "NHS number" in shown
    assert "943 *** ****" in shown
    assert "5919" not in shown and CANARY not in shown
    assert recorder.bodies == []

    ui.click("button", "Edit")
    ui.wait_for_dialog_closed()
    assert editor_text(page) == NHS_PROMPT
    assert page.evaluate("document.activeElement.id") == "prompt-textarea"
    assert recorder.bodies == []


def test_when_replace_with_placeholders_then_sent_without_identifiers(chatgpt: ChatGPT) -> None:
    page, recorder, ui = chatgpt
    type_prompt(page, NHS_PROMPT)
    page.keyboard.press("Enter")
    ui.wait_for_dialog()
    with page.expect_request(SEND_URL):
        ui.click("button", "Replace with placeholders and send")
    wait_until_sent_and_idle(page)
    [sent] = recorder.prompts()
    assert NHS_NUMBER not in sent and NHS_NUMBER.replace(" ", "") not in sent
    assert "NHS NUMBER" in sent
    assert sent.startswith("Draft a referral letter")


def test_when_send_anyway_with_reason_then_sent_and_one_audit_event_without_text(
    chatgpt: ChatGPT,
    start_guard: Callable[..., RunningService],
    set_extension_settings: Callable[..., None],
) -> None:
    page, recorder, ui = chatgpt
    service = start_guard({"overrides": {"block": True}})
    set_extension_settings(service_url=service.url)
    reason = service.app.test_client().get("/v1/policy").get_json()["override_reasons"][0]

    type_prompt(page, NHS_PROMPT)
    page.keyboard.press("Enter")
    ui.wait_for_dialog()
    ui.click("radio", reason["text"])
    with page.expect_request(SEND_URL):
        ui.click("button", "Send anyway")
    wait_until_sent_and_idle(page)
    assert recorder.prompts() == [NHS_PROMPT]

    # Recorded before the replay, so it is already stored.
    [event] = AuditStore(service.audit_db).events()
    assert event["action"] == "send_anyway"
    assert event["override_reason"] == reason["id"]
    assert event["site"] == "chatgpt.com"
    assert event["entity_counts"].get("UK_NHS") == 1
    for stored in Path(service.audit_db).parent.iterdir():
        content = stored.read_bytes()
        for secret in (CANARY, NHS_NUMBER, NHS_NUMBER.replace(" ", ""), "referral letter"):
            assert secret.encode() not in content, f"{secret!r} found in {stored.name}"


def test_when_service_stopped_then_nothing_sent_and_fail_closed_message(
    chatgpt: ChatGPT, set_extension_settings: Callable[..., None]
) -> None:
    page, recorder, ui = chatgpt
    set_extension_settings(service_url=closed_port_url(), failure_mode="fail-closed")
    type_prompt(page, BENIGN)
    page.keyboard.press("Enter")
    dialog = ui.wait_for_dialog()
    assert dialog.name == "GenAI Guard isn't running"
    assert "genai-guard serve" in ui.text_of(dialog)
    assert recorder.bodies == []

    ui.click("button", "Cancel")
    ui.wait_for_dialog_closed()
    assert editor_text(page) == BENIGN
    assert recorder.bodies == []


def test_when_identifier_pasted_then_notice_shown_and_nothing_sent(chatgpt: ChatGPT) -> None:
    page, recorder, ui = chatgpt
    page.locator("#prompt-textarea").click()
    # A paste event carrying the text, as the clipboard would deliver it to the editor.
    page.locator("#prompt-textarea").evaluate(
        """(editor, text) => {
            const data = new DataTransfer();
            data.setData('text/plain', text);
            const init = { clipboardData: data, bubbles: true, cancelable: true };
            editor.dispatchEvent(new ClipboardEvent('paste', init));
        }""",
        NHS_PROMPT,
    )
    notice = ui.wait_for_notice()
    assert "NHS number" in notice and "943 *** ****" in notice
    assert "5919" not in notice
    assert editor_text(page) == NHS_PROMPT  # the paste itself is not blocked
    assert recorder.bodies == []


def test_when_service_stopped_in_degraded_mode_then_local_detector_blocks_identifiers(
    chatgpt: ChatGPT, set_extension_settings: Callable[..., None]
) -> None:
    page, recorder, ui = chatgpt
    set_extension_settings(service_url=closed_port_url(), failure_mode="degraded")
    type_prompt(page, NHS_PROMPT)
    page.keyboard.press("Enter")
    shown = ui.text_of(ui.wait_for_dialog())
    assert "simpler check" in shown
    assert "NHS number" in shown and "943 *** ****" in shown
    ui.click("button", "Cancel")
    ui.wait_for_dialog_closed()
    assert recorder.bodies == []

    page.locator("#prompt-textarea").fill(BENIGN)
    with page.expect_request(SEND_URL):
        page.keyboard.press("Enter")
    wait_until_sent_and_idle(page)
    assert recorder.prompts() == [BENIGN]
