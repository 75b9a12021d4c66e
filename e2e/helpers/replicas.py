"""The replica table: what the tests need to know about each replica page.

Selectors here are the ones a person's actions go through (where to click and type); the
extension's own selectors live in patterns/sites.json. `read_prompt` turns one request body
(or WebSocket message) the page sent into the prompt text it carried, in the site's own wire
format, so tests assert on what actually left the page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

PromptReader = Callable[[str], str]


def json_at(*path: str | int) -> PromptReader:
    """The value at `path` inside a JSON body."""

    def read(body: str) -> str:
        value: Any = json.loads(body)
        for key in path:
            value = value[key]
        return str(value)

    return read


def form_field(name: str, then: PromptReader | None = None) -> PromptReader:
    """A field of a form-encoded body, optionally read further (it may hold JSON)."""

    def read(body: str) -> str:
        value = parse_qs(body, keep_blank_values=True)[name][0]
        return then(value) if then else value

    return read


def gemini_f_req(value: str) -> str:
    """f.req is [null, "<inner JSON>"]; the prompt is the inner request's first item."""
    inner = json.loads(json.loads(value)[1])
    return str(inner[0][0])


@dataclass(frozen=True)
class EditMessage:
    """Editing a sent message: the field that appears, its save control, whether Enter saves."""

    field: str
    save: str
    enter_saves: bool
    open: str = "button[aria-label='Edit message']"


@dataclass(frozen=True)
class Replica:
    id: str  # also the bundle's name: e2e/replicas/<id>/
    name: str
    url: str
    composer: str
    send_control: str
    backend: str  # URL glob of the requests that carry the prompt (a ws(s) URL for sockets)
    read_prompt: PromptReader
    enter_sends: bool = True
    edit: EditMessage | None = None

    @property
    def origin(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    @property
    def over_websocket(self) -> bool:
        return self.backend.startswith(("ws://", "wss://"))


REPLICAS: tuple[Replica, ...] = (
    Replica(
        id="chatgpt",
        name="ChatGPT",
        url="https://chatgpt.com/",
        composer="#prompt-textarea",
        send_control="button[data-testid='send-button']",
        backend="https://chatgpt.com/backend-api/conversation",
        read_prompt=json_at("messages", 0, "content", "parts", 0),
        edit=EditMessage(
            field="div[data-message-author-role='user'] textarea",
            save="button.btn-primary",
            enter_saves=False,
        ),
    ),
    Replica(
        id="chatgpt-logged-out",
        name="ChatGPT (logged out)",
        url="https://chatgpt.com/",
        composer="textarea#prompt-textarea",
        send_control="button[data-testid='send-button']",
        backend="https://chatgpt.com/backend-anon/conversation",
        read_prompt=form_field("prompt"),
        enter_sends=False,
    ),
    Replica(
        id="claude",
        name="Claude",
        url="https://claude.ai/new",
        composer="div[data-testid='chat-input']",
        send_control="button[aria-label='Send message']",
        backend="https://claude.ai/api/organizations/*/chat_conversations/*/completion",
        read_prompt=json_at("prompt"),
        edit=EditMessage(
            field="div[data-testid='user-message'] textarea",
            save="button[aria-label='Save']",
            enter_saves=True,
        ),
    ),
    Replica(
        id="gemini",
        name="Gemini",
        url="https://gemini.google.com/app",
        composer="rich-textarea div.ql-editor",
        send_control="button.send-button",
        backend="https://gemini.google.com/_/BardChatUi/data/**",
        read_prompt=form_field("f.req", gemini_f_req),
        edit=EditMessage(
            field="textarea[aria-label='Edit prompt']", save="button.update-button", enter_saves=False
        ),
    ),
    Replica(
        id="copilot",
        name="Microsoft Copilot",
        url="https://copilot.microsoft.com/",
        composer="textarea#userInput",
        send_control="button[data-testid='submit-button']",
        backend="wss://copilot.microsoft.com/c/api/chat**",
        read_prompt=json_at("content", 0, "text"),
    ),
    Replica(
        id="perplexity",
        name="Perplexity",
        url="https://www.perplexity.ai/",
        composer="div#ask-input",
        send_control="button[data-testid='submit-button']",
        backend="https://www.perplexity.ai/rest/sse/perplexity_ask",
        read_prompt=json_at("query_str"),
    ),
    Replica(
        id="deepseek",
        name="DeepSeek",
        url="https://chat.deepseek.com/",
        composer="textarea[placeholder='Message DeepSeek']",
        send_control="div[role='button'][aria-disabled]",
        backend="https://chat.deepseek.com/api/v0/chat/completion",
        read_prompt=json_at("prompt"),
    ),
    Replica(
        id="grok",
        name="Grok",
        url="https://grok.com/",
        composer="form div.tiptap",
        send_control="button[aria-label='Submit']",
        backend="https://grok.com/rest/app-chat/conversations/new",
        read_prompt=json_at("message"),
    ),
    Replica(
        id="mistral",
        name="Mistral Le Chat",
        url="https://chat.mistral.ai/chat",
        composer="form div.tiptap",
        send_control="form button[type='submit']",
        backend="https://chat.mistral.ai/api/trpc/message.newChat**",
        read_prompt=json_at("0", "json", "content", 0, "text"),
    ),
    Replica(
        id="meta-ai",
        name="Meta AI",
        url="https://www.meta.ai/",
        composer="div[data-testid='composer-input']",
        send_control="button[data-testid='composer-send-button']",
        backend="https://www.meta.ai/api/graphql/",
        read_prompt=form_field("variables", json_at("message", "sensitive_string_value")),
    ),
    Replica(
        id="poe",
        name="Poe",
        url="https://poe.com/",
        composer="textarea[class*='GrowingTextArea_textArea']",
        send_control="button[data-button-send='true']",
        backend="https://poe.com/api/gql_POST",
        read_prompt=json_at("variables", "query"),
    ),
)

REPLICA_IDS = tuple(replica.id for replica in REPLICAS)
WITH_EDIT = tuple(replica for replica in REPLICAS if replica.edit)
