import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("H&C number 320 123 4567", ["320 123 4567"]),
        ("Belfast Trust, HCN 3456789017", ["3456789017"]),
        ("H&C 320 123 4568", []),  # check digit wrong
        ("943 476 5919", []),
    ],
)
def test_when_text_then_hc_numbers_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("NI_HCN", text) == expected
