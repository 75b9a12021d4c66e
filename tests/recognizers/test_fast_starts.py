"""A pattern that opens with a first-character check, `(?=[...])`, must list in it every character
its match can begin with; otherwise a word added to one of its lists would silently stop matching.

The characters a match can begin with are read from the expression's parse tree (the `re`
module's own parser), over the first 12,288 code points, with the recognizers' flags.
"""

from __future__ import annotations

import _sre
import re
from re import _compiler, _parser  # the parse tree is the only exact source of first characters
from re._constants import (
    ANY,
    ASSERT,
    ASSERT_NOT,
    AT,
    ATOMIC_GROUP,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    NOT_LITERAL,
    POSSESSIVE_REPEAT,
    SUBPATTERN,
)
from typing import Any

import pytest

from genai_guard.paths import patterns_dir
from genai_guard.recognizers.loader import build_recognizers
from genai_guard.recognizers.pattern_recognizer import CaseNotePatternRecognizer, flags_for

FIRST_CHARACTER_CHECK = re.compile(r"\(\?=(\[[^\]]*\])\)")
CHARACTERS = [chr(code) for code in range(0x3000)]


def _first_characters(items: list[tuple[Any, Any]], flags: int) -> tuple[set[str], bool]:
    """(characters a match of `items` can begin with, whether `items` can match nothing)."""
    found: set[str] = set()
    for op, av in items:
        if op in (AT, ASSERT, ASSERT_NOT):
            continue
        if op in (LITERAL, NOT_LITERAL, IN, ANY):
            return found | _characters_of(op, av, flags), False
        if op is SUBPATTERN:
            _, add, remove, sub = av
            inner, empty = _first_characters(sub.data, _compiler._combine_flags(flags, add, remove))
        elif op is BRANCH:
            results = [_first_characters(branch.data, flags) for branch in av[1]]
            inner = set().union(*(chars for chars, _ in results))
            empty = any(can_be_empty for _, can_be_empty in results)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            low, _, sub = av
            inner, empty = _first_characters(sub.data, flags)
            empty = empty or low == 0
        elif op is ATOMIC_GROUP:
            inner, empty = _first_characters(av.data, flags)
        else:
            raise AssertionError(f"no rule for {op} at the start of a pattern")
        found |= inner
        if not empty:
            return found, False
    return found, True


def _characters_of(op: Any, av: Any, flags: int) -> set[str]:
    state = _parser.State()
    state.flags = flags
    code = _compiler._code(_parser.SubPattern(state, [(op, av)]), flags)
    single = _sre.compile(None, flags, code, 0, {}, (None,))
    return {ch for ch in CHARACTERS if single.fullmatch(ch)}


def checked_patterns() -> list[tuple[str, str, str, int]]:
    found = []
    for recognizer in build_recognizers(patterns_dir()):
        if not isinstance(recognizer, CaseNotePatternRecognizer):
            continue
        for pattern, compiled in recognizer._compiled:
            check = FIRST_CHARACTER_CHECK.match(pattern.regex)
            if check:
                found.append((pattern.name, check.group(1), pattern.regex[check.end() :], compiled.flags))
    return found


def test_some_patterns_open_with_a_first_character_check() -> None:
    assert len(checked_patterns()) >= 5


@pytest.mark.parametrize(("name", "check", "rest", "flags"), checked_patterns(), ids=lambda v: str(v)[:40])
def test_first_character_check_lists_every_possible_first_character(
    name: str, check: str, rest: str, flags: int
) -> None:
    flags &= re.IGNORECASE | re.DOTALL | re.MULTILINE
    parsed = _parser.parse(rest, flags)
    starts, can_be_empty = _first_characters(parsed.data, parsed.state.flags)
    assert not can_be_empty
    allowed = re.compile(check, flags)
    assert not {ch for ch in starts if not allowed.fullmatch(ch)}, name


def test_the_checker_sees_a_missing_first_character() -> None:
    flags = flags_for(case_sensitive=False)
    parsed = _parser.parse(r"(?:mosaic|eclipse|zeta)\s+\d+", flags)
    starts, _ = _first_characters(parsed.data, parsed.state.flags)
    assert {"m", "M", "e", "E", "z", "Z"} <= starts
    assert not re.compile("[me]", flags).fullmatch("z")
