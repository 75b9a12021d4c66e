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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visited Mrs Munro at home", ["Munro"]),  # a public surname, but a title says it is a person
        ("Jack Bowlby (7) was upset", ["Jack Bowlby"]),
        (
            "Siblings Jayden Clarke (2011) and Mia Clarke (2014) live with mum",
            ["Jayden Clarke", "Mia Clarke"],
        ),
        ("Child [Jayden Clarke] was seen", ["Jayden Clarke"]),  # brackets are not a template slot
        ("Use [Child name] and [Worker] placeholders", []),
        ("Munro (2011) on compliance; Brandon et al. on SCRs; Williams v Hackney", []),
        (
            "mum Precious " + "and the visit went well. " * 300 + "Later Precious said no.",
            ["Precious", "Precious"],
        ),
    ],
)
def test_when_public_record_or_template_then_only_real_people(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("PERSON", text) == expected


def test_public_helpline_does_not_hide_other_numbers(found: Found) -> None:
    text = "Call 999 if worried, or Childline 0800 1111. Mum's mobile is 07700 900123."
    assert found("PHONE_NUMBER", text) == ["07700 900123"]
