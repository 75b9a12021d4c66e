"""Unit checks of the modules behind files and the backstop, imported in one of the
extension's own pages: request bodies in each site's format, the unreadable-files policy,
and the audit event's trigger."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from playwright.sync_api import BrowserContext, Page

from e2e.conftest import EXTENSION_ID
from e2e.test_extension_units import call
from genai_guard.paths import patterns_dir

SITES = {site["id"]: site for site in json.loads((patterns_dir() / "sites.json").read_text())["sites"]}
PROMPT = "Letter about NHS number 943 476 5919"


def gemini_f_req(text: str) -> str:
    return json.dumps([None, json.dumps([[text, 0, None], ["en"], ["", "", ""]])])


# What each replica sends (e2e/replicas/<site>/main.js), with PROMPT in it.
BODIES = {
    "chatgpt": json.dumps(
        {"action": "next", "messages": [{"content": {"content_type": "text", "parts": [PROMPT]}}]}
    ),
    "chatgpt-logged-out": urlencode({"prompt": PROMPT, "model": "auto"}),
    "claude": json.dumps({"prompt": PROMPT, "attachments": []}),
    "gemini": urlencode({"f.req": gemini_f_req(PROMPT), "at": "token"}),
    "copilot": json.dumps({"event": "send", "content": [{"type": "text", "text": PROMPT}], "mode": "chat"}),
    "perplexity": json.dumps({"query_str": PROMPT, "params": {"mode": "concise"}}),
    "deepseek": json.dumps({"chat_session_id": "x", "prompt": PROMPT}),
    "grok": json.dumps({"message": PROMPT, "modelName": "x"}),
    "mistral": json.dumps({"0": {"json": {"content": [{"type": "text", "text": PROMPT}], "chatId": "x"}}}),
    "meta-ai": urlencode(
        {"doc_id": "x", "variables": json.dumps({"message": {"sensitive_string_value": PROMPT}})}
    ),
    "poe": json.dumps({"queryName": "sendMessageMutation", "variables": {"bot": "x", "query": PROMPT}}),
}


@pytest.fixture(scope="module")
def extension_page(extension_context: BrowserContext) -> Iterator[Page]:
    page = extension_context.new_page()
    page.goto(f"chrome-extension://{EXTENSION_ID}/ui/options.html")
    yield page
    page.close()


def test_every_site_with_a_replica_declares_a_backstop() -> None:
    assert set(BODIES) <= {site_id for site_id, site in SITES.items() if "backstop" in site}


@pytest.mark.parametrize("site_id", sorted(BODIES))
def test_the_prompt_is_found_and_replaced_in_the_sites_own_format(extension_page: Page, site_id: str) -> None:
    backstop = SITES[site_id]["backstop"]
    body = BODIES[site_id]
    module = "content/request-body.js"
    assert call(extension_page, module, "m.promptsIn(a[0], a[1])", body, backstop) == [PROMPT]
    replaced = call(
        extension_page,
        module,
        "m.replacePrompts(a[0], a[1], () => 'Letter about [NHS NUMBER 1]')",
        body,
        backstop,
    )
    assert call(extension_page, module, "m.promptsIn(a[0], a[1])", replaced, backstop) == [
        "Letter about [NHS NUMBER 1]"
    ]
    assert "5919" not in replaced


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        json.dumps({"messages": "no parts"}),
        json.dumps({"messages": [{"content": {"parts": [""]}}]}),
    ],
)
def test_bodies_without_a_prompt_have_none(extension_page: Page, body: str) -> None:
    backstop = SITES["chatgpt"]["backstop"]
    assert call(extension_page, "content/request-body.js", "m.promptsIn(a[0], a[1])", body, backstop) == []


def test_unchanged_bodies_are_left_byte_for_byte(extension_page: Page) -> None:
    body = '{ "prompt" : "x",  "n": 1.50 }'
    backstop = {"format": "json", "paths": ["prompt"]}
    assert (
        call(
            extension_page,
            "content/request-body.js",
            "m.replacePrompts(a[0], a[1], (t) => t)",
            body,
            backstop,
        )
        == body
    )


@pytest.mark.parametrize(
    ("user", "managed", "policy", "expected"),
    [
        ({}, {}, None, "warn"),  # personal install
        ({}, {"audit_enabled": True}, None, "block"),  # any managed key: a managed install
        ({"unreadable_files": "block"}, {}, None, "block"),
        ({}, {}, {"unreadable_files": "block"}, "block"),
        ({"unreadable_files": "warn"}, {"unreadable_files": "block"}, None, "block"),  # IT wins
    ],
)
def test_unreadable_files_policy(
    extension_page: Page,
    user: dict[str, Any],
    managed: dict[str, Any],
    policy: dict[str, Any] | None,
    expected: str,
) -> None:
    expression = """(async () => {
        const settings = await import('/background/settings.js');
        return m.effectiveUnreadableFiles(settings.mergeSettings({ user: a[0], managed: a[1] }), a[2]);
    })()"""
    assert call(extension_page, "background/policy.js", expression, user, managed, policy) == expected


@pytest.mark.parametrize(
    ("trigger", "expected"), [("file", "file"), ("paste", "paste"), ("other", "submit"), (None, "submit")]
)
def test_audit_event_trigger(extension_page: Page, trigger: str | None, expected: str) -> None:
    data = {
        "site": "chatgpt.com",
        "decision": "block",
        "action": "cancel",
        "entity_counts": {"UK_NHS": 1},
        "trigger": trigger,
    }
    event = call(extension_page, "background/events.js", "m.auditEventFrom(a[0])", data)
    assert event["trigger"] == expected
