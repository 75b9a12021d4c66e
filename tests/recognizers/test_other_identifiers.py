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
        # a team's shared mailbox is no one's; a person's name in it still is
        ("EMAIL_ADDRESS", "Email: childrens.services@borsetshire.example.gov.uk", []),
        ("EMAIL_ADDRESS", "mash@leeds.gov.uk or duty-team@example.nhs.net", []),
        ("EMAIL_ADDRESS", "carer: joanne.care@example.com", ["joanne.care@example.com"]),
        ("EMAIL_ADDRESS", "mum uses front.door@gmail.com", ["front.door@gmail.com"]),
        ("EMAIL_ADDRESS", "his business: info@tylerbriggs.com", ["info@tylerbriggs.com"]),
        ("EMAIL_ADDRESS", "her campaign: info@kellyclarke.org.uk", ["info@kellyclarke.org.uk"]),
        ("STREET_ADDRESS", "Addresses:\n1.14 Moor Lane, Leeds", ["14 Moor Lane"]),
        ("STREET_ADDRESS", "Room 4.07, Riverside House, 2 Canal Wharf", []),  # an office room
        ("STREET_ADDRESS", "Tyler Briggs lives at No.12 Acacia Avenue", ["12 Acacia Avenue"]),
        ("STREET_ADDRESS", "lives at 14 Elm Road, Leeds", ["14 Elm Road"]),
        ("STREET_ADDRESS", "moved to flat 3, 22 kirkstall lane", ["flat 3, 22 kirkstall lane"]),
        ("STREET_ADDRESS", "3 weeks in court", []),
        # an Edinburgh stair and flat; a Welsh house name and a street after "y"
        ("STREET_ADDRESS", "moved to 14/3 Easter Road, Edinburgh", ["14/3 Easter Road"]),
        ("STREET_ADDRESS", "Home visit. Ty Gwyn, Heol y Felin, Llanrug", ["Ty Gwyn, Heol y Felin"]),
        ("STREET_ADDRESS", "Board meeting at Unit 3 Enterprise Park", []),  # a business's premises
        ("STREET_ADDRESS", "He lives at 7 Harbour View Park now", ["7 Harbour View Park"]),
        ("STREET_ADDRESS", "Mum lives at 5 Enterprise Court, Hull", ["5 Enterprise Court"]),
        ("STREET_ADDRESS", "They live at 12 Science Park Close", ["12 Science Park Close"]),
        ("STREET_ADDRESS", "Plot 6, Riverside Industrial Estate", ["Plot 6, Riverside Industrial Estate"]),
        ("STREET_ADDRESS", "Client: Tyler Briggs\nHospital Farm, Moor Lane", ["Hospital Farm, Moor Lane"]),
        ("STREET_ADDRESS", "Ms Briggs\nThe Old Police House, Mill Lane", ["The Old Police House, Mill Lane"]),
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
        # said to be the body's address; the body's name in the same line
        ("Ofsted's correspondence address is Piccadilly Gate, Store Street, Manchester M1 2WD", []),
        ("Please reply to the team at House of Commons, London SW1A 0AA", []),
        (
            "To the Chief Executive, Great Ormond Street Hospital for Children NHS Foundation Trust, "
            "Great Ormond Street, London WC1N 3JH",
            [],
        ),
        ("Mum's correspondence address is 12 High Street, Leeds LS6 2AB", ["12 High Street", "LS6 2AB"]),
        (
            "Mum has told Wigan Council her new address is 14 Ash Grove, Wigan WN1 2AB.",
            ["14 Ash Grove", "WN1 2AB"],
        ),
        # a labelled address that runs on into a body's name is still the client's (the span is
        # long: the labelled pattern takes up to six words a part)
        (
            "Mum lives at Rose Cottage, Church Lane and said West Yorkshire Police had visited.",
            ["Rose Cottage, Church Lane and said West Yorkshire"],
        ),
        # a block of flats called a court is no court of law
        ("Flat at Flat 11, Wyvil Court, Lambeth SW8 2TG", ["Flat 11, Wyvil Court", "SW8 2TG"]),
        ("Mum lives at 12 St James Hospital Road, Leeds LS9 7TF", ["12 St James Hospital Road", "LS9 7TF"]),
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
