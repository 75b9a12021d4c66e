"""Names the way case notes write them, which a general NER model misses.

Quick notes say "mum sarah", "son Jack (7)", "Mrs O'Neill", "seen kacper and dad". This recognizer
reads the cue words and scores from `patterns/recognizers/person.yaml` and the gazetteers in
`patterns/names/`, and finds a name from a title, a kin or role cue, an age in brackets, a known
first name followed by a surname, or a known first name on its own.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from genai_guard.recognizers.term_list import read_terms

WORD = regex.compile(r"\p{L}[\p{L}'’\-]*\p{L}|\p{L}")
AGE_IN_BRACKETS = regex.compile(
    r"\s*\(\s*(?:aged?\s*)?\d{1,2}(?:\s*(?:yrs?|years?|y/?o|months?|mths?|m))?\s*\)", regex.IGNORECASE
)
SHORTEST_LONE_NAME = 3
NAME_PARTS = regex.compile(r"[-'’]")
INITIALS = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.\s?){1,2}\p{Lu}\.?(?![\p{L}])")
SENTENCE_BREAK = regex.compile(r"[.!?:;\n]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper() and not (len(self.text) > 1 and self.text.isupper())


@dataclass(frozen=True)
class NameScores:
    title: float
    cue: float
    age: float
    full_name: float
    first_name_capitalised: float
    first_name_lower: float
    initials: float


class CaseNoteNameRecognizer(EntityRecognizer):
    """PERSON from case-note cues and UK name gazetteers."""

    def __init__(
        self,
        *,
        name: str,
        titles: list[str],
        cues: list[str],
        not_initials: list[str],
        scores: dict[str, float],
        names_dir: Path,
    ) -> None:
        self.titles = {t.lower().rstrip(".") for t in titles}
        self.cues = {c.lower() for c in cues}
        self.not_initials = {n.replace(" ", "") for n in not_initials}
        self.scores = NameScores(**scores)
        self.first_names = set(read_terms(names_dir / "first_names.txt"))
        self.surnames = set(read_terms(names_dir / "surnames.txt"))
        self.common_words = set(read_terms(names_dir / "common_words.txt"))
        super().__init__(supported_entities=["PERSON"], name=name, supported_language="en")

    def knows(self, words: list[str]) -> bool:
        """True when any of the words is a listed first name or surname."""
        return any(self._listed(w, self.first_names) or self._listed(w, self.surnames) for w in words)

    def title_length(self, name: str) -> int:
        """Characters of a leading title ("Mrs ") that a name span should not include."""
        first = WORD.match(name)
        if first is None or first.group().lower() not in self.titles:
            return 0
        rest = name[first.end() :]
        return first.end() + len(rest) - len(rest.lstrip(". "))

    def load(self) -> None:
        """Gazetteers are read in the constructor; nothing to load lazily."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        tokens = [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
        model_names = _model_person_starts(nlp_artifacts)
        spans: list[tuple[int, int, float, str]] = []
        for index in range(len(tokens)):
            found = self._name_at(text, tokens, index, model_names)
            if found:
                spans.append(found)
        spans.extend(self._initials(text))
        return self.remove_duplicates([self._result(*span) for span in spans])

    def _listed(self, word: str, names: set[str]) -> bool:
        """Listed as written, without accents, or (hyphenated) by any of its parts: Ellie-Rose."""
        lower = word.lower()
        folded = _fold_accents(lower)
        return (
            lower in names
            or folded in names
            or any(part in names for part in NAME_PARTS.split(folded) if len(part) >= SHORTEST_LONE_NAME)
        )

    def _is_word_name(self, token: Token, sentence_start: bool, model_names: set[int] | None) -> bool:
        """A token that reads as a name: a listed name, or a capitalised word mid-sentence that the
        NER model also calls a name ("Child Protection" is capitalised but nobody's name; "Summer"
        is a word, yet a name where the model says so)."""
        lower = token.lower
        if lower in STOP_WORDS or lower in self.cues or lower in self.titles:
            return False
        model_agrees = model_names is None or token.start in model_names
        if lower in self.common_words:
            return token.capitalised and not sentence_start and model_names is not None and model_agrees
        if self._listed(lower, self.first_names) or self._listed(lower, self.surnames):
            return True
        return token.capitalised and not sentence_start and model_agrees

    def _extend(self, tokens: list[Token], index: int, text: str) -> int:
        """Index of the last token of a name starting at `index` (a surname may follow)."""
        last = index
        for nxt in tokens[index + 1 : index + 3]:
            gap = text[tokens[last].end : nxt.start]
            if gap not in (" ", "-") or nxt.lower in self.common_words or nxt.lower in self.cues:
                break
            if nxt.capitalised or self._listed(nxt.lower, self.surnames):
                last += 1
                continue
            break
        return last

    def _name_at(
        self, text: str, tokens: list[Token], i: int, model_names: set[int] | None
    ) -> tuple[int, int, float, str] | None:
        token = tokens[i]
        previous = tokens[i - 1] if i else None
        gap_before = text[previous.end : token.start] if previous else ""
        sentence_start = previous is None or bool(SENTENCE_BREAK.search(gap_before))
        after_title = previous is not None and previous.lower.rstrip(".") in self.titles
        after_title = after_title and gap_before.strip(". ") == ""
        if after_title and (token.capitalised or self.knows([token.text])):
            return self._span(tokens, i, text, self.scores.title, "title")
        if not self._is_word_name(token, sentence_start and previous is not None, model_names):
            return None
        if previous is not None and previous.lower in self.cues and gap_before.strip(" :,") == "":
            return self._span(tokens, i, text, self.scores.cue, "cue")
        last = self._extend(tokens, i, text)
        if AGE_IN_BRACKETS.match(text, tokens[last].end):
            return self._span(tokens, i, text, self.scores.age, "age")
        if not self._listed(token.lower, self.first_names):
            return None
        if (
            previous is not None
            and text[previous.end : token.start] in (" ", "-")
            and (previous.capitalised and self._listed(previous.lower, self.first_names))
        ):
            return None  # the previous token already started this name
        if last > i:
            return token.start, tokens[last].end, self.scores.full_name, "full name"
        if len(token.text) < SHORTEST_LONE_NAME:
            return None
        if token.capitalised:
            return token.start, token.end, self.scores.first_name_capitalised, "first name"
        return token.start, token.end, self.scores.first_name_lower, "first name, lower case"

    def _span(
        self, tokens: list[Token], i: int, text: str, score: float, how: str
    ) -> tuple[int, int, float, str]:
        return tokens[i].start, tokens[self._extend(tokens, i, text)].end, score, how

    def _initials(self, text: str) -> list[tuple[int, int, float, str]]:
        found = []
        for match in INITIALS.finditer(text):
            compact = match.group().replace(" ", "")
            if "." in compact and compact.rstrip(".") + "." not in self.not_initials:
                found.append((match.start(), match.end(), self.scores.initials, "initials"))
        return found

    def _result(self, start: int, end: int, score: float, how: str) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name, original_score=score, textual_explanation=f"name from {how}"
        )
        metadata: dict[str, Any] = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        return RecognizerResult("PERSON", start, end, score, explanation, metadata)


def _fold_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("ł", "l").replace("’", "'")


def _model_person_starts(nlp_artifacts: NlpArtifacts | None) -> set[int] | None:
    """Start offsets of every token inside a PERSON the NER model found; None without a model."""
    if nlp_artifacts is None or nlp_artifacts.nlp_engine is None:
        return None
    if "ner" not in nlp_artifacts.nlp_engine.get_nlp("en").pipe_names:
        return None
    return {token.idx for entity in nlp_artifacts.entities if entity.label_ == "PERSON" for token in entity}
