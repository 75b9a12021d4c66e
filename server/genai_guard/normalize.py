"""Undo the ways an identifier can be disguised, keeping a map back to the original offsets.

Zero-width and bidi control characters vanish; full-width digits, non-breaking and thin spaces
fold to ASCII (NFKC); look-alike Cyrillic and Greek letters inside otherwise Latin tokens become
Latin; "9-4-3-4-7-6-5-9-1-9" loses its separators; a line break inside a number becomes a space.
Text copied out of a scanned or exported document is mended: a word or a number hyphenated across
a line break is joined again ("Ander-\nton", "11/04/20-\n19"), a date or a reference broken after
a slash too ("19/08/\n2015"), and a run of spaces becomes one ("Layla  Hendy").
Recognizers run on the normalized text; every finding is mapped back before anyone sees it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from genai_guard import tables

Kept = list[tuple[str, int]]

TAG_FIRST, TAG_LAST, TAG_OFFSET = 0xE0020, 0xE007E, 0xE0000
COMBINING = frozenset(("Mn", "Me"))
INVISIBLE = frozenset(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
LOOKALIKES = "АВЕКМНОРСТХЅІЈаеорсухіјѕԁɡΑΒΕΖΗΙΚΜΝΟΡΤΥΧον"
HOMOGLYPHS = str.maketrans(LOOKALIKES, "ABEKMHOPCTXSIJaeopcyxijsdgABEZHIKMNOPTYXov")
ANY_LOOKALIKE = re.compile(f"[{LOOKALIKES}]")
LATIN = re.compile(r"[A-Za-z0-9]")
SPACED_DIGITS = re.compile(r"(?<![\d])\d(?:[-./ ]\d){5,}(?![\d])")
BREAK_IN_NUMBER = re.compile(r"(?<=\d)(?! \d)\s+(?=\d)")  # tabs, line breaks, U+2028... inside a number
# A whole date ends its line: no number runs on after it ("Clara Vincent – 19/11/1943\n1 Quay Lane").
WHOLE_DATE_BEFORE = re.compile(r"(?<!\d)\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}$")
# A capitalised word hyphenated at a line's end with its rest in lower case ("Ander-\nton",
# "Jan-\nuary"), a word in capitals ("TREN-\nGOVE", so "SMITH-\nJONES" too) or a number ("20-\n09"),
# rejoined; a compound of capitalised words keeps its hyphen ("Smith-\nJones"; not "Mc-\nCormack"),
# and so does a date written with dashes ("12-03-\n2015"). A lower-case word is joined only when
# the whole is a word the caller knows ("psy-\nchosis": the special-category terms' words);
# "self-\nharm" is a compound and stays, and so does a dash before a new line's first word
# ("Kayleigh-\nthen we went").
LINE_END_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\r?\n[ \t]*(?=\w)")
AFTER_A_SLASH_BREAK = re.compile(r"(?<=\d/)[ \t]*\r?\n[ \t]*(?=\d)")  # "19/08/\n2015", "CU/TR/25/\n01822"
# Two or three spaces between words, as a scan leaves them ("Layla  Hendy"); a wider gap is a
# form's columns ("Layla Hendy        Mosaic: ...") and stays.
SPACE_RUN = re.compile(r"(?<=\S) {2,3}(?=\S)")
CAPITALISED_START = re.compile(r"[A-Z][a-z]*")
SURNAME_PREFIXES = frozenset({"Mc", "Mac"})
WORD_AFTER = re.compile(r"[a-z]+")
# Words a line may start with after a dash used as punctuation ("Kayleigh-\nthen we went"), never
# the rest of a hyphenated word.
FUNCTION_WORDS = frozenset(
    "a an and at but for he her his i in is it my no not of on or our she so that the their then"
    " they this to was we who with you said says".split()
)
NON_DIGIT = re.compile(r"\D")
PLAIN = re.compile(r"[\x20-\x7e\t\n\r]*")
NOT_PLAIN = re.compile(r"[^\x20-\x7e\t\n\r]")
PHRASE = re.compile(r"\S+(?: \S+)*")


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text plus, for each of its characters, the index it came from in the original."""

    text: str
    origins: tuple[int, ...]
    original_length: int

    @property
    def unchanged(self) -> bool:
        return len(self.origins) == self.original_length and all(i == o for i, o in enumerate(self.origins))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalized text to the original text."""
        if end <= start:
            return self.origins[start], self.origins[start]
        return self.origins[start], self.origins[end - 1] + 1


def _fold_char(ch: str) -> str:
    if ch in INVISIBLE:
        return ""
    code = ord(ch)
    if TAG_FIRST <= code <= TAG_LAST:
        return chr(code - TAG_OFFSET)  # invisible "tag" copies of ASCII still carry the text
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"  # a lone surrogate cannot be encoded; keep its place with the replacement mark
    if ch.isascii():
        return "" if unicodedata.category(ch) == "Cc" and not ch.isspace() else ch
    folded = unicodedata.normalize("NFKC", ch)
    return folded if folded.isprintable() or folded.isspace() else ch


def _substitute(
    chars: list[str],
    origins: list[int],
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], Kept | None],
) -> tuple[list[str], list[int]]:
    """Rewrite every match; `replace` says which characters to keep, and from where (None: the
    match stays as it is). One pass."""
    text = "".join(chars)
    out_chars: list[str] = []
    out_origins: list[int] = []
    position = 0
    for match in pattern.finditer(text):
        kept = replace(match)
        if kept is None:
            continue
        start, end = match.span()
        out_chars.extend(chars[position:start])
        out_origins.extend(origins[position:start])
        for ch, index in kept:
            out_chars.append(ch)
            out_origins.append(origins[start + index])
        position = end
    out_chars.extend(chars[position:])
    out_origins.extend(origins[position:])
    return out_chars, out_origins


def normalize(text: str, words: frozenset[str] = frozenset()) -> NormalizedText:
    """`words`: lower-case words that a line break may have hyphenated in a scan ("psy-\nchosis"),
    joined again when both parts make one of them."""
    if PLAIN.fullmatch(text):
        chars, origins = list(text), list(range(len(text)))
    else:
        chars, origins = _fold(text)
        if ANY_LOOKALIKE.search("".join(chars)):
            chars, origins = _substitute(chars, origins, PHRASE, lambda m: _latinise(m.group()))
    chars, origins = _mend_copied_text(chars, origins, words)
    chars, origins = _substitute(chars, origins, BREAK_IN_NUMBER, _break_in_a_number)
    chars, origins = _substitute(chars, origins, SPACED_DIGITS, lambda m: _digits_only(m.group()))
    return NormalizedText("".join(chars), tuple(origins), len(text))


def _mend_copied_text(
    chars: list[str], origins: list[int], words: frozenset[str]
) -> tuple[list[str], list[int]]:
    """Undo what copying out of a scanned or exported document does to a line's words and spaces."""
    if "\n" in chars:
        chars, origins = _substitute(chars, origins, LINE_END_HYPHEN, lambda match: _rejoined(match, words))
        chars, origins = _substitute(chars, origins, AFTER_A_SLASH_BREAK, lambda _: [])
    return _substitute(chars, origins, SPACE_RUN, lambda _: [(" ", 0)])


