"""Checksum and structure checks for identifiers, looked up by the name a recognizer YAML gives.

A validator returns True (the value is well formed), False (drop the match) or None (no opinion).
The extension's degraded detector has twins of these in `extension/shared/validators.js`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import phonenumbers

Validator = Callable[[str], "bool | None"]

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def mod11_ok(digits: str) -> bool:
    """The NHS / CHI / H&C modulus-11 check over ten digits (weights 10..2, check digit last)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def nhs_number(value: str) -> bool:
    """England and Wales NHS numbers: modulus 11, outside the CHI (0-3) and H&C (3xx) ranges."""
    digits = _digits(value)
    return mod11_ok(digits) and digits[0] >= "4"


def chi_number(value: str) -> bool:
    """Scotland's CHI number: DDMMYY date of birth, two digits, sex digit, modulus-11 check."""
    digits = _digits(value)
    if not mod11_ok(digits):
        return False
    day, month = int(digits[0:2]), int(digits[2:4])
    year = 2000 + int(digits[4:6])
    try:
        dt.date(year, month, day)
    except ValueError:
        try:
            dt.date(year - 100, month, day)
        except ValueError:
            return False
    return True


def hc_number(value: str) -> bool:
    """Northern Ireland Health and Care number: modulus 11 in the 320-399 range."""
    digits = _digits(value)
    return mod11_ok(digits) and 320 <= int(digits[:3]) <= 399


_UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def unique_pupil_number(value: str) -> bool:
    """DfE Unique Pupil Number: a check letter then 12 digits (weights 2..13, modulus 23)."""
    upn = _NON_ALNUM.sub("", value).upper()
    if len(upn) != 13 or not upn[1:].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(upn[1:], range(2, 14), strict=True))
    return _UPN_LETTERS[total % 23] == upn[0]


# Postcode areas of the United Kingdom, Crown Dependencies included (Royal Mail's published list).
POSTCODE_AREAS = frozenset(
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT "
    "DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA "
    "LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE "
    "SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV "
    "YO ZE".split()
)


_LOWER_CASE_ORDINAL = re.compile(r"(?:1st|2nd|3rd|[04-9]th)$")


def uk_postcode(value: str) -> bool:
    """A full postcode whose area letters are a real postcode area; "N1 2nd" (an ordinal written
    in lower case, as in "ward N1 2nd floor") is not one, but "N1 2ND" is."""
    if _LOWER_CASE_ORDINAL.search(value):
        return False
    compact = _NON_ALNUM.sub("", value).upper()
    area = compact[:2] if compact[:2].isalpha() else compact[:1]
    return area in POSTCODE_AREAS


# Ofcom's mobile and geographic ranges reserved for drama (TV, film, fiction): not allocated, but
# indistinguishable from a real number to a reader, and what training material and made-up case
# studies use. Its 03, 0808 and 09 drama ranges are of kinds only organisations have, and are
# treated as those kinds are.
UK_COUNTRY_CODE = 44
ORGANISATION_NUMBERS = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.UAN,
    }
)
OFCOM_DRAMA_PREFIXES = (
    "7700900",
    "1632960",
    "1134960",
    "1144960",
    "1154960",
    "1164960",
    "1174960",
    "1184960",
    "1214960",
    "1314960",
    "1414960",
    "1514960",
    "1614960",
    "2079460",
    "2920180",
    "1914980",
)


def uk_phone(value: str) -> bool:
    """A number phonenumbers calls valid (in the UK or with its country code), or a drama number,
    unless it is of a kind only organisations have: freephone (0800, 0808), shared-cost (084),
    premium-rate (09) and the 03 numbers of public bodies and charities (Ofcom's numbering plan).
    A person's own number is a mobile (07) or a geographic landline (01, 02)."""
    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        return False
    national = str(number.national_number)
    if national.startswith(OFCOM_DRAMA_PREFIXES):
        return True
    if number.country_code == UK_COUNTRY_CODE and phonenumbers.number_type(number) in ORGANISATION_NUMBERS:
        return False
    return phonenumbers.is_valid_number(number)


def luhn(value: str) -> bool:
    digits = _digits(value)
    if not 12 <= len(digits) <= 19:
        return False
    total = 0
    for index, ch in enumerate(reversed(digits)):
        d = int(ch)
        if index % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def email_address(value: str) -> bool:
    local, _, domain = value.rpartition("@")
    return bool(local) and "." in domain and not domain.startswith(".") and ".." not in domain


_DATE_LIKE = re.compile(
    r"^\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{2}|\d{4})$|^(?:19|20)\d{2}$|^(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}$"
    r"|^\d{1,2}[/.]\d{1,2}$"  # a day and a month, as a chronology writes them ("01/02")
)
_YEAR_SPAN = re.compile(r"^((?:19|20)\d{2})[/\-](\d{2}|(?:19|20)\d{2})$")
# A filing code: letters, then a year as its last part and its one number ("CSC/GEN/2025", "Our ref:
# COMM/KPI/2025", "FOI-2026"; a record's number has a serial of its own: "KH2093", "2019/AB" are
# references).
_FILING_CODE = re.compile(r"^[a-z]+(?:[/\-][a-z]+)*[/\-](?:19|20)\d{2}$", re.IGNORECASE)


_LEADING_WORD = re.compile(r"^[a-z]+\s+", re.IGNORECASE)
REFERENCE_DIGITS = 4


def reference_code(value: str) -> bool:
    """A reference, not a date, a year or a year's span written where a reference label might
    stand, even after a word ("incident on 04/11/2025", "2025-11-04", "Crime Act 2017", "SCRA
    2023/24", a day and a month "01/02"), nor a form's blank ("0000000"), nor an hour ("log 14"
    of "log 14:20": a reference has four digits at least), nor a filing code of letters and a
    year ("CSC/GEN/2025")."""
    number = _LEADING_WORD.sub("", value.strip())
    digits = _digits(number)
    return (
        _DATE_LIKE.match(number) is None
        and not _year_span(number)
        and _FILING_CODE.match(number) is None
        and len(set(digits)) > 1
        and len(digits) >= REFERENCE_DIGITS
    )


def _year_span(value: str) -> bool:
    """A financial or school year, two years running: "2023/24", "2019-2020" (not "2023/45")."""
    span = _YEAR_SPAN.match(value)
    return span is not None and int(span.group(2)) % 100 == (int(span.group(1)) + 1) % 100


VALIDATORS: dict[str, Validator] = {
    "nhs_number": nhs_number,
    "chi_number": chi_number,
    "hc_number": hc_number,
    "unique_pupil_number": unique_pupil_number,
    "uk_postcode": uk_postcode,
    "uk_phone": uk_phone,
    "luhn": luhn,
    "email_address": email_address,
    "reference_code": reference_code,
}


def get_validator(name: str) -> Validator:
    try:
        return VALIDATORS[name]
    except KeyError:
        raise ValueError(f"unknown validator {name!r}; known: {', '.join(sorted(VALIDATORS))}") from None
