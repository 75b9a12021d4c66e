"""Identifiers disguised to slip past the guard are still found, at their offsets in the text as sent.

tests/test_normalize.py covers one example of each basic disguise on the detector. Here: the other
invisible, space, line-break, digit and look-alike characters a user can reach (a character map, a
"fancy text" site, an emoji keyboard), disguises stacked on one another, NINOs, postcodes, phone
numbers and email addresses as well as NHS numbers, all through `guard.analyze` so redaction is
checked too, and two property tests that disguise random valid identifiers character by character.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genai_guard.guard import Guard
from tests.test_properties import PROPERTY_SETTINGS, group_nhs, nhs_numbers, ninos

HANG_LIMIT_SECONDS = 30

NHS = "943 476 5919"


def styled(digits: str, zero: str) -> str:
    """Digits re-drawn from another Unicode digit set, given that set's zero."""
    return "".join(chr(ord(zero) + int(d)) if d.isdigit() else d for d in digits)


def tagged(text: str) -> str:
    """Unicode tag characters: invisible on screen, read as ASCII by a language model."""
    return "".join(chr(0xE0000 + ord(ch)) for ch in text)


def struck(text: str) -> str:
    """Strike-through "fancy text": a combining long stroke after every character."""
    return "".join(ch + "\u0336" for ch in text)


# (name, text sent, entity type, the exact substring that must be reported)
DISGUISES = [
    ("soft hyphens", "NHS 943\u00ad476\u00ad5919", "UK_NHS", "943\u00ad476\u00ad5919"),
    ("word joiners", "NHS 943\u2060476\u20605919", "UK_NHS", "943\u2060476\u20605919"),
    ("byte-order marks", "NHS 943\ufeff476\ufeff5919", "UK_NHS", "943\ufeff476\ufeff5919"),
    ("right-to-left override", "NHS 943\u202e476\u202c5919", "UK_NHS", "943\u202e476\u202c5919"),
    ("bidi isolates", "NHS \u2067943 476 5919\u2069", "UK_NHS", NHS),
    (
        "zero-width in every gap",
        "NHS 9\u200b4\u200c3 4\u200d7\u200b6 5\u200b9\u200c1\u200d9",
        "UK_NHS",
        "9\u200b4\u200c3 4\u200d7\u200b6 5\u200b9\u200c1\u200d9",
    ),
    ("em spaces", "NHS 943\u2003476\u20035919", "UK_NHS", "943\u2003476\u20035919"),
    ("narrow no-break spaces", "NHS 943\u202f476\u202f5919", "UK_NHS", "943\u202f476\u202f5919"),
    (
        "ideographic spaces",
        "NHS ９４３\u3000４７６\u3000５９１９",
        "UK_NHS",
        "９４３\u3000４７６\u3000５９１９",
    ),
    ("tabs", "NHS 943\t476\t5919", "UK_NHS", "943\t476\t5919"),
    ("CR LF line break", "NHS 943 476\r\n5919", "UK_NHS", "943 476\r\n5919"),
    ("Unicode line separator", "NHS 943 476\u20285919", "UK_NHS", "943 476\u20285919"),
    ("next-line control", "NHS 943 476\u00855919", "UK_NHS", "943 476\u00855919"),
    ("NUL bytes", "NHS 943\x00476\x005919", "UK_NHS", "943\x00476\x005919"),
    ("full-width, no spaces", "NHS ９４３４７６５９１９", "UK_NHS", "９４３４７６５９１９"),
    ("full-width and ASCII mixed", "NHS 9４3 ４7６ 5９1９", "UK_NHS", "9４3 ４7６ 5９1９"),
    ("mathematical bold digits", f"NHS {styled(NHS, chr(0x1D7CE))}", "UK_NHS", styled(NHS, chr(0x1D7CE))),
    ("Arabic-Indic digits", f"NHS {styled(NHS, chr(0x660))}", "UK_NHS", styled(NHS, chr(0x660))),
    ("Devanagari digits", f"NHS {styled(NHS, chr(0x966))}", "UK_NHS", styled(NHS, chr(0x966))),
    ("superscript digits", "NHS ⁹⁴³ ⁴⁷⁶ ⁵⁹¹⁹", "UK_NHS", "⁹⁴³ ⁴⁷⁶ ⁵⁹¹⁹"),
    ("circled digits", "NHS ⑨④③ ④⑦⑥ ⑤⑨①⑨", "UK_NHS", "⑨④③ ④⑦⑥ ⑤⑨①⑨"),
    ("strike-through text", f"NHS {struck(NHS)}", "UK_NHS", struck(NHS)[:-1]),
    ("tag characters", f"NHS {tagged(NHS)}", "UK_NHS", tagged(NHS)),
    ("dot separators", "NHS 9.4.3.4.7.6.5.9.1.9", "UK_NHS", "9.4.3.4.7.6.5.9.1.9"),
    ("slash separators", "NHS 9/4/3/4/7/6/5/9/1/9", "UK_NHS", "9/4/3/4/7/6/5/9/1/9"),
    ("a space between every digit", "NHS 9 4 3 4 7 6 5 9 1 9", "UK_NHS", "9 4 3 4 7 6 5 9 1 9"),
    ("mixed separators", "NHS 9-4.3 4/7-6.5 9-1.9", "UK_NHS", "9-4.3 4/7-6.5 9-1.9"),
    (
        "stacked disguises",
        "NHS ９\u200b4３\u00a0４\u200d７6\u2009５9\u20601\ufeff９",
        "UK_NHS",
        "９\u200b4３\u00a0４\u200d７6\u2009５9\u20601\ufeff９",
    ),
    ("NINO, Greek look-alikes", "NI number ΑΒ 12 34 56 C", "UK_NINO", "ΑΒ 12 34 56 C"),
    ("NINO, one Cyrillic letter", "NI number AВ 12 34 56 C", "UK_NINO", "AВ 12 34 56 C"),
    ("NINO, lower-case Cyrillic", "NI number ае 12 34 56 с", "UK_NINO", "ае 12 34 56 с"),
    ("NINO, full-width", "NI number ＡＢ１２３４５６Ｃ", "UK_NINO", "ＡＢ１２３４５６Ｃ"),
    (
        "NINO, zero-width in every gap",
        "NI number A\u200bB\u200b12\u200b34\u200b56\u200bC",
        "UK_NINO",
        "A\u200bB\u200b12\u200b34\u200b56\u200bC",
    ),
    (
        "NINO, no-break spaces",
        "NI number AB\u00a012\u00a034\u00a056\u00a0C",
        "UK_NINO",
        "AB\u00a012\u00a034\u00a056\u00a0C",
    ),
    ("NINO, line break", "NI number AB 12 34\n56 C", "UK_NINO", "AB 12 34\n56 C"),
    ("postcode, zero-width space", "lives at LS6\u200b2AB", "UK_POSTCODE", "LS6\u200b2AB"),
    ("postcode, full-width", "lives at ＬＳ６ ２ＡＢ", "UK_POSTCODE", "ＬＳ６ ２ＡＢ"),
    ("postcode, Cyrillic inward letters", "lives at LS6 2АВ", "UK_POSTCODE", "LS6 2АВ"),
    ("postcode, Cyrillic dze for S", "lives at LЅ6 2AB", "UK_POSTCODE", "LЅ6 2AB"),
    ("phone, zero-width spaces", "call 07700\u200b900\u200b123", "PHONE_NUMBER", "07700\u200b900\u200b123"),
    ("phone, full-width", "call ０７７００ ９００１２３", "PHONE_NUMBER", "０７７００ ９００１２３"),
    (
        "email, zero-width spaces",
        "email jayden\u200b.clarke@exa\u200bmple.com",
        "EMAIL_ADDRESS",
        "jayden\u200b.clarke@exa\u200bmple.com",
    ),
    (
        "email, full-width",
        "email ｊａｙｄｅｎ＠ｅｘａｍｐｌｅ．ｃｏｍ",
        "EMAIL_ADDRESS",
        "ｊａｙｄｅｎ＠ｅｘａｍｐｌｅ．ｃｏｍ",
    ),
]