def _rejoined(match: re.Match[str], words: frozenset[str]) -> Kept | None:
    """What a hyphen at a line's end keeps: nothing between two parts of a number or of a word
    ("Ander-ton", "TREN-GOVE", "psy-chosis" when "psychosis" is one of `words`), the hyphen alone
    between two capitalised words ("Smith-Jones"), everything after any other lower-case part or a
    mix of letters and digits."""
    text, start, end = match.string, match.start(), match.end()
    word_start = start
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    part, rest = text[word_start:start], text[end]
    if part.isdigit():
        if not rest.isdigit():
            return None
        return [("-", 0)] if text[word_start - 1 : word_start] == "-" else []  # "12-03-\n2015" keeps it
    if part.islower():
        following = WORD_AFTER.match(text, end)
        return [] if following is not None and part + following.group() in words else None
    if part.isupper() and len(part) > 1:
        return [] if rest.isupper() else None
    if CAPITALISED_START.fullmatch(part) is None:
        return None
    if rest.islower():  # "Ander-\nton", but not "Kayleigh-\nthen we went"
        following = WORD_AFTER.match(text, end)
        return None if following is None or following.group() in FUNCTION_WORDS else []
    if part in SURNAME_PREFIXES:  # "Mc-\nCormack"
        return []
    return [("-", 0)] if rest.isupper() else None


