import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NI number AB 12 34 56 C", ["AB 12 34 56 C"]),
        ("nino ab123456c", ["ab123456c"]),
        ("National Insurance: JG103759A", ["JG103759A"]),
        ("Wieslaw Kowal, NI EN-48-76-71-B, homeless", ["EN-48-76-71-B"]),  # dashed
        ("GB123456A", []),  # GB is never issued
        ("DA123456A", []),  # D is never a first letter
        ("AB123456E", []),  # suffix must be A-D
        ("room AB12", []),
    ],
)
def test_when_text_then_ni_numbers_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("UK_NINO", text) == expected
