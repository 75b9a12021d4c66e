import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CHI 1205834567", ["1205834567"]),
        ("chi number 120583 4567 (Glasgow)", ["120583 4567"]),
        ("CHI 1205 83 4567", ["1205 83 4567"]),  # DDMM YY NNNN
        ("0101011237", ["0101011237"]),
        ("CHI 1205834568", []),  # check digit wrong
        ("CHI 3213834567", []),  # 32/13 is not a date
        ("943 476 5919", []),  # an NHS number
    ],
)
def test_when_text_then_chi_numbers_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("SCOT_CHI", text) == expected
