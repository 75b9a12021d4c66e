"""Fuzz the API against its own OpenAPI document: no 5xx, every answer documented and well-formed.

Schemathesis reads /v1/openapi.json from the app itself and calls it through WSGI (no network),
generating both schema-valid and schema-violating requests for every operation. The fuzz run is
sized so the whole file makes at least 10,000 requests; a final test checks that total.
"""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from genai_guard import create_app
from genai_guard.guard import Guard
from tests.conftest import EXTENSION_ORIGIN

MIN_REQUESTS = 10_000
# Generated examples per operation and generation mode. GET operations without parameters run out of
# distinct inputs after a handful; the POST operations carry the volume.
MAX_EXAMPLES = 300
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]

# The document the app serves at /v1/openapi.json (a test below checks they are the same). It is loaded at
# import so pytest can collect one test per operation; schemathesis' lazy `from_fixture` loader does not
# work with pytest 9 (it sets the removed `Function._nodeid`).
DOCUMENT = resources.files("genai_guard").joinpath("openapi.json")
schema = schemathesis.openapi.from_dict(json.loads(DOCUMENT.read_text(encoding="utf-8")))
requests_made: Counter[str] = Counter()


@pytest.fixture(scope="module")
def fuzz_app(guard: Guard, tmp_path_factory: pytest.TempPathFactory) -> Flask:
    audit_path: Path = tmp_path_factory.mktemp("fuzz") / "audit.sqlite3"
    return create_app({"audit": {"path": str(audit_path)}}, guard=guard)


def test_fuzzed_document_is_the_served_one(fuzz_app: Flask) -> None:
    served = fuzz_app.test_client().get("/v1/openapi.json").get_json()
    assert served == json.loads(DOCUMENT.read_text(encoding="utf-8"))


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(case: schemathesis.Case, fuzz_app: Flask) -> None:
    requests_made[f"{case.method} {case.path}"] += 1
    # As the extension calls it: its Origin is never rate limited, so the fuzzer can run flat out.
    case.call_and_validate(checks=CHECKS, app=fuzz_app, headers={"Origin": EXTENSION_ORIGIN})


def test_fuzzing_reached_every_operation_and_enough_requests() -> None:
    operations = {f"{op.ok().method.upper()} {op.ok().path}" for op in schema.get_all_operations()}
    print(f"\nfuzz requests per operation: {dict(requests_made)}; total {requests_made.total()}")
    assert {f"{method} {path}" for method, path in (key.split(" ", 1) for key in requests_made)} >= operations
    assert requests_made.total() >= MIN_REQUESTS
