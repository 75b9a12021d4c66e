"""Fuzz the API against its own OpenAPI document: no 5xx, every answer documented and well-formed.

Schemathesis reads the document the app serves at /v1/openapi.json and calls the app through WSGI
(no network), with schema-valid and schema-violating requests for every operation and method. Each
generated request is sent twice, as the two callers the service has: the extension (with its Origin,
so CORS headers are added) and a local tool (no Origin, the rate-limited path; the limit is switched
off here so the fuzzer can run flat out). A last test checks every operation was reached and the run
made at least 10,000 requests.

Not checked here: that every schema-valid request is accepted. The server rightly refuses some that
the document cannot express (an override reason the policy does not offer, "send_anyway" without a
reason, an entity type it does not know), so `positive_data_acceptance` is left out on purpose.
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
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from genai_guard import create_app
from genai_guard.guard import Guard
from tests.conftest import EXTENSION_ORIGIN

MIN_REQUESTS = 10_000
# Generated examples per operation. Operations without parameters run out of distinct requests after a
# few; the POST operations carry the volume (about 1,750 requests each, each sent twice).
MAX_EXAMPLES = 1_750
CALLERS: dict[str, dict[str, str]] = {"extension": {"Origin": EXTENSION_ORIGIN}, "local tool": {}}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# A schema-violating request must be refused. 413 counts as a refusal: the API answers `too_long` when
# a string field is over its maxLength. Multipart form fields are always strings, so a "wrong type"
# there cannot be told apart from a right one: that operation is not held to this check.
REJECTION_STATUSES = ["400", "403", "404", "405", "406", "413", "415", "422", "429"]
SCHEMATHESIS_CONFIG = SchemathesisConfig.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": REJECTION_STATUSES}}}
)

# Loaded at import so pytest can collect one test per operation (schemathesis' lazy `from_fixture`
# loader sets `Function._nodeid`, which pytest 9 no longer has). The first test checks the app serves it.
DOCUMENT = json.loads(resources.files("genai_guard").joinpath("openapi.json").read_text(encoding="utf-8"))
schema = schemathesis.openapi.from_dict(DOCUMENT, config=SCHEMATHESIS_CONFIG)
requests_made: Counter[str] = Counter()


@pytest.fixture(scope="module")
def fuzz_app(guard: Guard, tmp_path_factory: pytest.TempPathFactory) -> Flask:
    audit_path: Path = tmp_path_factory.mktemp("fuzz") / "audit.sqlite3"
    return create_app(
        {"audit": {"path": str(audit_path)}, "server": {"rate_limit_per_second": 0}}, guard=guard
    )


def test_fuzzed_document_is_the_served_one(fuzz_app: Flask) -> None:
    assert fuzz_app.test_client().get("/v1/openapi.json").get_json() == DOCUMENT


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(case: schemathesis.Case, fuzz_app: Flask) -> None:
    checks = CHECKS if case.media_type == "multipart/form-data" else [*CHECKS, negative_data_rejection]
    for headers in CALLERS.values():
        requests_made[f"{case.method.upper()} {case.path}"] += 1
        case.call_and_validate(checks=checks, app=fuzz_app, headers=headers)


def test_fuzzing_reached_every_operation_with_enough_requests() -> None:
    if not requests_made:
        pytest.skip("the fuzz test was not selected in this run")
    documented = {
        f"{method.upper()} {path}" for path, methods in DOCUMENT["paths"].items() for method in methods
    }
    print(f"\nfuzz requests: {requests_made.total()}; per operation: {dict(sorted(requests_made.items()))}")
    assert documented <= set(requests_made)
    assert requests_made.total() >= MIN_REQUESTS
