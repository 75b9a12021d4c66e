"""The HTTP API: answers, every error path, and the callers it refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from tests.conftest import CANARY, EXTENSION_ORIGIN

DONE_WHEN_TEXT = "NHS no 943 476 5919 for Jayden Clarke, DOB 04/11/2011"


def test_when_identifiers_then_block_with_offsets(client: FlaskClient) -> None:
    body = client.post("/v1/analyze", json={"text": DONE_WHEN_TEXT}).get_json()
    assert body["decision"] == "block"
    spans = {f["entity_type"]: DONE_WHEN_TEXT[f["start"] : f["end"]] for f in body["findings"]}
    assert spans == {"UK_NHS": "943 476 5919", "PERSON": "Jayden Clarke", "DATE_OF_BIRTH": "04/11/2011"}
    assert body["redacted_text"] == "NHS no [NHS NUMBER 1] for [PERSON 1], DOB [DATE OF BIRTH 1]"
    assert body["guidance"]["headline"]
    assert body["elapsed_ms"] >= 0


def test_when_legislation_question_then_allow(client: FlaskClient) -> None:
    body = client.post(
        "/v1/analyze", json={"text": "What does section 47 of the Children Act 1989 require?"}
    ).get_json()
    assert body["decision"] == "allow"
    assert body["findings"] == []
    assert body["guidance"] is None


def test_when_student_audience_then_guidance_for_students(client: FlaskClient) -> None:
    worker = client.post("/v1/analyze", json={"text": DONE_WHEN_TEXT}).get_json()["guidance"]
    student = client.post("/v1/analyze", json={"text": DONE_WHEN_TEXT, "audience": "student"}).get_json()[
        "guidance"
    ]
    assert student["audience"] == "student"
    assert student != worker


@pytest.mark.parametrize(
    ("kwargs", "status", "error", "field"),
    [
        ({"data": "{not json", "content_type": "application/json"}, 400, "invalid_json", None),
        ({"json": ["a", "list"]}, 400, "invalid_body", None),
        ({"json": {"text": 42}}, 400, "invalid_field", "text"),
        ({"json": {}}, 400, "missing_field", "text"),
        ({"json": {"text": "hi", "trigger": "voice"}}, 400, "invalid_field", "trigger"),
        ({"json": {"text": "hi", "audience": "manager"}}, 400, "invalid_field", "audience"),
        ({"json": {"text": "hi", "site": ["x"]}}, 400, "invalid_field", "site"),
        (
            {"data": "text=hi", "content_type": "application/x-www-form-urlencoded"},
            415,
            "unsupported_media_type",
            None,
        ),
        ({"json": {"text": "a" * 500_001}}, 413, "too_long", "text"),
        (
            {"data": "x" * 2_000_001, "content_type": "application/json"},
            413,
            "request_entity_too_large",
            None,
        ),
    ],
)
def test_when_bad_request_then_json_error(
    client: FlaskClient, kwargs: dict, status: int, error: str, field: str | None
) -> None:
    response = client.post("/v1/analyze", **kwargs)
    assert response.status_code == status
    body = response.get_json()
    assert body["error"] == error
    assert body["message"]
    assert body.get("field") == field


def test_when_wrong_method_or_path_then_json_error(client: FlaskClient) -> None:
    assert client.get("/v1/analyze").get_json()["error"] == "method_not_allowed"
    assert client.get("/v1/nothing").status_code == 404


def test_health_reports_model_and_recognizers(client: FlaskClient) -> None:
    body = client.get("/v1/health").get_json()
    assert body["status"] == "ok"
    assert body["nlp_model"].startswith("en_core_web")
    assert body["degraded"] is False
    assert "UkNhsNumberRecognizer" in body["recognizers"]


def test_policy_serves_sites_and_overrides(client: FlaskClient) -> None:
    body = client.get("/v1/policy").get_json()
    assert {"chatgpt", "claude", "gemini"} <= {site["id"] for site in body["sites"]}
    assert body["failure_mode"] in ("fail-closed", "degraded")
    assert body["overrides"]["block"]["allowed"] is False
    assert {reason["id"] for reason in body["override_reasons"]} == {"consent", "not_personal"}


def test_openapi_document_is_served(client: FlaskClient) -> None:
    body = client.get("/v1/openapi.json").get_json()
    assert set(body["paths"]) >= {"/v1/analyze", "/v1/health", "/v1/policy", "/v1/events"}


@pytest.mark.parametrize("host", ["evil.example:80", "127.0.0.1.nip.io", "localhost:9999", "attacker.test"])
def test_when_foreign_host_then_403(client: FlaskClient, host: str) -> None:
    response = client.get("/v1/health", headers={"Host": host})
    assert response.status_code == 403
    assert response.get_json()["error"] == "forbidden_host"


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.0.0.1:80", "LOCALHOST:80"])
def test_when_loopback_host_then_served(client: FlaskClient, host: str) -> None:
    assert client.get("/v1/health", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize(
    "origin", ["https://chatgpt.com", "null", "chrome-extension://someotherextensionidxxxxxxxxxxx"]
)
def test_when_foreign_origin_then_403_without_cors(client: FlaskClient, origin: str) -> None:
    response = client.post("/v1/analyze", json={"text": "hello"}, headers={"Origin": origin})
    assert response.status_code == 403
    assert response.get_json()["error"] == "forbidden_origin"
    assert "Access-Control-Allow-Origin" not in response.headers


def test_when_extension_origin_then_cors_allows_it(client: FlaskClient) -> None:
    response = client.post("/v1/analyze", json={"text": "hello"}, headers={"Origin": EXTENSION_ORIGIN})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == EXTENSION_ORIGIN
    preflight = client.options(
        "/v1/analyze",
        headers={
            "Origin": EXTENSION_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.headers["Access-Control-Allow-Origin"] == EXTENSION_ORIGIN


def _event(**changes: object) -> dict:
    event = {
        "site": "chatgpt.com",
        "decision": "warn",
        "action": "send_anyway",
        "override_reason": "consent",
        "entity_counts": {"PERSON": 1},
        "trigger": "submit",
    }
    event.update(changes)
    return event


def test_when_event_posted_then_stored_without_text(client: FlaskClient, app, audit_path: Path) -> None:
    response = client.post("/v1/events", json=_event())
    assert response.status_code == 201
    stored = app.extensions["genai_guard_audit"].events()
    assert stored[0]["action"] == "send_anyway"
    assert stored[0]["entity_counts"] == {"PERSON": 1}
    assert audit_path.stat().st_mode & 0o077 == 0  # readable by its owner only


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"override_reason": "because I said so"}, "override_reason"),  # free text never reaches the store
        ({"override_reason": None}, "override_reason"),
        ({"action": "shrug"}, "action"),
        ({"decision": "maybe"}, "decision"),
        ({"entity_counts": {"SECRET": 1}}, "entity_counts"),
        ({"entity_counts": {"PERSON": "one"}}, "entity_counts"),
        ({"entity_counts": "PERSON"}, "entity_counts"),
    ],
)
def test_when_bad_event_then_400_naming_field(client: FlaskClient, changes: dict, field: str) -> None:
    response = client.post("/v1/events", json=_event(**changes))
    assert response.status_code == 400
    assert response.get_json()["field"] == field


def test_when_audit_store_unwritable_then_503_and_analysis_still_answers(
    client: FlaskClient, app, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("x")
    app.extensions["genai_guard_audit"].path = blocked / "audit.sqlite3"
    response = client.post("/v1/events", json=_event())
    assert response.status_code == 503
    assert client.post("/v1/analyze", json={"text": DONE_WHEN_TEXT}).get_json()["decision"] == "block"


def test_canary_never_reaches_logs_store_or_errors(
    client: FlaskClient, app, audit_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Submit a canary through every endpoint and error path; it may appear only in its own analysis."""
    caplog.set_level("DEBUG")
    canary_text = f"Summary for {CANARY}, NHS 943 476 5919"
    analysis = client.post("/v1/analyze", json={"text": canary_text})
    assert analysis.status_code == 200
    responses = [
        client.post("/v1/analyze", json={"text": canary_text, "trigger": CANARY}),
        client.post("/v1/analyze", json={"text": canary_text * 20_000}),
        client.post("/v1/analyze", data=canary_text, content_type="application/json"),
        client.post("/v1/analyze", data=canary_text, content_type="text/plain"),
        client.post("/v1/analyze", json={"text": canary_text}, headers={"Origin": "https://evil.test"}),
        client.post("/v1/analyze", json={"text": canary_text}, headers={"Host": "evil.test"}),
        client.post("/v1/events", json=_event(site=CANARY[:10], override_reason=CANARY)),
        client.post("/v1/events", json=_event(entity_counts={CANARY: 1})),
        client.post("/v1/events", json=_event()),
    ]
    for response in responses:
        assert CANARY not in response.get_data(as_text=True)
    assert CANARY not in caplog.text
    assert "943 476 5919" not in caplog.text
    assert CANARY.encode() not in audit_path.read_bytes()
    assert json.dumps(app.extensions["genai_guard_audit"].events()).find(CANARY) == -1


@pytest.mark.parametrize("site", ["Jayden Clarke NHS 9434765919", "example.org/c/123", "-bad-.example"])
def test_when_event_site_is_not_a_host_name_then_400(client: FlaskClient, site: str) -> None:
    response = client.post("/v1/events", json=_event(site=site))
    assert response.status_code == 400
    assert response.get_json()["field"] == "site"
    assert site not in response.get_data(as_text=True)