def _break_in_a_number(match: re.Match[str]) -> Kept | None:
    """A space for a tab or a line break inside a number ("943\t476\n5919"), but not between a
    table's cells or rows ("Cai\t12/03/2014\t1093381", a CSV row ending in digits and the next
    beginning with them): a tab is a table's when a line beside it holds one too, a line break
    when it parts two of a table's rows."""
    text, start, end = match.string, match.start(), match.end()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if "\n" in match.group():
        whole_date = WHOLE_DATE_BEFORE.search(text, line_start, start) is not None
        return (
            None if whole_date or _between_table_rows(text, line_start, start, end, line_end) else [(" ", 0)]
        )
    if "\t" in match.group():
        previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
        following_end = text.find("\n", line_end + 1)
        following = text[line_end + 1 : len(text) if following_end < 0 else following_end]
        if "\t" in previous or "\t" in following:
            return None
    return [(" ", 0)]


def _between_table_rows(text: str, line_start: int, start: int, end: int, line_end: int) -> bool:
    """Whether a line break between digits parts two rows of a table: the lines either side hold
    a separator as often as each other, and so does a third line beside them (a number broken
    across two lines of a note shares its commas with no third: "H&C 352 593\n3673, going home")."""
    for separator in tables.SEPARATORS:
        count = text.count(separator, line_start, start)
        if count == 0 or text.count(separator, end, line_end) != count:
            continue
        above_end = line_start - 1
        above_start = text.rfind("\n", 0, max(0, above_end)) + 1
        below_start = line_end + 1
        below_end = text.find("\n", below_start)
        below_end = len(text) if below_end < 0 else below_end
        if (above_end > 0 and text.count(separator, above_start, above_end) == count) or (
            below_start < len(text) and text.count(separator, below_start, below_end) == count
        ):
            return True
    return False


def _fold(text: str) -> tuple[list[str], list[int]]:
    """Fold the characters that need it; runs of plain printable ASCII are copied as they are."""
    chars: list[str] = []
    origins: list[int] = []
    position = 0
    for special in NOT_PLAIN.finditer(text):
        index = special.start()
        chars.extend(text[position:index])
        origins.extend(range(position, index))
        position = index + 1
        ch = special.group()
        if chars and chars[-1].isascii() and unicodedata.category(ch) in COMBINING:
            continue  # strike-through and other marks laid over digits, letters and spaces
        for out in _fold_char(ch):
            chars.append(out)
            origins.append(index)
    chars.extend(text[position:])
    origins.extend(range(position, len(text)))
    return chars, origins


def _digits_only(run: str) -> Kept:
    return [(ch, i) for i, ch in enumerate(run) if ch.isdigit()]


def _latinise(phrase: str) -> Kept | None:
    """Swap look-alike letters for Latin ones where a token is plainly Latin or an identifier.

    A token is latinised when it mixes Latin letters or digits with look-alikes, or when it is
    made only of look-alikes inside a phrase that holds digits ("АВ 12 34 56 С"). Real Cyrillic
    and Greek words, which use letters with no Latin twin, stay as written.
    """
    if not ANY_LOOKALIKE.search(phrase):
        return None
    has_digits = any(ch.isdigit() for ch in phrase)
    tokens = phrase.split(" ")
    out = []
    for token in tokens:
        translated = token.translate(HOMOGLYPHS)
        mixed = not token.isascii() and LATIN.search(token) is not None
        lookalike_only = translated.isascii() and not token.isascii()
        out.append(translated if mixed or (has_digits and lookalike_only) else token)
    return list(zip(" ".join(out), range(len(phrase)), strict=True))
