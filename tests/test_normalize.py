"""Disguised identifiers are still found, with offsets into the text as submitted."""

from __future__ import annotations

import pytest

from genai_guard.guard import Guard
from genai_guard.normalize import normalize


@pytest.mark.parametrize(
    ("text", "entity_type", "expected"),
    [
        ("NHS 943\u200b476\u200b5919", "UK_NHS", "943\u200b476\u200b5919"),
        ("NHS 943\u00a0476\u00a05919", "UK_NHS", "943\u00a0476\u00a05919"),
        ("NHS 943\u2009476\u20095919", "UK_NHS", "943\u2009476\u20095919"),
        ("NHS 943 476\n5919", "UK_NHS", "943 476\n5919"),
        ("NHS ９４３ ４７６ ５９１９", "UK_NHS", "９４３ ４７６ ５９１９"),
        ("NHS 9-4-3-4-7-6-5-9-1-9", "UK_NHS", "9-4-3-4-7-6-5-9-1-9"),
        ("NI number АВ 12 34 56 С", "UK_NINO", "АВ 12 34 56 С"),  # Cyrillic look-alikes
        ("NI number AB\u200d123456C", "UK_NINO", "AB\u200d123456C"),
    ],
)
def test_when_disguised_then_found_at_original_offsets(
    guard: Guard, text: str, entity_type: str, expected: str
) -> None:
    findings = [f for f in guard.detector.detect(text) if f.entity_type == entity_type]
    assert [text[f.start : f.end] for f in findings] == [expected]


def test_real_cyrillic_names_are_left_as_written() -> None:
    assert normalize("Ivan Петров").text == "Ivan Петров"


def test_offsets_of_plain_ascii_are_unchanged() -> None:
    assert normalize("plain text").unchanged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Re:  Gareth  Ander-\nton   09/12/1966", "Re: Gareth Anderton 09/12/1966"),  # a capitalised word
        ("born 16 Jan-\nuary 2018", "born 16 January 2018"),
        ("DOB  11/04/20-\n19", "DOB 11/04/2019"),  # a number hyphenated across the break
        ("DOB: 19/08/\n2015", "DOB: 19/08/2015"),  # a date broken after a slash
        ("Custody No: CU/TR/25/\n01822", "Custody No: CU/TR/25/01822"),
        ("Ellis Mc-\nCormack", "Ellis McCormack"),
        ("NOTICE TO CHIL-\nDREN'S SERVICES", "NOTICE TO CHILDREN'S SERVICES"),  # a word in capitals
        ("Mr Smith-\nJones", "Mr Smith-Jones"),  # two capitalised words keep their hyphen
        ("self-\nharm, child-\nren", "self-\nharm, child-\nren"),  # lower case: left as written
        ("Layla  Hendy        Mosaic: 4410932", "Layla Hendy        Mosaic: 4410932"),  # columns stay
        ("a list -\nthen more", "a list -\nthen more"),  # a dash, not a hyphen
        ("saw Kayleigh-\nthen we went", "saw Kayleigh-\nthen we went"),
        ("DOB: 12-03-\n2015", "DOB: 12-03-2015"),  # a date written with dashes keeps them
    ],
)
def test_text_copied_out_of_a_scanned_document_is_mended(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("puerperal psy-\nchosis", "puerperal psychosis"),  # the whole is a known word
        ("was con-\nvicted of", "was convicted of"),
        ("tried self-\nharm", "tried self-\nharm"),  # "selfharm" is none: a compound stays
        ("the child-\nren", "the child-\nren"),  # not a known word
    ],
)
def test_a_lower_case_word_hyphenated_across_a_line_is_joined_when_it_is_a_known_word(
    text: str, expected: str
) -> None:
    assert normalize(text, frozenset({"psychosis", "convicted"})).text == expected


def test_special_category_terms_hyphenated_in_a_scan_are_found(guard: Guard) -> None:
    text = "OCR text: Mr Douglas Reid admitted with puerperal psy-\nchosis and was con-\nvicted in 2003."
    found = [
        text[f.start : f.end] for f in guard.detector.detect(text) if f.entity_type == "SPECIAL_CATEGORY"
    ]
    assert "psy-\nchosis" in " ".join(found)
    assert any("con-\nvicted" in term for term in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHS 943\t476\t5919", "NHS 943 476 5919"),  # a number broken by tabs
        ("NHS 943 476\n5919", "NHS 943 476 5919"),
        ("Lennon, H&C 352 593\n3673, going home", "Lennon, H&C 352 593 3673, going home"),  # no third row
        # a table's cells and rows stay apart
        ("Name\tDOB\tID\nCai\t12/03/2014\t1093381", "Name\tDOB\tID\nCai\t12/03/2014\t1093381"),
        (
            "When,Ref\n01/02,MPS/24/77120\n02/02,MPS/24/77121",
            "When,Ref\n01/02,MPS/24/77120\n02/02,MPS/24/77121",
        ),
    ],
)
def test_a_break_inside_a_number_is_mended_but_not_a_tables(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_mended_text_maps_back_to_the_text_as_submitted(guard: Guard) -> None:
    text = "Patient:  Maureen  Pilk-\nington     DOB:  04.03.1942"
    found = {f.entity_type: text[f.start : f.end] for f in guard.detector.detect(text)}
    assert found == {"PERSON": "Maureen  Pilk-\nington", "DATE_OF_BIRTH": "04.03.1942"}


def test_a_line_ending_in_a_whole_date_is_not_joined_to_a_number_on_the_next() -> None:
    text = "Clara Vincent – 19/11/1943\n1 Quay Lane"
    assert normalize(text).text == text
    assert normalize("H&C 352 593\n3673, going home").text == "H&C 352 593 3673, going home"