def reported(guard: Guard, text: str, entity_type: str) -> list[str]:
    analysis = guard.analyze(text)
    found = [text[f.start : f.end] for f in analysis.findings if f.entity_type == entity_type]
    for value in found:
        assert value not in analysis.redacted_text
    return found


@pytest.mark.parametrize(
    ("text", "entity_type", "expected"), [case[1:] for case in DISGUISES], ids=[case[0] for case in DISGUISES]
)
def test_disguised_identifier_is_found_at_its_original_offsets(
    guard: Guard, text: str, entity_type: str, expected: str
) -> None:
    assert reported(guard, text, entity_type) == [expected]
    assert guard.analyze(text).decision == "block"


INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
GAPS = [" ", "\u00a0", "\u2009", "\u202f", "\u2003", "\u3000", "\n", " \u200b", "-"]
DIGIT_ZEROS = ["0", "\uff10", chr(0x1D7CE), chr(0x1D7EC)]  # ASCII, full-width, maths bold, maths monospace
LOOKALIKES = {
    "A": "АΑ",
    "B": "ВΒ",
    "C": "С",
    "E": "ЕΕ",
    "H": "НΗ",
    "J": "Ј",
    "K": "КΚ",
    "M": "МΜ",
    "N": "Ν",
    "O": "ОΟ",
    "P": "РΡ",
    "S": "Ѕ",
    "T": "ТΤ",
    "X": "ХΧ",
    "Y": "Υ",
    "Z": "Ζ",
}


