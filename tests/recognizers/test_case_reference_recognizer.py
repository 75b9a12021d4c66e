import pytest

from tests.recognizers.conftest import Found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mosaic ID 1234567", ["1234567"]),
        ("LCS no: 889012", ["889012"]),
        ("arrested, custody record NE/25/04417", ["NE/25/04417"]),
        ("the short loan desk is open 08:30-20:00", []),  # "op" is a reference system only as a word
        ("case no. CS-204518", ["CS-204518"]),
        ("client ID 77120394", ["77120394"]),
        ("care proceedings LS23C00412 listed", ["LS23C00412"]),
        ("crime ref 13/123456/23", ["13/123456/23"]),
        ("section 47 enquiry", []),
        ("the case was closed in 2023", []),
        ("form CAF 2019", []),
        # a label word then a word and a date or a year: the date or an Act, not a reference
        ("the serious incident on 12/03/2026 was reported", []),
        ("under the Serious Crime Act 2015 s.76", []),
        ("Police log 2231 of 12/03/2026", ["2231"]),
        # a course's or an invoice's reference is no one's record; a booking's may be a contact's
        ("Course reference TRN-55012 for the training day", []),
        ("Contact booking ref CB22341 for Tyler Smith", ["CB22341"]),
        ("Case ref: 0000000 (a blank on the example form)", []),
        ("Family court no.: [e.g. XX24C00000]", []),  # a template's example of the format
        ("Osian and Cerys, WCCIS refs 300771204 / 300771205", ["300771204", "300771205"]),
        ("RefNo: 30077120 - please summarise.", ["30077120"]),
        ("client refno: 12345678", ["12345678"]),
        ("Family court no.: [LS24C00412]", ["LS24C00412"]),
        ("Aaliyah, LL ID LL 1173340, CLA since 2021", ["LL 1173340"]),  # Liquidlogic
        ("we'll 1173340 times", []),
        ("NI number LL 00 00 01 A", []),  # a NINO's prefix, not Liquidlogic
        ("Mosaic reference TRN-55012 for the child", ["TRN-55012"]),
        ("Care order reference: CO/2023/4471 for Jayden", ["CO/2023/4471"]),
        ("Payment reference JC120412 for his direct payments", ["JC120412"]),
    ],
)
def test_when_text_then_case_references_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("CASE_REFERENCE", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see record (LL-7721904 on Liquidlogic) for history", ["LL-7721904"]),  # label after
        ("client 6610234 (Mosaic) was seen", ["6610234"]),
        ("Hospital number RX2 M5521093", ["RX2 M5521093"]),
        ("nDelius CRN X552109 for probation", ["X552109"]),
        ("SystmOne no 88412 009", ["88412 009"]),
        ("Azeus ref 4401 2291", ["4401 2291"]),
        ("Police crime ref 2024/0012345", ["2024/0012345"]),  # labelled: a year prefix is fine
        ("the letter they sent (ref: 2023-0041187)", []),  # an organisation's correspondence ref
        ("Paris 2024 and Rio 2016", []),
    ],
)
def test_when_system_named_then_reference_found(found: Found, text: str, expected: list[str]) -> None:
    assert found("CASE_REFERENCE", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the label a few words before its value, in the words a note uses
        ("Custody reference from the arrest was GMP/CUS/24/088213. He is 17.", ["GMP/CUS/24/088213"]),
        ("Mosaic person ID for the eldest 9917205, transfer-in conference", ["9917205"]),
        ("Mosaic ID for the eldest is 9917205 and the youngest has none yet.", ["9917205"]),
        ("Custody record number from Tuesday's arrest is NWP/CUS/25/00417.", ["NWP/CUS/25/00417"]),
        ("They have a Home Office reference (B2049173) and are waiting", ["B2049173"]),
        ("The child's ref is H2291873 and he is placed in Hereford.", ["H2291873"]),
        ("The care proceedings number was BT25/FC/00384 and I logged it.", ["BT25/FC/00384"]),
        ("the custody number is 01/CU/4471/24 I think", ["01/CU/4471/24"]),
        # a phone number after a label is a phone number; a form's blank and a date are no reference
        ("What's the Forced Marriage Unit number (020 7008 0151) and the law?", []),
        ("Fields: incident ref (IG-2025-nnnn), date/time discovered", []),
        ("The case number for the meeting is 2025-06-14.", []),
    ],
)
def test_when_label_stands_a_few_words_before_then_reference_found(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("CASE_REFERENCE", text) == expected
