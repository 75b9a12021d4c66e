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
        # a system or an agency named, then its value handed over a few words or a sentence later
        # (session 18)
        ("Can you check the CareFirst number for Mrs Baird? I've got CF00445819.", ["CF00445819"]),
        ("What does his custody record number mean? It's 04MY/24/11833.", ["04MY/24/11833"]),
        ("What's the format of a WCCIS number? I have W2241887 for Eurig.", ["W2241887"]),
        ("Is a Home Office reference valid? He says his is S1209884.", ["S1209884"]),
        ("The police gave me EK/4437/24 for his custody reference.", []),  # no label before
        ("I've got this list from Mosaic (ID M-4019283) to tidy.", ["M-4019283"]),
        ('SystmOne numbers: the GP letter has "S1 ID S1-55827341" for her.', ["S1-55827341"]),
        ("Police ref MERPOL-24-071155. Agreed: single agency.", ["MERPOL-24-071155"]),
        ("Our reference for Caoimhe's file is SOSCARE-0448721.", ["SOSCARE-0448721"]),
        # an example of a format, an invoice's, a course's or a form's blank is no one's
        ("Does a Liquidlogic number like LL-3309118 count as personal data?", []),
        ("Our ContrOCC invoice number is INV-204118 for March.", []),
        ("Mosaic training: the course code is SWC-20145.", []),
        ("The custody record number is usually like 01BL/24/nnnnn in Merseyside.", []),
        ('Template: "IN THE COURT OF PROTECTION, Case No [COP 1234567T]"', []),
        ("Mosaic is down again, the error code is ERR-50231, who do I ring?", []),
        ("Mosaic has a new workflow step; the build number is v2-10455-b.", []),
        ("Does CareFirst allow me to record the ICD code as F32-10021?", []),
        ("We moved from Mosaic to Liquidlogic in 2019, and the go-live was 04/2019/11.", []),
        ("SystmOne training was good. The certificate ID is TRN-880412.", []),
        ("We use Eclipse. Our office is at Unit 5, and the postcode is LS1-40020.", []),
        ("Our ref: minutes/2024/05 from the panel.", []),
        ("See reference: chapter-12345 of the handbook.", []),
        ("what should I record about the interpreter (booking ref like INT-55021)?", []),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a custody record's code straight after "custody", a table's bar, "ref is"
        ("Note: Deacon (14) arrested Exeter, custody EX/CU/25/1401, AA needed.", ["EX/CU/25/1401"]),
        ("| Name | Ashley Gow |\n| Custody no. | CUS/MW/24/01772 |", ["CUS/MW/24/01772"]),
        # a time in custody, a date, a correspondence reference by its year are no one's record
        ("He was held in custody 14 hours before interview.", []),
        ("He was in custody 0200-1100 hrs, and in custody 2019-2022 before that.", []),
        ("Remanded in custody until 12/03/2026.", []),
        ("The ref is 2024-0037214 on the council's letter.", []),
        # "ref is" with no word before saying whose; a hospital's number; a filing code's year
        ("Tia didn't come home, rang 101, ref is NYP-20240311-0093", ["NYP-20240311-0093"]),
        ("Our job ref is HU-ACAD-0941. Leave the university blank.", []),
        ("Pt: O'DONOGHUE, Bridget\nHosp No: RTK0083347\nNHS", ["RTK0083347"]),
        ("please quote our ref: CSC/GEN/2025 when contacting the Feedback Team.", []),
        ("Client ref: KH2093 (his second referral)", ["KH2093"]),  # a year's digits, and no filing code
    ],
)
def test_custody_codes_and_references_handed_over_are_found(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("CASE_REFERENCE", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a column headed by a reference label, in tab-, comma- and bar-separated tables
        (
            "Overdue?\nCase ID\tChild\tStatus\n2217843\tSkye Donnelly\tCP\n2230119\tHarvey Moat\tCIN",
            ["2217843", "2230119"],
        ),
        ("ID,Name,Order\nYJ-4417,Bradley Coombes,YRO\nYJ-4452,Shakira Mensah,YRO", ["YJ-4417", "YJ-4452"]),
        (
            "Client | ContrOCC ID | Service\n|---|---|---|\nPRYCE, Megan | C-1187722 | Dom care",
            ["C-1187722"],
        ),
        ('Group these:\nName,Mosaic\n"Ali, Yusuf","4412987"\n"Jones, Macsen",""', ["4412987"]),
        # not under a reference's header, not a date, not a row of another shape
        ("Course,Date,Places\nCP refresher,12/03/2025,20\nMCA,2024-25,12", []),
        ("Ref,Date\n12/03/2024,Monday\nText with, two, commas", []),
        ("Help card:\nService\tNumber\tWhen\nShout (text)\t85258\t24/7\nNHS\t111\t24/7", []),  # phone numbers
        # a day and a month under the header's label is no reference; the rows stay apart
        (
            "When,What,Ref\n01/02,Daniel arrested,MPS/24/77120\n02/02,Bailed,MPS/24/77121",
            ["MPS/24/77120", "MPS/24/77121"],
        ),
    ],
)
def test_a_pasted_tables_reference_column_holds_references(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("CASE_REFERENCE", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Scottish and Northern Irish systems and agencies, and a police report's number
        ("2. Sandy Clark (SWIS 442981) - AP, daughter wants review", ["442981"]),
        ("Attended court for Gary Milne (SCRO 118832/19R). He pled guilty", ["118832/19R"]),
        ("PSNI CC2024012200451 – 22/01 – domestic at the house", ["CC2024012200451"]),
        ("Subject: Concern report PS-20240308-2915 Officers attended", ["PS-20240308-2915"]),
        ("The police report 2024 found that", []),
        ("IT incident report: 14:32 alert raised; 14:05 phishing email received", []),
    ],
)
def test_scottish_and_northern_irish_references_are_found(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("CASE_REFERENCE", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pasted record's value under a reference's key: JSON, XML, YAML, key=value
        ('Summarise: {"personId": "LL-7720194", "name": "Sophie Crompton"}', ["LL-7720194"]),
        ('<referral><ref>EH-2024-07731</ref><subject name="Oscar Bentley"/></referral>', ["EH-2024-07731"]),
        (
            "name: Tyrone Mayers\npnc_id: 08/771203Q\ncustody_ref: GMP-CUS-2024-331187",
            ["08/771203Q", "GMP-CUS-2024-331187"],
        ),
        ("CLIENT_NO=CF4417032 | NAME=BRADSHAW, Nora", ["CF4417032"]),
        # not a key of a reference, nor an hour after a log's label
        ("Order ref=PO-2025-00412; supplier=Acme Ltd", []),
        ('{"room": "G.01", "capacity": 1200}', []),
        ("Duty log 14:20 - call from police control about a disturbance", []),
    ],
)
def test_a_pasted_records_reference_keys_hold_references(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("CASE_REFERENCE", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next of a run after one found, and the same value again
        ("Case summary: Aiden & Poppy Sharples, Mosaic 5531907 / 5531908", ["5531907", "5531908"]),
        (
            "custody refs CU/24/00718 (Feb) and CU/24/01443 (Apr) - both robbery",
            ["CU/24/00718", "CU/24/01443"],
        ),
        ("Carefirst: CF-22817, CF-22901, CF-23011 - sorry", ["CF-22817", "CF-22901", "CF-23011"]),
        ("Mosaic 2210047 - visit.\n2210047 - call from school.", ["2210047", "2210047"]),
        # not a value of another shape, nor a year after it
        ("Mosaic 2210047 / 2024 review", ["2210047"]),
        # a value handed over by "changed to" or "is now"
        ("Mrs Fulton's Carefirst number has changed to CF/2025/771023 after the merge", ["CF/2025/771023"]),
        ("Her Mosaic ID is now 2284471 after the merge", ["2284471"]),
    ],
)
def test_a_reference_found_once_is_found_in_its_run_and_again(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found("CASE_REFERENCE", text) == expected
