import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid numbers, every spacing
        ("NHS no 943 476 5919 for Jayden", ["943 476 5919"]),
        ("nhs: 9434765919", ["9434765919"]),
        ("NHS 943-476-5919", ["943-476-5919"]),
        ("his number is 401 234 5672 on the GP letter", ["401 234 5672"]),
        ("6123456784", ["6123456784"]),
        # other groupings, after the word NHS only
        ("NHS No: 943476 5919", ["943476 5919"]),
        ("NHS number 94 34 76 59 19", ["94 34 76 59 19"]),
        ("NHS 943.476.5919", ["943.476.5919"]),
        ("Order 943476 5919 for the chairs", []),
        ("Version 943.476.5919 of the form", []),
        # invalid or look-alike numbers
        ("NHS no 943 476 5918", []),  # checksum fails
        ("ISBN 0198526636", []),  # an ISBN-10 passes modulus 11
        ("ISBN 978-0198526636", []),
        ("Childline 0800 1111", []),
        ("Children Act 1989 section 47", []),
        ("at 10:30 costing £1,250.00", []),
        ("1205834567", []),  # a CHI number, reported as SCOT_CHI instead
    ],
)
def test_when_text_then_nhs_numbers_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("UK_NHS", text) == expected
