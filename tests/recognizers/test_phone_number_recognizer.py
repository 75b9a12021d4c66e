import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mum's mobile 07700 900123", ["07700 900123"]),
        ("call +44 7700 900123", ["+44 7700 900123"]),
        ("tel (0113) 496 0000", ["(0113) 496 0000"]),
        ("020 7946 0958 is the office", ["020 7946 0958"]),
        ("Childline 0800 1111", []),
        ("NSPCC helpline 0808 800 5000", []),
        ("ring NHS 111 or 999", []),
        ("ISBN 0198526636", []),
        # numbers only organisations have, listed or not: freephone, 03, shared-cost, premium
        ("the carers' advice line is 0808 196 4472", []),
        ("council switchboard 0300 555 0119", []),
        ("benefits line 0845 604 3719 or 09067 123456", []),
        ("her work number is +44 800 046 4172", []),
    ],
)
def test_when_text_then_phone_numbers_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("PHONE_NUMBER", text) == expected
