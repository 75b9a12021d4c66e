import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lives at Leeds LS6 2AB", ["LS6 2AB"]),
        ("postcode sw1a1aa", ["sw1a1aa"]),
        ("B12 9AA and M1 1AE", ["B12 9AA", "M1 1AE"]),
        ("EH1 2NG", ["EH1 2NG"]),
        ("the LS6 area", []),  # a district, not a household
        ("ward N1 2nd floor", []),  # an ordinal, not an inward code
        ("form C1 2AB", []),  # C is not a postcode area
    ],
)
def test_when_text_then_postcodes_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("UK_POSTCODE", text) == expected
