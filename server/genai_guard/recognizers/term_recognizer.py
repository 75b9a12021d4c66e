"""Special-category detail from the term lists in `patterns/terms/`, found in one pass.

All categories' terms go into one matcher (one scan of the text however many lists there are);
the category of a match is looked up from the term it matched. A term listed under two categories
reports the first in file order.
"""

from __future__ import annotations

from pathlib import Path

from presidio_analyzer import Pattern

from genai_guard.recognizers.pattern_recognizer import FLAGS, CaseNotePatternRecognizer
from genai_guard.recognizers.term_list import TermMatcher, read_terms, term_key


class TermListPattern(Pattern):
    """A Presidio pattern matched by a term list's automaton instead of a regular expression."""

    def __init__(self, name: str, matcher: TermMatcher, score: float) -> None:
        self.name, self.regex, self.score = name, f"one of {len(matcher)} listed terms", score
        self.compiled_regex, self.compiled_with_flags = matcher, FLAGS


class TermListRecognizer(CaseNotePatternRecognizer):
    def __init__(self, *, name: str, supported_entity: str, terms_dir: Path, score: float) -> None:
        self.categories: dict[str, str] = {}
        for path in sorted(terms_dir.glob("*.txt")):
            for term in read_terms(path):
                self.categories.setdefault(term_key(term), path.stem)
        if not self.categories:
            raise ValueError(f"no terms found in {terms_dir}")
        pattern = TermListPattern("special-category terms", TermMatcher(self.categories), score)
        super().__init__(supported_entity=supported_entity, patterns=[pattern], name=name)

    def category_of(self, value: str) -> str | None:
        return self.categories.get(term_key(value))
