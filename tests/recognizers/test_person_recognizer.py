import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHS no 943 476 5919 for Jayden Clarke", ["Jayden Clarke"]),
        ("seen mum sarah at home", ["sarah"]),
        ("son Jack (7) was at school", ["Jack"]),
        ("Mrs O'Neill attended", ["O'Neill"]),
        ("spoke to Aisha Smith-Jones", ["Aisha Smith-Jones"]),
        ("SW visit: kacper and dad present", ["kacper"]),
        ("Victoria Climbié inquiry by Lord Laming", []),  # public record
        ("Bowlby's attachment theory", []),
        ("What does section 47 of the Children Act 1989 require?", []),
        ("Summarise Working Together to Safeguard Children", []),
    ],
)
def test_when_text_then_names_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("PERSON", text) == expected
