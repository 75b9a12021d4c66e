"""The per-caller rate limit: a flood from anything but the extension is slowed; the extension never is.

With `server.rate_limit_per_second = 5`, a caller other than the extension (no Origin: a local process)
gets 429 JSON `rate_limited` once it has used its allowance, while requests carrying the extension's
Origin are still answered, during the flood and after it. Foreign origins stay 403 whatever the rate.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from genai_guard import create_app
from genai_guard.guard import Guard
from tests.conftest import CANARY, EXTENSION_ORIGIN

PER_SECOND = 5
FLOOD = 40  # far more than any burst allowance at 5 per second, sent well inside a second
EXTENSION = {"Origin": EXTENSION_ORIGIN}


@pytest.fixture
def limited(guard: Guard, tmp_path: Path) -> Iterator[FlaskClient]:
    config = {
        "audit": {"path": str(tmp_path / "audit.sqlite3")},
        "server": {"rate_limit_per_second": PER_SECOND},
    }
    with create_app(config, guard=guard).test_client() as client:
        yield client


def flood(client: FlaskClient, headers: dict[str, str] | None = None) -> Counter[int]:
    statuses: Counter[int] = Counter()
    for _ in range(FLOOD):
        statuses[client.get("/v1/health", headers=headers or {}).status_code] += 1
    return statuses


def test_local_caller_is_served_then_limited_with_429_json(limited: FlaskClient) -> None:
    started = time.monotonic()
    statuses = flood(limited)
    assert time.monotonic() - started < 1.0, "the flood must land inside one second to test the limit"
    assert statuses[200] >= PER_SECOND  # the allowance is served
    assert statuses[429] > 0
    assert set(statuses) <= {200, 429}
    response = limited.post("/v1/analyze", json={"text": f"Summary for {CANARY}"})
    assert response.status_code == 429
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["error"] == "rate_limited"
    assert body["message"]
    assert CANARY not in response.get_data(as_text=True)
    assert response.headers.get("Access-Control-Allow-Origin", EXTENSION_ORIGIN) == EXTENSION_ORIGIN


def test_extension_is_served_during_and_after_a_flood(limited: FlaskClient) -> None:
    assert flood(limited)[429] > 0
    assert flood(limited, EXTENSION) == Counter({200: FLOOD})
    answer = limited.post("/v1/analyze", json={"text": "NHS 943 476 5919"}, headers=EXTENSION)
    assert answer.status_code == 200
    assert answer.get_json()["decision"] == "block"
    assert (
        limited.post(
            "/v1/events",
            json={"site": "chatgpt.com", "decision": "block", "action": "cancel"},
            headers=EXTENSION,
        ).status_code
        == 201
    )


def test_foreign_origin_is_refused_not_counted_against_the_extension(limited: FlaskClient) -> None:
    foreign = flood(limited, {"Origin": "https://evil.example"})
    assert foreign == Counter({403: FLOOD})
    assert flood(limited, EXTENSION) == Counter({200: FLOOD})


def test_local_caller_is_served_again_once_the_second_has_passed(limited: FlaskClient) -> None:
    assert flood(limited)[429] > 0
    time.sleep(2 / PER_SECOND + 0.1)
    assert limited.get("/v1/health").status_code == 200


def test_rate_limit_off_when_zero(guard: Guard, tmp_path: Path) -> None:
    config = {"audit": {"path": str(tmp_path / "audit.sqlite3")}, "server": {"rate_limit_per_second": 0}}
    with create_app(config, guard=guard).test_client() as client:
        assert flood(client) == Counter({200: FLOOD})


def test_every_operation_documents_429() -> None:
    document = json.loads(resources.files("genai_guard").joinpath("openapi.json").read_text(encoding="utf-8"))
    undocumented = [
        f"{method.upper()} {path}"
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
        if "429" not in operation["responses"]
    ]
    assert undocumented == []
