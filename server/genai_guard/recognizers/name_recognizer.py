"""Names the way case notes write them, which a general NER model misses.

Quick notes say "mum sarah", "son Jack (7)", "Mrs O'Neill", "seen kacper and dad". This recognizer
reads its cue words and scores from `patterns/recognizers/person.yaml` and the gazetteers in
`patterns/names/`, and finds a name from a title, a kin or role cue, an age in brackets, a listed
first name (with the surname after it), or a capitalised word the NER model also calls a name.
(Other mentions of a name found here are marked by the detector, over the whole text.)
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
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
INITIALS = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.\s?){1,2}\p{Lu}\.?(?![\p{L}])")
SENTENCE_BREAK = regex.compile(r"[.!?:;\n]")
POSSESSIVE = regex.compile(r"['’]s$", regex.IGNORECASE)
CONTRACTION = regex.compile(r"(?:n['’]t|['’](?:re|ll|ve|d|m))$", regex.IGNORECASE)
HYPHEN = regex.compile(r"-")
SHORTEST_LONE_NAME = 3
LONGEST_ACRONYM = 4


def without_possessive(word: str) -> str:
    """ "Jack's" -> "Jack"; any other word as it is."""
    return POSSESSIVE.sub("", word)


@dataclass(frozen=True)
class Token:
    """A word, with a trailing possessive kept out of its text and its span ("Jack's" -> "Jack")."""

    text: str
    start: int
    end: int

    @classmethod
    def from_match(cls, match: regex.Match[str]) -> Token:
        text = without_possessive(match.group())
        return cls(text, match.start(), match.start() + len(text))

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper() and not (len(self.text) > 1 and self.text.isupper())

    @property
    def acronym(self) -> bool:
        return self.text.isupper() and len(self.text) <= LONGEST_ACRONYM


@dataclass(frozen=True)
class NameScores:
    title: float
    kin_cue: float
    role_cue: float
    age: float
    full_name: float
    first_name_capitalised: float
    first_name_lower: float
    initials: float
    repeated: float


Span = tuple[int, int, float, str]


class CaseNoteNameRecognizer(EntityRecognizer):
    """PERSON from case-note cues and UK name gazetteers."""

    def __init__(
        self,
        *,
        name: str,
        titles: list[str],
        kin_cues: list[str],
        role_cues: list[str],
        place_words: list[str],
        not_initials: list[str],
        scores: dict[str, float],
        names_dir: Path,
    ) -> None:
        self.titles = {t.lower().rstrip(".") for t in titles}
        self.kin_cues = {c.lower() for c in kin_cues}
        self.role_cues = {c.lower() for c in role_cues}
        self.place_words = {w.lower() for w in place_words}
        self.not_initials = {n.replace(" ", "") for n in not_initials}
        self.scores = NameScores(**scores)
        self.first_names = set(read_terms(names_dir / "first_names.txt"))
        self.surnames = set(read_terms(names_dir / "surnames.txt"))
        self.common_words = set(read_terms(names_dir / "common_words.txt"))
        super().__init__(supported_entities=["PERSON"], name=name, supported_language="en")

    def load(self) -> None:
        """Gazetteers are read in the constructor; nothing to load lazily."""

    # --- vocabulary -------------------------------------------------------------------------

    def _listed(self, word: str, names: set[str]) -> bool:
        """Listed as written, without accents, or (hyphenated) by any part: Ellie-Rose, Smith-Jones."""
        folded = _fold(word)
        return folded in names or any(
            part in names for part in HYPHEN.split(folded) if len(part) >= SHORTEST_LONE_NAME
        )

    def knows(self, words: list[str]) -> bool:
        """True when any word is a listed name and not a function word, cue or acronym."""
        return any(
            not self._blocked(Token(w, 0, len(w)))
            and (self._listed(w, self.first_names) or self._listed(w, self.surnames))
            for w in words
        )

    def needs_model(self, word: str) -> bool:
        """Whether the NER model's view could change what a capitalised word is taken for: an
        unlisted word (a place, a rare name) or a name that is also an ordinary word."""
        token = Token(word, 0, len(word))
        if self._blocked(token) or self.is_place_word(word):
            return False
        if token.lower in self.common_words:
            return True
        return not (self._listed(token.lower, self.first_names) or self._listed(token.lower, self.surnames))

    def is_common_word(self, word: str) -> bool:
        return word.lower() in self.common_words

    def is_place_word(self, word: str) -> bool:
        """Lane, Road, School, Ward...: a "name" followed by one of these is a place or service."""
        return word.lower() in self.place_words

    def prefix_length(self, name: str) -> int:
        """Characters of a leading title or cue ("Mrs ", "Dad ") that a name span should not include."""
        first = WORD.match(name)
        if first is None or first.group().lower() not in self.titles | self.kin_cues | self.role_cues:
            return 0
        rest = name[first.end() :]
        return first.end() + len(rest) - len(rest.lstrip(". "))

    def knows_first_name(self, word: str) -> bool:
        return self._listed(word.lower(), self.first_names)

    def cue_before(self, text: str, start: int) -> bool:
        """Whether a title or a kin or role cue stands just before `start` ("Mrs Munro", "son Jack")."""
        before = text[max(0, start - 24) : start].rstrip(" .:,")
        words = WORD.findall(before)
        return bool(words) and words[-1].lower() in self.titles | self.kin_cues | self.role_cues

    def is_repeatable(self, word: str) -> bool:
        """A word of a found name that marks the same person where it recurs (not "the", "Mum")."""
        return len(word) >= SHORTEST_LONE_NAME and not self._blocked(Token(word, 0, len(word)))

    def _blocked(self, token: Token) -> bool:
        """Words that are never a name on their own: function words, cues, titles, acronyms."""
        lower = token.lower
        return (
            lower in STOP_WORDS
            or lower in self.kin_cues
            or lower in self.role_cues
            or lower in self.titles
            or token.acronym
            or CONTRACTION.search(token.text) is not None
        )

    def _is_name_word(self, token: Token, sentence_start: bool, model_names: set[int] | None) -> bool:
        """Listed (and not an ordinary word), or capitalised where the NER model also sees a name."""
        if self._blocked(token):
            return False
        model_agrees = model_names is not None and token.start in model_names
        if token.lower in self.common_words:
            return token.capitalised and model_agrees
        if self._listed(token.lower, self.first_names) or self._listed(token.lower, self.surnames):
            return True
        return token.capitalised and (model_agrees or (model_names is None and not sentence_start))

    # --- finding names ----------------------------------------------------------------------

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        tokens = [Token.from_match(m) for m in WORD.finditer(text)]
        starts = [t.start for t in tokens]
        model_names = _model_person_starts(nlp_artifacts)
        spans: list[Span] = []
        for index in range(len(tokens)):
            found = self._name_at(text, tokens, index, model_names)
            if found and not self._before_place_word(tokens, starts, found):
                spans.append(found)
        spans.extend(self._initials(text))
        return self.remove_duplicates([self._result(*span) for span in spans])

    def _name_at(self, text: str, tokens: list[Token], i: int, model_names: set[int] | None) -> Span | None:
        token = tokens[i]
        previous = tokens[i - 1] if i else None
        gap_before = text[previous.end : token.start] if previous else ""
        sentence_start = previous is None or SENTENCE_BREAK.search(gap_before) is not None
        previous_word = previous.lower.rstrip(".") if previous and gap_before.strip(" .:,") == "" else ""
        if previous_word in self.titles and (token.capitalised or self.knows([token.text])):
            return self._span(tokens, i, text, self.scores.title, "title")
        if previous_word in self.kin_cues and token.capitalised and not self._blocked(token):
            return self._span(tokens, i, text, self.scores.kin_cue, "kin cue")
        if not self._is_name_word(token, sentence_start, model_names):
            return None
        if previous_word in self.kin_cues:
            return self._span(tokens, i, text, self.scores.kin_cue, "kin cue")
        if previous_word in self.role_cues:
            return self._span(tokens, i, text, self.scores.role_cue, "role cue")
        last = self._extend(tokens, i, text)
        if AGE_IN_BRACKETS.match(text, tokens[last].end):
            return token.start, tokens[last].end, self.scores.age, "age"
        if not self._listed(token.lower, self.first_names):
            return self._surname_after_given_name(text, tokens, i)
        starts_earlier = previous is not None and gap_before in (" ", "-") and previous.capitalised
        if starts_earlier and self._listed(previous.lower, self.first_names) and not self._blocked(previous):
            return None  # the previous word already started this name
        if last > i:
            return token.start, tokens[last].end, self.scores.full_name, "full name"
        if len(token.text) < SHORTEST_LONE_NAME:
            return None
        if token.capitalised:
            return token.start, token.end, self.scores.first_name_capitalised, "first name"
        return token.start, token.end, self.scores.first_name_lower, "first name, lower case"

    def _surname_after_given_name(self, text: str, tokens: list[Token], i: int) -> Span | None:
        """ "Philomena Hughes": a listed surname after a capitalised word no list knows is a full name."""
        token, previous = tokens[i], tokens[i - 1] if i else None
        if previous is None or text[previous.end : token.start] != " " or not token.capitalised:
            return None
        if not self._listed(token.lower, self.surnames) or not previous.capitalised:
            return None
        if (
            self._blocked(previous)
            or previous.lower in self.common_words
            or self.is_place_word(previous.text)
        ):
            return None
        return previous.start, token.end, self.scores.full_name, "given name and listed surname"

    def _extend(self, tokens: list[Token], index: int, text: str) -> int:
        """Index of the last word of a name starting at `index` (a surname may follow).

        After a listed first name, a listed surname is taken even when it is also an ordinary or
        a place word ("Kirsty Hall", "Sinead Ward"); otherwise those words end the name.
        """
        after_first_name = self._listed(tokens[index].lower, self.first_names)
        last = index
        for nxt in tokens[index + 1 : index + 3]:
            gap = text[tokens[last].end : nxt.start]
            if gap not in (" ", "-") or self._blocked(nxt):
                break
            surname = self._listed(nxt.lower, self.surnames)
            ordinary = nxt.lower in self.common_words or self.is_place_word(nxt.text)
            if (nxt.capitalised or surname) and (
                not ordinary or (after_first_name and surname and nxt.capitalised)
            ):
                last += 1
                after_first_name = False
                continue
            break
        return last

    def _span(self, tokens: list[Token], i: int, text: str, score: float, how: str) -> Span:
        return tokens[i].start, tokens[self._extend(tokens, i, text)].end, score, how

    def _before_place_word(self, tokens: list[Token], starts: list[int], span: Span) -> bool:
        """ "Marsh Lane", "St Aidan's School": words before a place word are a place, unless they
        end in a listed first name that the place word could be the surname of."""
        index = bisect_left(starts, span[1])
        following = tokens[index] if index < len(tokens) else None
        if following is None or not following.capitalised or not self.is_place_word(following.text):
            return False
        last = tokens[index - 1]
        return not (
            self._listed(last.lower, self.first_names) and self._listed(following.lower, self.surnames)
        )

    def _initials(self, text: str) -> list[Span]:
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


@lru_cache(maxsize=65_536)
def _fold(word: str) -> str:
    """Lower case, no accents, straight apostrophes: "Stanisław" -> "stanislaw"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("ł", "l").replace("’", "'")


def _model_person_starts(nlp_artifacts: NlpArtifacts | None) -> set[int] | None:
    """Start offsets of tokens inside a PERSON the NER model found; None when there is no model."""
    if nlp_artifacts is None or nlp_artifacts.nlp_engine is None:
        return None
    if "ner" not in nlp_artifacts.nlp_engine.get_nlp("en").pipe_names:
        return None
    return {token.idx for entity in nlp_artifacts.entities if entity.label_ == "PERSON" for token in entity}
