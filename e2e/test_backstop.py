"""Issue 9, the network backstop: a prompt the composer path never saw (here: the composer
selectors deliberately broken through the service's /v1/policy, or a page script sending by
itself) is held in the page's own fetch, XMLHttpRequest and WebSocket until the guard has
checked it. Assertions are on what reached the site's backend (the recorder)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Worker

from e2e.helpers.replica import ReplicaPage, ReplicaTab
from e2e.helpers.replicas import REPLICAS, Replica
from e2e.helpers.service import RunningService
from genai_guard.audit import AuditStore

BY_ID = {replica.id: replica for replica in REPLICAS}
# One replica per way a prompt leaves: fetch JSON, XMLHttpRequest form-encoded f.req, WebSocket.
SENDERS = ("chatgpt", "gemini", "copilot")
NHS_NUMBER = "943 476 5919"
IDENTIFIED = f"Write to the GP about my client, NHS number {NHS_NUMBER}, who missed two visits"
BENIGN = "Suggest three icebreaker activities for a team meeting on Monday"
MATCHES_NOTHING = "genai-guard-test-matches-nothing"
HELD_BY_BACKSTOP = "The site tried to send a message"
CACHED_SELECTOR = """async () => (await chrome.storage.local.get("policy_cache")).policy_cache
    ?.policy?.sites?.[0]?.composers?.[0]?.selector ?? null"""


def with_broken_selectors(sites: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same site entries (backstop rules included) with composer and send selectors that match nothing."""
    broken = copy.deepcopy(sites)
    for site in broken:
        for surface in (site, site.get("edit_message")):
            if surface:
                surface["composers"] = [{**c, "selector": MATCHES_NOTHING} for c in surface["composers"]]
                surface["send"] = [MATCHES_NOTHING]
    return broken


@pytest.fixture()
def broken_service(
    start_guard: Callable[..., RunningService],
    set_extension_settings: Callable[..., None],
    replica_tab: ReplicaTab,
    service_worker: Worker,
) -> RunningService:
    """A service whose policy delivers broken selectors, already cached by the extension."""
    service = start_guard({})
    service.app.config["GUARD_SITES"] = with_broken_selectors(service.app.config["GUARD_SITES"])
    set_extension_settings(service_url=service.url)
    replica_tab.open(BY_ID["chatgpt"])  # a first page makes the worker fetch the policy
    for _ in range(50):
        if service_worker.evaluate(CACHED_SELECTOR) == MATCHES_NOTHING:
            return service
        replica_tab.page.wait_for_timeout(100)
    raise AssertionError("the extension never cached the policy's sites")


@pytest.fixture(params=SENDERS)
def sender(request: pytest.FixtureRequest) -> Replica:
    return BY_ID[request.param]


@pytest.mark.parametrize("replica", REPLICAS, ids=[replica.id for replica in REPLICAS])
def test_identifiers_are_held_when_the_composer_is_not_recognised(
    broken_service: RunningService, open_replica: Callable[[Replica], ReplicaPage], replica: Replica
) -> None:
    """Every replica; SENDERS cover fetch, XMLHttpRequest and WebSocket among them."""
    site = open_replica(replica)
    site.type(IDENTIFIED)
    site.submit()  # nothing intercepts the key: the site sends by itself
    shown = site.ui.text_of(site.ui.wait_for_dialog())
    assert HELD_BY_BACKSTOP in shown and "NHS number" in shown and "943 *** ****" in shown, shown
    assert "5919" not in shown
    assert site.recorder.sent == []
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    [event] = broken_service.wait_for_events(1)
    assert site.recorder.sent == []
    assert (event["action"], event["entity_counts"]) == ("cancel", {"UK_NHS": 1})


def test_benign_prompts_still_go_through(
    broken_service: RunningService, open_replica: Callable[[Replica], ReplicaPage], sender: Replica
) -> None:
    site = open_replica(sender)
    site.type(BENIGN)
    site.submit()
    site.wait_until_sent(1)
    assert site.recorder.prompts() == [BENIGN]
    assert site.ui.find_all("dialog") == []


def test_replace_with_placeholders_rewrites_the_request_in_its_own_format(
    broken_service: RunningService, open_replica: Callable[[Replica], ReplicaPage], sender: Replica
) -> None:
    site = open_replica(sender)
    site.type(IDENTIFIED)
    site.submit()
    site.ui.wait_for_dialog()
    site.ui.click("button", "Replace with placeholders and send")
    site.wait_until_sent(1)
    [sent] = site.recorder.prompts()
    assert "[NHS NUMBER 1]" in sent and NHS_NUMBER not in sent
    assert sent.startswith("Write to the GP about my client")


def test_a_prompt_approved_in_the_dialog_is_not_asked_about_twice(
    start_guard: Callable[..., RunningService],
    set_extension_settings: Callable[..., None],
    open_replica: Callable[[Replica], ReplicaPage],
    sender: Replica,
) -> None:
    service = start_guard({"overrides": {"block": True}})
    set_extension_settings(service_url=service.url)
    reason = service.app.test_client().get("/v1/policy").get_json()["override_reasons"][0]
    site = open_replica(sender)
    site.enter_text(IDENTIFIED)
    site.submit()
    site.ui.wait_for_dialog()
    site.ui.click("radio", reason["text"])
    site.ui.click("button", "Send anyway")
    site.wait_until_sent(1)
    site.page.wait_for_timeout(300)
    assert site.recorder.prompts() == [IDENTIFIED]
    assert site.ui.find_all("dialog") == []
    assert [e["action"] for e in AuditStore(service.audit_db).events()] == ["send_anyway"]


FORGE_AND_SEND = """async (prompt) => {
    // A page script pretending to be the content script: its own channel, offered the way the
    // backstop offers its port, and approvals posted every way it can think of.
    const fake = new MessageChannel();
    const offer = { ports: [fake.port2], cancelable: true };
    window.dispatchEvent(new MessageEvent("genai-guard:page-channel", offer));
    fake.port1.postMessage({ type: "verdict", id: 1, action: "send" });
    window.postMessage({ type: "verdict", id: 1, action: "send" }, "*");
    const leaked = typeof window.__genaiGuardBackstopRules !== "undefined";
    const message = { content: { content_type: "text", parts: [prompt] } };
    const body = JSON.stringify({ action: "next", messages: [message] });
    const headers = { "Content-Type": "application/json" };
    const sent = fetch("/backend-api/conversation", { method: "POST", headers, body })
        .then(() => "sent", () => "refused");
    window.__forged = sent;
    return leaked;
}"""


def test_a_page_script_cannot_forge_its_way_past_the_backstop(
    set_extension_settings: Callable[..., None], open_replica: Callable[[Replica], ReplicaPage]
) -> None:
    """Text sent by the page itself (voice input, a new UI): held, and the page cannot approve it."""
    site = open_replica(BY_ID["chatgpt"])
    assert site.page.evaluate(FORGE_AND_SEND, IDENTIFIED) is False
    assert HELD_BY_BACKSTOP in site.ui.text_of(site.ui.wait_for_dialog())
    assert site.recorder.sent == []
    site.ui.click("button", "Cancel")
    assert site.page.evaluate("window.__forged") == "refused"
    assert site.recorder.sent == []
