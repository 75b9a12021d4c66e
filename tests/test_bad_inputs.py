"""Bad inputs, each with a named expected answer, and the service still answering afterwards.

Every case goes to POST /v1/analyze (or /v1/events where the body is an event) through the app. An
error answer is JSON `{"error", "message"}` with the expected status and code; a case that should be
analysed answers 200 and still finds the NHS number planted in it, at the right offsets. After each
case a normal request must still get its normal answer.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from genai_guard import create_app
from genai_guard.guard import Guard
from tests.conftest import CANARY
from tests.test_faults import service_log_file

NHS = "943 476 5919"
NORMAL_TEXT = f"NHS no {NHS} for Jayden Clarke"
DEFAULT_MAX_BODY = 2_000_000
DEFAULT_MAX_TEXT = 500_000
FIVE_MB = 5_000_000
BIG_ANSWER_SECONDS = 60


@dataclass(frozen=True)
class BadInput:
    """One request and what it must get. `error` None means a 200 analysis that finds `NHS`."""

    name: str
    body: bytes | str
    status: int
    error: str | None = None
    field: str | None = None
    path: str = "/v1/analyze"
    content_type: str = "application/json"


def as_json(value: Any) -> str:
    return json.dumps(value)


def text_with(prefix: str, suffix: str = "") -> str:
    """A body whose text holds the NHS number between `prefix` and `suffix`, kept as raw JSON."""
    return '{"text": "' + prefix + NHS + suffix + '"}'


def five_mb_line() -> str:
    """One 5 MB line of words with no line break, the NHS number at its very end."""
    tail = f" NHS {NHS}"
    words = "Lorem ipsum dolor sit amet consectetur "
    return (words * (FIVE_MB // len(words) + 1))[: FIVE_MB - len(tail)] + tail


NESTING = 100_000
CASES = [
    BadInput("invalid JSON", "{not json", 400, "invalid_json"),
    BadInput("empty body", "", 400, "invalid_json"),
    BadInput("invalid UTF-8", b'{"text": "\xff\xfe"}', 400, "invalid_json"),
    BadInput("JSON array, not an object", as_json(["text", NORMAL_TEXT]), 400, "invalid_body"),
    BadInput("JSON string, not an object", as_json(NORMAL_TEXT), 400, "invalid_body"),
    BadInput("JSON number, not an object", "42", 400, "invalid_body"),
    BadInput("JSON null, not an object", "null", 400, "invalid_body"),
    BadInput("text is a number", as_json({"text": 42}), 400, "invalid_field", "text"),
    BadInput("text is a list", as_json({"text": [NORMAL_TEXT]}), 400, "invalid_field", "text"),
    BadInput("text is an object", as_json({"text": {"text": NORMAL_TEXT}}), 400, "invalid_field", "text"),
    BadInput("text is true", as_json({"text": True}), 400, "invalid_field", "text"),
    BadInput("text is null", as_json({"text": None}), 400, "invalid_field", "text"),
    BadInput("text missing", as_json({"site": "chatgpt.com"}), 400, "missing_field", "text"),
    BadInput(
        "event missing site",
        as_json({"decision": "warn", "action": "edit"}),
        400,
        "missing_field",
        "site",
        path="/v1/events",
    ),
    BadInput(
        "event missing action",
        as_json({"site": "chatgpt.com", "decision": "warn"}),
        400,
        "missing_field",
        "action",
        path="/v1/events",
    ),
    BadInput(f"{NESTING:,} nested lists", "[" * NESTING + "]" * NESTING, 400, "invalid_json"),
    BadInput(
        f"text of {NESTING:,} nested lists",
        '{"text": ' + "[" * NESTING + "]" * NESTING + "}",
        400,
        "invalid_json",
    ),
    BadInput(f"{NESTING:,} nested objects", '{"a": ' * NESTING + "1" + "}" * NESTING, 400, "invalid_json"),
    BadInput(
        "body over the limit", as_json({"text": "a" * DEFAULT_MAX_BODY}), 413, "request_entity_too_large"
    ),
    BadInput("text over the limit", as_json({"text": "a" * (DEFAULT_MAX_TEXT + 1)}), 413, "too_long", "text"),
    BadInput("5 MB single line", as_json({"text": five_mb_line()}), 413, "request_entity_too_large"),
    BadInput(
        "form-encoded body",
        "text=hello",
        415,
        "unsupported_media_type",
        content_type="application/x-www-form-urlencoded",
    ),
    BadInput(
        "no content type", as_json({"text": NORMAL_TEXT}), 415, "unsupported_media_type", content_type=""
    ),
    BadInput("NUL bytes around the number", text_with("\\u0000before\\u0000 ", " \\u0000after\\u0000"), 200),
    BadInput("lone high surrogate", text_with("\\ud800 ", " \\ud800"), 200),
    BadInput("lone low surrogate", text_with("\\udfff\\udc00 "), 200),
    BadInput("right-to-left marks", text_with("\\u200f\\u202e", "\\u202c\\u200f"), 200),
    BadInput(
        "right-to-left text",
        text_with("\u0631\u0642\u0645 \u0627\u0644\u0635\u062d\u0629 ", " \u0634\u0643\u0631\u0627"),
        200,
    ),
    BadInput(
        "mixed scripts",
        text_with("Jayden \u041a\u043b\u0430\u0440\u043a \u4f60\u597d \u03b1\u03b2 ", " \U0001f600"),
        200,
    ),
    BadInput("C0 and C1 controls", text_with("\\u0007\\u001b[31m\\u0085 ", " \\u009b\\u007f"), 200),
    BadInput("unassigned and private-use code points", text_with("\\u0378\\ue000 ", " \\udbff\\udfff"), 200),
    BadInput("byte-order mark", "\ufeff" + as_json({"text": NORMAL_TEXT}), 200),
]


@pytest.fixture(scope="module")
def module_client(guard: Guard, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    audit = tmp_path_factory.mktemp("bad-inputs") / "audit.sqlite3"
    # Rate limiting has its own tests; here two requests a case, back to back, must not meet it.
    config = {"audit": {"path": str(audit)}, "server": {"rate_limit_per_second": 0}}
    with create_app(config, guard=guard).test_client() as client:
        yield client


def post(client: FlaskClient, case: BadInput) -> Any:
    body = case.body.encode("utf-8", "surrogatepass") if isinstance(case.body, str) else case.body
    headers = {"Content-Type": case.content_type} if case.content_type else {}
    return client.post(case.path, data=body, headers=headers)


def assert_normal_answer(client: FlaskClient) -> None:
    body = client.post("/v1/analyze", json={"text": NORMAL_TEXT}).get_json()
    assert body["decision"] == "block"
    assert [NORMAL_TEXT[f["start"] : f["end"]] for f in body["findings"] if f["entity_type"] == "UK_NHS"] == [
        NHS
    ]


def assert_finds_nhs(sent: str, answer: dict[str, Any]) -> None:
    text = json.loads(sent)["text"]
    assert answer["decision"] == "block"
    found = [text[f["start"] : f["end"]] for f in answer["findings"] if f["entity_type"] == "UK_NHS"]
    assert found == [NHS]
    assert NHS not in answer["redacted_text"]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_gets_its_named_answer(module_client: FlaskClient, case: BadInput) -> None:
    response = post(module_client, case)
    assert response.status_code == case.status, response.get_data(as_text=True)[:300]
    assert response.mimetype == "application/json"
    answer = response.get_json()
    if case.error is None:
        assert isinstance(case.body, str)
        assert_finds_nhs(case.body.lstrip("\ufeff"), answer)
    else:
        assert answer["error"] == case.error
        assert answer["message"]
        assert answer.get("field") == case.field
    assert_normal_answer(module_client)


@pytest.mark.parametrize(
    ("raised", "answers"),
    [
        # The body limit raised: the 5 MB body is parsed, and the text limit refuses it by name.
        ({"max_body_bytes": 6_000_000}, {413}),
        # Both raised past what the NLP engine takes (spaCy: 1,000,000 characters): refused by name,
        # or analysed with the number found; never a 500, and never minutes of work.
        ({"max_body_bytes": 6_000_000, "max_text_chars": 6_000_000}, {200, 413}),
    ],
    ids=["body limit raised", "body and text limits raised"],
)
def test_five_mb_line_gets_a_clean_answer_when_limits_are_raised(
    guard: Guard, tmp_path: Path, raised: dict[str, int], answers: set[int]
) -> None:
    app: Flask = create_app(
        {"audit": {"path": str(tmp_path / "audit.sqlite3")}, "server": raised}, guard=guard
    )
    with app.test_client() as client:
        sent = as_json({"text": five_mb_line()})
        started = time.perf_counter()
        response = client.post("/v1/analyze", data=sent, content_type="application/json")
        elapsed = time.perf_counter() - started
        assert response.status_code in answers, response.get_data(as_text=True)[:300]
        if response.status_code == 200:
            assert_finds_nhs(sent, response.get_json())
        else:
            assert response.get_json() | {"message": ""} == {
                "error": "too_long",
                "field": "text",
                "message": "",
            }
        assert elapsed < BIG_ANSWER_SECONDS
        assert_normal_answer(client)


CANARY_TEXT = f"Summary for {CANARY}, NHS {NHS}"
CANARY_JSON = json.dumps(CANARY_TEXT)
CANARY_BODIES = {
    "invalid JSON": "{" + CANARY_TEXT,
    "JSON array": as_json([CANARY_TEXT]),
    "text is a list": as_json({"text": [CANARY_TEXT]}),
    "canary as a field name": as_json({CANARY: CANARY_TEXT}),
    "site over its limit": as_json({"text": "hello", "site": CANARY * 20}),
    "trigger not allowed": as_json({"text": "hello", "trigger": CANARY}),
    "nested lists around the canary": '{"text": ' + "[" * NESTING + CANARY_JSON + "]" * NESTING + "}",
    "text over the limit": as_json({"text": CANARY_TEXT * (DEFAULT_MAX_TEXT // len(CANARY_TEXT) + 1)}),
    "body over the limit": as_json({"text": CANARY_TEXT * (DEFAULT_MAX_BODY // len(CANARY_TEXT) + 1)}),
    "event with a canary reason": as_json(
        {"site": "chatgpt.com", "decision": "warn", "action": "send_anyway", "override_reason": CANARY}
    ),
    "event counting a canary type": as_json(
        {"site": "chatgpt.com", "decision": "warn", "action": "edit", "entity_counts": {CANARY: 1}}
    ),
}


def test_canary_in_bad_inputs_is_never_kept_or_echoed(
    guard: Guard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A canary inside each kind of bad input: absent from every answer, log line, log file and the store."""
    caplog.set_level("DEBUG")
    audit = tmp_path / "audit.sqlite3"
    with (
        service_log_file(tmp_path / "logs", monkeypatch) as log,
        create_app({"audit": {"path": str(audit)}}, guard=guard).test_client() as client,
    ):
        for name, body in CANARY_BODIES.items():
            path = "/v1/events" if name.startswith("event") else "/v1/analyze"
            response = client.post(path, data=body.encode(), content_type="application/json")
            assert response.status_code >= 400, name
            assert CANARY not in response.get_data(as_text=True), name
        own = client.post("/v1/analyze", json={"text": f"\x00{CANARY_TEXT}\ud800"})
        assert own.status_code == 200
        stored = client.post(
            "/v1/events", json={"site": "chatgpt.com", "decision": "block", "action": "cancel"}
        )
        assert stored.status_code == 201
        logged = caplog.text + log.read_text(encoding="utf-8")
    for secret in (CANARY, NHS):
        assert secret not in logged
        assert secret.encode() not in audit.read_bytes()
