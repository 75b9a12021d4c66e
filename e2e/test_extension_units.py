"""Unit checks of the extension's pure modules, imported in one of its own pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page

from e2e.conftest import EXTENSION_ID


@pytest.fixture(scope="module")
def extension_page(extension_context: BrowserContext) -> Iterator[Page]:
    page = extension_context.new_page()
    page.goto(f"chrome-extension://{EXTENSION_ID}/ui/options.html")
    yield page
    page.close()


def call(page: Page, module: str, expression: str, *args: Any) -> Any:
    """Evaluates `expression` with the module's exports bound to `m` and the arguments to `a`."""
    return page.evaluate(
        f"async (a) => {{ const m = await import('/{module}'); return {expression}; }}",
        list(args),
    )


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("nhs_number", "943 476 5919", True),
        ("nhs_number", "9434765919", True),
        ("nhs_number", "943 476 5918", False),  # wrong check digit
        ("nhs_number", "123 456 7890", False),  # check digit would be 10
        ("chi_number", "010190 1236", False),
        ("uk_postcode", "SW1A 1AA", True),
        ("uk_postcode", "QQ1 1AA", False),
        ("luhn", "4111 1111 1111 1111", True),
        ("luhn", "4111 1111 1111 1112", False),
        ("uk_phone", "07700 900123", True),
        ("uk_phone", "+44 7700 900123", True),
        ("uk_phone", "0123", False),
        ("uk_phone", "0800 123 4567", False),  # freephone: an organisation's line
        ("uk_phone", "+44 300 123 3393", False),  # 03: a public body's or charity's line
        ("email_address", "jo@example.org", True),
        ("email_address", "jo@localhost", False),
    ],
)
def test_validators(extension_page: Page, name: str, value: str, expected: bool) -> None:
    assert call(extension_page, "shared/validators.js", "m.validate(a[0], a[1])", name, value) is expected


@pytest.mark.parametrize(
    ("text", "finding", "expected"),
    [
        ("NHS 943 476 5919.", {"entity_type": "UK_NHS", "start": 4, "end": 16}, "943 *** ****"),
        ("Code SW1A 1AA", {"entity_type": "UK_POSTCODE", "start": 5, "end": 13}, "SW1A ***"),
        ("Client Jo Bloggs", {"entity_type": "PERSON", "start": 7, "end": 16}, "J. B."),
        ("Mail jo@example.org", {"entity_type": "EMAIL_ADDRESS", "start": 5, "end": 19}, None),
        # Python offsets count code points: the emoji before the number is one, not two.
        ("\U0001f600 943 476 5919", {"entity_type": "UK_NHS", "start": 2, "end": 14}, "943 *** ****"),
    ],
)
def test_masked_preview(
    extension_page: Page, text: str, finding: dict[str, Any], expected: str | None
) -> None:
    entities = {
        "UK_NHS": {"mask": "keep_first"},
        "UK_POSTCODE": {"mask": "keep_first"},
        "PERSON": {"mask": "initials"},
        "EMAIL_ADDRESS": {"mask": "hidden"},
    }
    preview = call(
        extension_page, "content/masking.js", "m.maskedPreview(a[0], a[1], a[2])", text, finding, entities
    )
    assert preview == expected


def test_managed_settings_take_precedence_over_user_settings(extension_page: Page) -> None:
    merged = call(
        extension_page,
        "background/settings.js",
        "m.mergeSettings({user: a[0], managed: a[1]})",
        {"failure_mode": "degraded", "audience": "student", "service_url": "http://127.0.0.1:9999"},
        {"failure_mode": "fail-closed", "service_url": "https://evil.example/", "audit_enabled": False},
    )
    assert merged["values"]["failure_mode"] == "fail-closed"
    assert merged["values"]["audience"] == "student"
    # An invalid managed value is ignored rather than trusted; the user's valid one stays.
    assert merged["values"]["service_url"] == "http://127.0.0.1:9999"
    assert merged["values"]["audit_enabled"] is False
    assert sorted(merged["locked"]) == ["audit_enabled", "failure_mode"]
    assert merged["managed"] is True


def test_degraded_detector_finds_nhs_number_with_checksum(extension_page: Page) -> None:
    result = call(
        extension_page,
        "background/degraded-detector.js",
        "m.detectLocally(a[0])",
        "NHS number 943 476 5919 and 943 476 5918",
    )
    assert result["decision"] == "block"
    assert [(f["entity_type"], f["start"], f["end"]) for f in result["findings"]] == [("UK_NHS", 11, 23)]
    assert "943 476 5919" not in result["redacted_text"]