@st.composite
def disguised_nhs(draw: st.DrawFn) -> str:
    """A valid NHS number, each digit in a random digit set, invisibles inside groups, odd gaps."""
    groups = group_nhs(draw(nhs_numbers())).split(" ")
    gap = draw(st.sampled_from(GAPS))
    drawn = []
    for group in groups:
        digits = [styled(d, draw(st.sampled_from(DIGIT_ZEROS))) for d in group]
        joiners = [draw(st.sampled_from(["", *INVISIBLES])) for _ in digits[1:]]
        drawn.append(digits[0] + "".join(j + d for j, d in zip(joiners, digits[1:], strict=True)))
    return gap.join(drawn)


@st.composite
def disguised_ninos(draw: st.DrawFn) -> str:
    """A valid NINO with any of its letters swapped for a Cyrillic or Greek look-alike."""
    nino = draw(ninos())
    return "".join(
        draw(st.sampled_from(LOOKALIKES[ch])) if ch in LOOKALIKES and draw(st.booleans()) else ch
        for ch in nino
    )


@PROPERTY_SETTINGS
@given(number=disguised_nhs(), before=st.sampled_from(["NHS ", "Patient ", "ref: ", ""]))
def test_any_disguised_nhs_number_is_found_whole(guard: Guard, number: str, before: str) -> None:
    text = f"{before}{number} seen today."
    assert reported(guard, text, "UK_NHS") == [number]


@settings(PROPERTY_SETTINGS, max_examples=100)
@given(nino=disguised_ninos())
def test_any_look_alike_nino_is_found_whole(guard: Guard, nino: str) -> None:
    text = f"Her NI number is {nino}, checked."
    assert reported(guard, text, "UK_NINO") == [nino]


def test_disguise_tables_hold_no_plain_identifier() -> None:
    """Guard against a table row that is not disguised at all (it would test nothing new)."""
    plain = re.compile(r"943 476 5919|AB 12 34 56 C|LS6 2AB|07700 900123|jayden\.clarke@example\.com")
    assert not [name for name, text, _, _ in DISGUISES if plain.search(text) and "bidi" not in name]


def test_a_long_run_of_capitals_and_letters_is_analysed(guard: Guard) -> None:
    """No pattern is tried from every capital of a long word (one took a minute on this text)."""
    assert guard.analyze("Ab" * 20_000).decision == "allow"


def test_no_pattern_hangs_on_long_hyphenated_or_apostrophed_words() -> None:
    """A house name, a possessive or a paper's name is tried only where a word starts, not at
    every letter of "A-A-A-..." or "PPP...": tried at every letter, patterns took 40 to 60 s each
    on these texts, holding a request that long. A label's gap before its value is read once, not
    tried every way ("Mosaic person ID" then 1,500 spaces took 100 s). Run apart, so a hang fails
    the test instead of the suite; the limit is hundreds of times what the patterns take now (well
    under a second)."""
    script = (
        "from genai_guard.guard import build_guard\n"
        "from genai_guard.recognizers.pattern_recognizer import CaseNotePatternRecognizer\n"
        "guard = build_guard()\n"
        "texts = ['the ' + 'A-' * 25_000, 'the ' + 'A\u2019' * 25_000, \"A's \" * 12_000, 'P' * 100_000,\n"
        "         'Mosaic person ID' + ' ' * 20_000 + 'x', 'case ref' + ' ' * 20_000 + 'x']\n"
        "for r in guard.detector.analyzer.registry.recognizers:\n"
        "    if isinstance(r, CaseNotePatternRecognizer):\n"
        "        for _, compiled in r._compiled:\n"
        "            for text in texts:\n"
        "                list(compiled.finditer(text))\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=HANG_LIMIT_SECONDS)


def test_rules_read_each_sentence_once_however_many_findings_it_holds() -> None:
    """One long sentence of addresses, beside a listed body's postcode or a building's name, or
    names with letters after them: each rule reads what a sentence, a line or the text says once,
    or a bounded stretch of it, not the whole of it once per finding (that took 17 to 110 s on
    these 100,000 characters). Run apart, as above."""
    script = (
        "from genai_guard.guard import build_guard\n"
        "guard = build_guard()\n"
        "texts = ['12 Mill Lane, ' * 7_000 + 'Leeds M1 2WD',\n"
        "         'Workshop, ' + 'Elm House, 12 Mill Lane, ' * 4_000,\n"
        "         'Kayden Smith J and Leah Brown J attended. ' * 2_400]\n"
        "for text in texts:\n"
        "    guard.detector.detect(text)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=HANG_LIMIT_SECONDS)
