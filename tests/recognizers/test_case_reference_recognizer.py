import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mosaic ID 1234567", ["1234567"]),
        ("LCS no: 889012", ["889012"]),
        ("case no. CS-204518", ["CS-204518"]),
        ("client ID 77120394", ["77120394"]),
        ("care proceedings LS23C00412 listed", ["LS23C00412"]),
        ("crime ref 13/123456/23", ["13/123456/23"]),
        ("section 47 enquiry", []),
        ("the case was closed in 2023", []),
        ("form CAF 2019", []),
    ],
)
def test_when_text_then_case_references_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("CASE_REFERENCE", text) == expected
