"""Properties of `guard.analyze` that must hold for any text at all.

For any Unicode string (lone surrogates, controls and unassigned code points included): no
exception; every finding lies inside the text and covers something; the redacted text no longer
holds what was found; surrounding whitespace does not change the decision. A second strategy mixes
valid identifiers and names into random text, where the same properties hold and every identifier
is found.

The identifier strategies here are shared with tests/test_evasion.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from genai_guard.findings import Analysis
from genai_guard.guard import Guard

PROPERTY_SETTINGS = settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Every code point Python can hold in a str, lone surrogates (category Cs) included.
ANY_CHAR = st.characters(exclude_categories=())
WRAPPERS = st.sampled_from([" ", "\n", "\t", "  \n", "\r\n", " \t \n "])

NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BANNED_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
POSTCODE_AREAS = ["B", "E", "G", "L", "M", "N", "S", "W", "LS", "SW", "EH", "CF", "BT", "NE", "OX", "YO"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NAMES = ["Jayden Clarke", "Sarah Khan", "Olusegun Adeyemi", "Megan O'Brien", "Piotr Nowak", "Aisha Begum"]


def nhs_check_digit(nine: str) -> int | None:
    """The modulus-11 check digit for nine digits, or None when no check digit exists (remainder 10)."""
    check = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
    return None if check == 10 else check % 11


@st.composite
def nhs_numbers(draw: st.DrawFn) -> str:
    """A valid English NHS number as ten plain digits (first digit 4-9, outside CHI and H&C ranges)."""
    nine = draw(st.from_regex(r"[4-9][0-9]{8}", fullmatch=True))
    check = nhs_check_digit(nine)
    if check is None:
        nine = nine[:8] + str((int(nine[8]) + 1) % 10)
        check = nhs_check_digit(nine)
    assert check is not None  # bumping the last digit moves the remainder off 10
    return nine + str(check)


def group_nhs(digits: str, separator: str = " ") -> str:
    return separator.join((digits[:3], digits[3:6], digits[6:]))


@st.composite
def ninos(draw: st.DrawFn) -> str:
    prefix = draw(
        st.tuples(st.sampled_from(NINO_FIRST), st.sampled_from(NINO_SECOND))
        .map("".join)
        .filter(lambda p: p not in NINO_BANNED_PREFIXES)
    )
    digits = draw(st.from_regex(r"[0-9]{6}", fullmatch=True))
    suffix = draw(st.sampled_from("ABCD"))
    return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"


@st.composite
def postcodes(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(POSTCODE_AREAS))
    district = draw(st.integers(min_value=1, max_value=19))
    inward = draw(st.integers(min_value=0, max_value=9))
    letters = draw(st.text(alphabet=INWARD_LETTERS, min_size=2, max_size=2))
    return f"{area}{district} {inward}{letters}"


@dataclass(frozen=True)
class Planted:
    text: str
    identifiers: tuple[tuple[int, int], ...]  # spans of the identifiers planted in `text`


# Filler between fragments: random words without digits or letters that could extend an identifier.
FILLER = st.text(
    alphabet=st.characters(exclude_categories=("Nd", "Cs"), exclude_characters="0123456789"),
    max_size=30,
).map(lambda words: re.sub(r"[^\W\d_]+$|^[^\W\d_]+", "", words))


@st.composite
def planted_texts(draw: st.DrawFn) -> Planted:
    """Random text with NHS numbers, NINOs, postcodes and names planted between fillers."""
    identifier = st.one_of(nhs_numbers().map(group_nhs), ninos(), postcodes())
    fragments = draw(
        st.lists(
            st.one_of(identifier.map(lambda v: ("id", v)), st.sampled_from(NAMES).map(lambda v: ("name", v))),
            min_size=1,
            max_size=5,
        )
    )
    text, spans = "", []
    for kind, value in fragments:
        text += draw(FILLER) + " , "
        if kind == "id":
            spans.append((len(text), len(text) + len(value)))
        text += value + " , "
    return Planted(text + draw(FILLER), tuple(spans))


def check_findings(text: str, analysis: Analysis, guard: Guard) -> None:
    """Offsets inside the text, each covering something; nothing found survives redaction."""
    placeholders = {entity.placeholder for entity in guard.catalogue.entities.values()}
    redacted = analysis.redacted_text
    spans = sorted((f.start, f.end) for f in analysis.findings)
    # What redaction keeps: the text between findings. A found value may legitimately appear there too.
    kept, position = [], 0
    for start, end in spans:
        kept.append(text[position:start])
        position = max(position, end)
    kept.append(text[position:])
    for finding in analysis.findings:
        assert 0 <= finding.start < finding.end <= len(text), finding
        value = text[finding.start : finding.end]
        assert value, finding
        in_placeholder = any(value in f"[{word} {n}]" for word in placeholders for n in range(1, 100))
        if not in_placeholder and not any(value in piece for piece in kept):
            assert value not in redacted, (finding, value)


def check_wrapped_decision(text: str, analysis: Analysis, guard: Guard, before: str, after: str) -> None:
    assert guard.analyze(before + text + after).decision == analysis.decision


@PROPERTY_SETTINGS
@given(text=st.text(alphabet=ANY_CHAR, max_size=300), before=WRAPPERS, after=WRAPPERS)
def test_any_text_is_analysed_safely(guard: Guard, text: str, before: str, after: str) -> None:
    analysis = guard.analyze(text)
    check_findings(text, analysis, guard)
    check_wrapped_decision(text, analysis, guard, before, after)


@PROPERTY_SETTINGS
@given(planted=planted_texts(), before=WRAPPERS, after=WRAPPERS)
def test_planted_identifiers_are_found_and_redacted(
    guard: Guard, planted: Planted, before: str, after: str
) -> None:
    analysis = guard.analyze(planted.text)
    check_findings(planted.text, analysis, guard)
    check_wrapped_decision(planted.text, analysis, guard, before, after)
    for start, end in planted.identifiers:
        assert any(f.start <= start and end <= f.end for f in analysis.findings), planted.text[start:end]
        assert planted.text[start:end] not in analysis.redacted_text
    if planted.identifiers:
        assert analysis.decision == "block"


def test_nhs_strategy_makes_valid_numbers() -> None:
    from genai_guard.recognizers.validators import nhs_number

    @settings(max_examples=200, derandomize=True, database=None)
    @given(nhs_numbers())
    def valid(number: str) -> None:
        assert nhs_number(number)

    valid()
