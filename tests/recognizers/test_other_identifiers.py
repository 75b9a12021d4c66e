"""Identifiers with a single shape each: UPN, prison number, passport, bank, card, email, address."""

import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("entity_type", "text", "expected"),
    [
        ("UK_UPN", "UPN U820200101001", ["U820200101001"]),
        ("UK_UPN", "UPN A820200101001", []),  # wrong check letter
        ("PRISON_NUMBER", "prison number A1234BC at HMP Leeds", ["A1234BC"]),
        ("PRISON_NUMBER", "the A1234BC form", []),
        ("UK_PASSPORT", "passport no 123456789", ["123456789"]),
        ("UK_PASSPORT", "school hold a copy of her passport, 548 201 736", ["548 201 736"]),
        ("UK_PASSPORT", "123456789 people", []),
        ("BANK_ACCOUNT", "sort code 20-00-00 account 12345678", ["20-00-00 account 12345678"]),
        ("BANK_ACCOUNT", "20-00-00 12345678", ["20-00-00 12345678"]),
        ("BANK_ACCOUNT", "costs £20,000 a year", []),
        ("CREDIT_CARD", "card 4111 1111 1111 1111", ["4111 1111 1111 1111"]),
        ("CREDIT_CARD", "card 4111 1111 1111 1112", []),
        ("EMAIL_ADDRESS", "email sarah.khan87@example.com today", ["sarah.khan87@example.com"]),
        ("STREET_ADDRESS", "lives at 14 Elm Road, Leeds", ["14 Elm Road"]),
        ("STREET_ADDRESS", "moved to flat 3, 22 kirkstall lane", ["flat 3, 22 kirkstall lane"]),
        ("STREET_ADDRESS", "3 weeks in court", []),
        ("STREET_ADDRESS", "section 47 enquiry and court", []),
        ("IP_ADDRESS", "logged in from 203.0.113.7", ["203.0.113.7"]),
    ],
)
def test_when_text_then_identifier_found(
    found: Found, entity_type: str, text: str, expected: list[str]
) -> None:
    assert found(entity_type, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Send it to Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD", []),
        ("the Care Inspectorate (Compass House, 11 Riverside Drive, Dundee DD1 4NY)", []),
        ("Leeds City Council, Civic Hall, Calverley Street, Leeds LS1 1UR", []),
        # the address begins with the building's name
        ("in Committee Room 4, Civic Hall, Calverley Street, Leeds LS1 1UR", []),
        # a range of house numbers in the block
        ("Care Council, 7th Floor, Millennium House, 19-25 Great Victoria Street, Belfast BT2 7AQ", []),
        # not in a public body's address block: a person's address, whoever is mentioned nearby
        ("Ofsted said mum at 12 High Street, Leeds LS6 2AB needs support", ["12 High Street", "LS6 2AB"]),
        (
            "Mum lives at 12 High Street, Leeds LS6 2AB near the Council offices",
            ["12 High Street", "LS6 2AB"],
        ),
        # a sentence after a body's name is not its address block
        ("Police: Jayden is at home with mum, Leeds LS1 4AB.", ["LS1 4AB"]),
        (
            "From Leeds City Council: the family now live at Flat 2, Oak House, Leeds LS6 1AA",
            ["Flat 2, Oak House", "LS6 1AA"],
        ),
    ],
)
def test_public_body_address_is_not_personal(found: Found, text: str, expected: list[str]) -> None:
    assert found("STREET_ADDRESS", text) + found("UK_POSTCODE", text) == expected
