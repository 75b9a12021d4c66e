"""A Presidio PatternRecognizer described entirely by a YAML file in `patterns/recognizers/`.

Adds four things Presidio's own class lacks and case notes need: a named group `value` so a label
can sit in the pattern without becoming part of the finding ("DOB: 04/11/2011" finds the date), a
checksum validator chosen by name, negative context ("ISBN 0-19-..." is not an NHS number), and a
gazetteer that a named group `place` must be found in ("the Clun farmer", not "the Tesco cleaner").

Patterns are compiled with Python's own `re`, several times faster than the `regex` module on
these expressions; one that `re` cannot compile (Unicode property classes, a look-behind of
any width) falls back to `regex`, with a per-match timeout.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from genai_guard.recognizers.validators import Validator, get_validator

log = logging.getLogger(__name__)
FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE
NEGATIVE_CONTEXT_CHARS = 24
REGEX_TIMEOUT_SECONDS = 1.0
VALUE_GROUP = "value"
PLACE_GROUP = "place"
SAINT = "saint"
# What may follow a listed place's name in the same run and still be that place's ("Clun Post
# Office", and its landmarks, whose staff are few: "the Braemar Castle tour guide", "the Howick
# Hall head gardener"); anything else makes it another place ("Moffat Road", "Brora Rangers").
PLACE_PARTS = frozenset(
    {"post", "office", "village", "parish", "church", "harbour", "lifeboat", "primary", "school"}
    | {"castle", "hall", "abbey", "priory", "distillery", "brewery", "pier", "lighthouse", "estate", "mill"}
)
# The small words inside a place's name ("Burnham on Crouch", "Betws y Coed"), as PLACE_NAME_RUN
# in unique_descriptor.yaml reads them.
PLACE_JOINERS = frozenset("on upon in le la de by under next the en super y yr cum of sur".split())
CATEGORY_KEY = "category"


class CaseNotePatternRecognizer(PatternRecognizer):
    """Regex recognizer with value groups, named validators and negative context."""

    def __init__(
        self,
        *,
        supported_entity: str,
        patterns: list[Pattern],
        name: str,
        context: list[str] | None = None,
        validator: str | None = None,
        negative_context: list[str] | None = None,
        category: str | None = None,
        case_sensitive: bool = False,
        places: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns,
            name=name,
            context=context or [],
            supported_language="en",
        )
        self.validator_name = validator
        self._validator: Validator | None = get_validator(validator) if validator else None
        self.negative_context = [word.lower() for word in negative_context or []]
        self.category = category
        self.places = places
        flags = flags_for(case_sensitive)
        self._compiled = [
            (p, p.compiled_regex if p.compiled_with_flags == flags else compile_pattern(p.regex, flags))
            for p in patterns
        ]
        if not places and any(PLACE_GROUP in compiled.groupindex for _, compiled in self._compiled):
            raise ValueError(f"a pattern has a {PLACE_GROUP!r} group but {name!r} lists no places")

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        lowered: str | None = None
        for pattern, compiled in self._compiled:
            try:
                matches = list(self._matches(compiled, text))
            except TimeoutError:
                log.warning(
                    "recognizer %s: pattern %r gave up on a pathological text", self.name, pattern.name
                )
                continue
            for match in matches:
                start, end = match.span(VALUE_GROUP) if VALUE_GROUP in compiled.groupindex else match.span()
                if start < 0 or start == end:
                    continue
                value = text[start:end]
                if self._validator is not None and self._validator(value) is False:
                    continue
                if self.negative_context:
                    lowered = lowered if lowered is not None else text.lower()
                    window = lowered[max(0, start - NEGATIVE_CONTEXT_CHARS) : start]
                    if any(word in window for word in self.negative_context):
                        continue
                results.append(self._result(pattern, start, end, self.category_of(value)))
        return self.remove_duplicates(results)

    def finds_any(self, text: str) -> bool:
        """Whether any pattern matches at all (no validation): a cheap test that the text could hold
        this entity, for deciding whether further work is worth doing."""
        try:
            return any(compiled.search(text) for _, compiled in self._compiled)
        except TimeoutError:
            return True

    def _matches(self, compiled: Any, text: str) -> Iterator[Any]:
        """Every match; for a pattern with a `place` group, only those naming a listed place, and
        after one that does not the search goes on from the next character ("Yesterday Clun's
        farmer" is read again from "Clun")."""
        if PLACE_GROUP not in compiled.groupindex:
            yield from compiled.finditer(text)
            return
        at = 0
        while (match := compiled.search(text, at)) is not None:
            if self.names_a_place(match.group(PLACE_GROUP)):
                yield match
                at = max(match.end(), match.start() + 1)
            else:
                at = match.start() + 1

    def names_a_place(self, run: str | None) -> bool:
        """Whether a run of capitalised words is a listed place, or one followed only by words such
        as "Post Office" (PLACE_PARTS): "Clun Post Office" is Clun's, "Moffat Road" is not Moffat.
        A run that goes on through a joining word is the place and what follows it: "Tobermory on
        Fridays", "Clun in May" (a run is read as far as a place's name could reach, "Burnham on
        Crouch")."""
        if run is None:
            return True
        words = place_key(run).split(" ")
        return any(
            " ".join(words[:count]) in self.places
            and (set(words[count:]) <= PLACE_PARTS or words[count] in PLACE_JOINERS)
            for count in range(1, len(words) + 1)
        )

    def category_of(self, value: str) -> str | None:
        """The special category a match belongs to (None for ordinary identifiers)."""
        return self.category

    def _result(self, pattern: Pattern, start: int, end: int, category: str | None) -> RecognizerResult:
        metadata: dict[str, Any] = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        if category:
            metadata[CATEGORY_KEY] = category
        explanation = self.build_regex_explanation(
            self.name, pattern.name, pattern.regex, pattern.score, bool(self._validator), FLAGS
        )
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=pattern.score,
            analysis_explanation=explanation,
            recognition_metadata=metadata,
        )


