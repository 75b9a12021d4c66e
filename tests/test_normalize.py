"""Disguised identifiers are still found, with offsets into the text as submitted."""

from __future__ import annotations

import pytest

from genai_guard.guard import Guard
from genai_guard.normalize import normalize


@pytest.mark.parametrize(
    ("text", "entity_type", "expected"),
    [
        ("NHS 943\u200b476\u200b5919", "UK_NHS", "943\u200b476\u200b5919"),
        ("NHS 943\u00a0476\u00a05919", "UK_NHS", "943\u00a0476\u00a05919"),
        ("NHS 943\u2009476\u20095919", "UK_NHS", "943\u2009476\u20095919"),
        ("NHS 943 476\n5919", "UK_NHS", "943 476\n5919"),
        ("NHS ９４３ ４７６ ５９１９", "UK_NHS", "９４３ ４７６ ５９１９"),
        ("NHS 9-4-3-4-7-6-5-9-1-9", "UK_NHS", "9-4-3-4-7-6-5-9-1-9"),
        ("NI number АВ 12 34 56 С", "UK_NINO", "АВ 12 34 56 С"),  # Cyrillic look-alikes
        ("NI number AB\u200d123456C", "UK_NINO", "AB\u200d123456C"),
    ],
)
def test_when_disguised_then_found_at_original_offsets(
    guard: Guard, text: str, entity_type: str, expected: str
) -> None:
    findings = [f for f in guard.detector.detect(text) if f.entity_type == entity_type]
    assert [text[f.start : f.end] for f in findings] == [expected]


def test_real_cyrillic_names_are_left_as_written() -> None:
    assert normalize("Ivan Петров").text == "Ivan Петров"


def test_offsets_of_plain_ascii_are_unchanged() -> None:
    assert normalize("plain text").unchanged
