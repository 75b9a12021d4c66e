"""Find the phrases of a term list (special-category words, public names) in one pass.

An Aho-Corasick automaton (pyahocorasick) finds every listed term in a single scan of the text,
however long the list, and is built in milliseconds; the same list as one regular expression took
a third of the service's start-up to compile. Matching follows the lists' conventions: case is
ignored, any run of spaces matches a space, straight and curly apostrophes match each other, a
term counts only as whole words, and a possessive "'s" may follow it ("Bowlby's").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import ahocorasick

from genai_guard.recognizers.pattern_recognizer import VALUE_GROUP

_SPACE_RUN = re.compile(r"\s+")
# Whitespace other than one plain space: folded to one space (offsets are mapped back).
_FOLDED_SPACE = re.compile(r"\s{2,}|[^\S ]")
_POSSESSIVE = "'s"


def read_terms(path: Path) -> list[str]:
    """One term a line; `#` starts a comment; blank lines are ignored; duplicates are dropped."""
    seen: dict[str, None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        term = line.split("#", 1)[0].strip().lower()
        if term:
            seen.setdefault(" ".join(term.split()), None)
    return list(seen)


def term_key(term: str) -> str:
    """The form a term is listed and looked up in: lower case, single spaces, straight apostrophes."""
    return _SPACE_RUN.sub(" ", _fold_case(term).replace("’", "'"))


def _fold_case(text: str) -> str:
    """Lower case without changing the length (the few letters whose lower case is longer stay)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _joins_word(ch: str) -> bool:
    """Characters that continue a word: a term must not start or end next to one."""
    return ch.isalnum() or ch in "_'’-"


class TermMatch:
    """One listed term found in a text: `span("value")` is the term, `span()` includes a possessive."""

    __slots__ = ("_value", "_whole", "key")

    def __init__(self, value: tuple[int, int], whole: tuple[int, int], key: str) -> None:
        self._value, self._whole, self.key = value, whole, key

    def span(self, group: str | None = None) -> tuple[int, int]:
        return self._value if group == VALUE_GROUP else self._whole


class FoldedText:
    """A text in the lists' form (see `term_key`) and the way back to the original offsets."""

    def __init__(self, text: str) -> None:
        folded = _fold_case(text).replace("’", "'")
        self.breaks: list[int] = []  # folded offsets after each folded run of whitespace
        self.shifts: list[int] = []  # characters removed before each break
        if _FOLDED_SPACE.search(folded):
            pieces: list[str] = []
            last = removed = 0
            for run in _FOLDED_SPACE.finditer(folded):
                pieces.append(folded[last : run.start()] + " ")
                self.breaks.append(run.start() - removed + 1)
                removed += len(run.group()) - 1
                self.shifts.append(removed)
                last = run.end()
            pieces.append(folded[last:])
            folded = "".join(pieces)
        self.text = folded

    def original(self, offset: int) -> int:
        index = bisect.bisect_right(self.breaks, offset)
        return offset + (self.shifts[index - 1] if index else 0)


@lru_cache(maxsize=4)
def folded_text(text: str) -> FoldedText:
    """The text folded once for all the lists that read it in turn (each special category's terms,
    the names' cues, the public lists): a 100,000-character text was folded 29 times a detection."""
    return FoldedText(text)


class TermMatcher:
    """The terms of a list, found as whole words, longest first, left to right without overlaps."""

    def __init__(self, terms: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for term in terms:
            key = term_key(term).strip()
            if key:
                self._automaton.add_word(key, key)
        if not len(self._automaton):
            raise ValueError("a term list must hold at least one term")
        self._automaton.make_automaton()
        self.groupindex = {VALUE_GROUP: 1}

    def __len__(self) -> int:
        return len(self._automaton)

    def finditer(self, text: str) -> Iterator[TermMatch]:
        folded = folded_text(text)
        scan = folded.text
        longest: dict[int, tuple[int, int, str]] = {}
        for last, key in self._automaton.iter(scan):
            start, end = last + 1 - len(key), last + 1
            stop = self._whole_word_end(scan, start, end)
            if stop is None:
                continue
            if start not in longest or longest[start][0] < end:
                longest[start] = (end, stop, key)
        taken_to = 0
        for start in sorted(longest):
            if start < taken_to:
                continue
            end, stop, key = longest[start]
            taken_to = stop
            value = (folded.original(start), folded.original(end - 1) + 1)
            yield TermMatch(value, (value[0], folded.original(stop - 1) + 1), key)

    def search(self, text: str) -> TermMatch | None:
        """A listed term in the text, or None: for a yes-or-no test, so it stops at the first
        whole-word term it meets (not always the leftmost or the longest)."""
        folded = folded_text(text)
        scan = folded.text
        for last, key in self._automaton.iter(scan):
            start, end = last + 1 - len(key), last + 1
            stop = self._whole_word_end(scan, start, end)
            if stop is not None:
                value = (folded.original(start), folded.original(end - 1) + 1)
                return TermMatch(value, (value[0], folded.original(stop - 1) + 1), key)
        return None

    @staticmethod
    def _whole_word_end(scan: str, start: int, end: int) -> int | None:
        """Where a match of scan[start:end] ends as whole words (after a possessive "'s", or the
        apostrophe of "Hughes'", if one follows), or None when it starts or ends inside a word."""
        if start > 0 and _joins_word(scan[start - 1]):
            return None
        if end == len(scan) or not _joins_word(scan[end]):
            return end
        stop = end + len(_POSSESSIVE)
        if scan.startswith(_POSSESSIVE, end) and (stop == len(scan) or not _joins_word(scan[stop])):
            return stop
        if scan[end - 1] in "sS" and scan[end] == "'":  # "Hughes' PACE"
            plural = end + 1
            return plural if plural == len(scan) or not _joins_word(scan[plural]) else None
        return None