def place_key(name: str) -> str:
    """A place's name as listed and looked up: "Hay-on-Wye" and "Hay on Wye", "Bishop's Castle"
    and "Bishops Castle", "St Davids", "St. Davids" and "Saint Davids" alike. Unlike a term's key
    it need not keep the name's length: no offsets are mapped back through it."""
    words = name.casefold().replace("’", "").replace("'", "").replace("-", " ").split()
    return " ".join(SAINT if word in ("st", "st.") else word for word in words)


def flags_for(case_sensitive: bool) -> int:
    return FLAGS & ~re.IGNORECASE if case_sensitive else FLAGS


class CompiledPattern(Pattern):
    """A Presidio Pattern compiled once, by the engine that will run it.

    Presidio's own constructor checks a pattern by compiling it with `regex`; for the
    special-category term list that check alone took longer than the rest of start-up.
    """

    def __init__(self, name: str, pattern: str, score: float, flags: int = FLAGS) -> None:
        if not 0 <= score <= 1:
            raise ValueError(f"pattern {name!r}: score {score} is not between 0 and 1")
        try:
            compiled = compile_pattern(pattern, flags)
        except (re.error, regex.error) as error:
            raise ValueError(f"pattern {name!r}: not a valid regular expression ({error})") from None
        self.name, self.regex, self.score = name, pattern, score
        self.compiled_regex, self.compiled_with_flags = compiled, flags


class _TimedRegex:
    """A `regex` pattern that gives up on pathological input instead of hanging a request."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._compiled = regex.compile(pattern, flags)
        self.groupindex = self._compiled.groupindex
        self.flags = self._compiled.flags

    def finditer(self, text: str) -> Any:
        return self._compiled.finditer(text, timeout=REGEX_TIMEOUT_SECONDS)

    def search(self, text: str, pos: int = 0) -> Any:
        return self._compiled.search(text, pos, timeout=REGEX_TIMEOUT_SECONDS)


def compile_pattern(pattern: str, flags: int) -> re.Pattern[str] | _TimedRegex:
    try:
        return re.compile(pattern, flags)
    except re.error:
        return _TimedRegex(pattern, flags)
