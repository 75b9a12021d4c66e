"""Pasted records are read by key: JSON, XML, YAML, "key=value" dumps and a form's labels."""

from __future__ import annotations

import pytest

from genai_guard.fields import key_words, keyed_values


def _values(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for field in keyed_values(
        text, lambda key: key in {"person id", "ref", "client no", "pnc id", "controcc id"}
    ):
        found.setdefault(field.key, []).append(text[field.value[0] : field.value[1]])
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"personId": "LL-7720194", "name": "Sophie Crompton"}', {"person id": ["LL-7720194"]}),
        ("{'ref': 4417032, 'name': 'Nora'}", {"ref": ["4417032"]}),
        ("<Referral><Ref>ASC-RF-0049127</Ref><Name>Hubert</Name></Referral>", {"ref": ["ASC-RF-0049127"]}),
        ('<incident ref="LANC-INC-24-448812"><victim>Jess</victim>', {"ref": ["LANC-INC-24-448812"]}),
        ('<field name="Person ID">7782109</field>', {"person id": ["7782109"]}),
        ("name: Tyrone Mayers\npnc_id: 08/771203Q\noffence: robbery", {"pnc id": ["08/771203Q"]}),
        ('- name: "Ms Jolene Riches"\n  ref: "ASC/24/0771"', {"ref": ["ASC/24/0771"]}),
        ("CLIENT_NO=CF4417032 | NAME=BRADSHAW, Nora | DOB=11/11/1939", {"client no": ["CF4417032"]}),
        ("yp_name=Keanu Brooks; ref=ASP/CUS/241002/0077; mob=07700900341", {"ref": ["ASP/CUS/241002/0077"]}),
        ("ServiceUser=Glenys, ContrOCC_ID=CTC-3391027", {"controcc id": ["CTC-3391027"]}),
    ],
)
def test_json_xml_yaml_and_key_value_records_are_read_by_key(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our ref: CSC/GEN/2025 – please quote it.",  # a key not wanted, read whole
        "The ref is in the letter.",  # no key opens the line
        "Duty log 14:20 - call from police control",
    ],
)
def test_keys_not_wanted_give_nothing(text: str) -> None:
    assert _values(text) == {}


def test_keys_are_read_as_written_and_with_camel_case_parted() -> None:
    assert key_words("contrOCC_id") == ("controcc id", "contr occ id")
    assert key_words("LLPersonID") == ("llpersonid", "ll person id")
    assert key_words("CLIENT_NO") == ("client no",)
