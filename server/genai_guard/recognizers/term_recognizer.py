"""Special-category detail from the term lists in `patterns/terms/`, found in one pass.

All categories' terms are folded into a single expression (one scan of the text however many
lists there are); the category of a match is looked up from the term it matched. A term listed
under two categories reports the first in file order.
"""

from __future__ import annotations

import re
from pathlib import Path

from genai_guard.recognizers.pattern_recognizer import CaseNotePatternRecognizer, CompiledPattern
from genai_guard.recognizers.term_list import read_terms, terms_regex

_SPACES = re.compile(r"\s+")


def term_key(term: str) -> str:
    return _SPACES.sub(" ", term.lower().replace("’", "'"))


class TermListRecognizer(CaseNotePatternRecognizer):
    def __init__(self, *, name: str, supported_entity: str, terms_dir: Path, score: float) -> None:
        self.categories: dict[str, str] = {}
        for path in sorted(terms_dir.glob("*.txt")):
            for term in read_terms(path):
                self.categories.setdefault(term_key(term), path.stem)
        if not self.categories:
            raise ValueError(f"no terms found in {terms_dir}")
        pattern = CompiledPattern("special-category terms", terms_regex(list(self.categories)), score)
        super().__init__(supported_entity=supported_entity, patterns=[pattern], name=name)

    def category_of(self, value: str) -> str | None:
        return self.categories.get(term_key(value))
