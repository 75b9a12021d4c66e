"""Assemble Presidio's AnalyzerEngine from `patterns/` once, at start-up.

Also builds the two engines the benchmark and the evaluation compare against: vanilla Presidio
(same spaCy model, Presidio's default recognizers) and the rules the extension's degraded
detector is generated from.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import regex
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from genai_guard.context import IndexedContextEnhancer
from genai_guard.nlp import (
    NAME_CONTEXT_CHARS,
    NO_MODEL,
    ContextForModel,
    EnglishVocabulary,
    LoadedModel,
    SelectiveNerNlpEngine,
    load_model,
)
from genai_guard.paths import patterns_dir
from genai_guard.recognizers.loader import build_recognizers, read_specs
from genai_guard.recognizers.name_recognizer import WORD, CaseNoteNameRecognizer
from genai_guard.recognizers.pattern_recognizer import CaseNotePatternRecognizer

log = logging.getLogger(__name__)

CONTEXT_WORDS_BEFORE = 5
CONTEXT_WORDS_AFTER = 3
# Jigsaw risk needs both of these in a text before a place can change the decision (policy.py).
JIGSAW_SIGNALS = ("AGE", "SPECIAL_CATEGORY")
WORD_LOOKBACK = 24
# The model tells a place from other words by the word itself and its neighbours: a narrower view
# than it needs to tell a name from an ordinary word.
PLACE_CONTEXT_CHARS = 12
# A capitalised word, up to two more words of the name, then an age: "Summer (14)", "Joy Eze (9)".
AGE_AFTER = regex.compile(r"(?:[ \-][\p{L}'’\-]+){0,2}\s*\(\s*(?:aged?\s*)?\d{1,2}\b", regex.IGNORECASE)
# Months and their abbreviations; several are also first names ("April", "May", "June", "Jan").
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
TIME_WORDS = frozenset(
    "in since from until till by during early mid late last next this of on before after end".split()
)
# Where English puts a place name: a model's "place" elsewhere is seldom one that matters.
PLACE_PREPOSITIONS = frozenset(
    "in at on of from near nr outside around to into towards across within via between".split()
)
PLACE_LOOKBACK = 48
NUMBER_AFTER = regex.compile(r"\.?,?\s+\d")
NUMBER_BEFORE = regex.compile(r"\d(?:st|nd|rd|th)?(?:\s+of)?\s+$", regex.IGNORECASE)


class OrderedRecognizerRegistry(RecognizerRegistry):
    """Presidio's registry answers from a set when entities are named, so the recognizers ran in
    an order that changed from one build to the next, and with it which of two equal findings
    (the model's "Rose Hill" and the name lists') `remove_duplicates` kept: the same text could be
    answered differently by two services. This one answers in the order they were added."""

    def get_recognizers(
        self,
        language: str,
        entities: list[str] | None = None,
        all_fields: bool = False,
        ad_hoc_recognizers: list[EntityRecognizer] | None = None,
    ) -> list[EntityRecognizer]:
        chosen = set(super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers))
        return [r for r in (*self.recognizers, *(ad_hoc_recognizers or [])) if r in chosen]


def build_analyzer(
    model: LoadedModel, root: Path | None = None, *, model_on_all_text: bool = False
) -> AnalyzerEngine:
    """Our engine: the recognizers described in `patterns/recognizers/` over the given model."""
    root = root or patterns_dir()
    registry = OrderedRecognizerRegistry(supported_languages=["en"])
    recognizers = build_recognizers(root)
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    names = next((r for r in recognizers if isinstance(r, CaseNoteNameRecognizer)), None)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=SelectiveNerNlpEngine(
            model,
            _every_word
            if model_on_all_text
            else _model_question(names, EnglishVocabulary.of_model(model.name), recognizers),
        ),
        supported_languages=["en"],
        context_aware_enhancer=IndexedContextEnhancer(
            context_prefix_count=CONTEXT_WORDS_BEFORE, context_suffix_count=CONTEXT_WORDS_AFTER
        ),
    )


def _every_word(text: str, whole_text: str) -> ContextForModel:
    return lambda word, start, end: NAME_CONTEXT_CHARS


class ModelQuestion:
    """Which capitalised words of a text the NER model should look at: only those where its
    answer can change what the guard finds or decides.

    - A listed name that is also an ordinary word ("Grace", "Price"): the model says which it
      is, unless the text already has: an age after it ("Summer (14)" is a name, which the name
      recognizer sees alone) or a date around it ("in June", "12 Jan", "May 2024").
    - A word no list knows and that is not ordinary English ("Oluwadarasimi", "Harehills")
      counts as a name after a role cue ("key worker Oluwadarasimi"), where the name recognizer
      takes the model's word for it; elsewhere a model-only name is doubted below the threshold.
      As a place it matters only for jigsaw risk, which needs both an age and special-category
      detail in the text, so places are looked at only then, and only where English puts a
      place name (after "in", "near", "of"...).
    Listed names, cue-word names, names before an age and lower-case names are found without
    the model.
    """

    def __init__(
        self,
        names: CaseNoteNameRecognizer,
        vocabulary: EnglishVocabulary,
        jigsaw_signals: dict[str, list[CaseNotePatternRecognizer]],
    ) -> None:
        self.names = names
        self.vocabulary = vocabulary
        self.jigsaw_signals = jigsaw_signals
        # The pieces of a long text share one answer: kept with a hash of the text, never the text.
        self._last_answer: tuple[int, int, bool] = (0, -1, False)

    def _places_matter(self, whole_text: str) -> bool:
        digest, length, answer = self._last_answer
        if (hash(whole_text), len(whole_text)) != (digest, length):
            answer = all(
                any(r.finds_any(whole_text) for r in self.jigsaw_signals.get(entity, []))
                for entity in JIGSAW_SIGNALS
            )
            self._last_answer = (hash(whole_text), len(whole_text), answer)
        return answer

    def __call__(self, text: str, whole_text: str) -> ContextForModel:
        """The question for the words of `text`, a piece of `whole_text` (the policy's jigsaw rule
        reads the whole text, so an age in one piece and a place in another still count)."""
        places_matter = self._places_matter(whole_text)

        def context_for_model(word: str, start: int, end: int) -> int:
            if not self.names.needs_model(word):
                return 0
            if self.names.is_common_word(word):
                decided = AGE_AFTER.match(text, end) or self._reads_as_date(text, word, start, end)
                return 0 if decided else NAME_CONTEXT_CHARS
            if self.vocabulary.ordinary(word):
                return 0
            if self._word_before(text, start) in self.names.role_cues:
                return NAME_CONTEXT_CHARS
            return PLACE_CONTEXT_CHARS if places_matter and self._where_places_go(text, start) else 0

        return context_for_model

    @staticmethod
    def _where_places_go(text: str, start: int) -> bool:
        """After a preposition of place, perhaps with a capitalised word or two of the name
        between: "in Hawes", "near Bala", "Mayor of Clitheroe", "in Much Wenlock"."""
        words = WORD.findall(text, max(0, start - PLACE_LOOKBACK), start)
        for word in reversed(words[-3:]):
            if word.lower() in PLACE_PREPOSITIONS:
                return True
            if not word[0].isupper():
                return False
        return False

    @staticmethod
    def _word_before(text: str, start: int) -> str:
        words = WORD.findall(text, max(0, start - WORD_LOOKBACK), start)
        return words[-1].lower() if words else ""

    def _reads_as_date(self, text: str, word: str, start: int, end: int) -> bool:
        """ "in June", "12 Jan", "May 2024": a month, not a person."""
        if word.lower() not in MONTHS:
            return False
        number_next = NUMBER_AFTER.match(text, end) or NUMBER_BEFORE.search(text, max(0, start - 6), start)
        return bool(number_next) or self._word_before(text, start) in TIME_WORDS


def _model_question(
    names: CaseNoteNameRecognizer | None,
    vocabulary: EnglishVocabulary,
    recognizers: list[EntityRecognizer],
) -> ModelQuestion | None:
    if names is None:
        return None
    patterns = [r for r in recognizers if isinstance(r, CaseNotePatternRecognizer)]
    signals = {entity: [r for r in patterns if entity in r.supported_entities] for entity in JIGSAW_SIGNALS}
    return ModelQuestion(names, vocabulary, signals)


def build_vanilla_presidio(model_name: str | None = None) -> AnalyzerEngine:
    """Presidio as it ships: default recognizers and threshold, the full spaCy pipeline."""
    model = load_model(model_name)
    if model.name == NO_MODEL:
        raise RuntimeError("vanilla Presidio needs a spaCy model; none is installed")
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model.name}])
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def degraded_rules(root: Path | None = None) -> list[dict[str, Any]]:
    """The recognizers marked `degraded: true`, as data the extension's fallback detector runs.

    The YAML regexes are written for both Python's `regex` and JavaScript; only the named-group
    syntax differs, and is translated here.
    """
    rules = []
    for spec in read_specs((root or patterns_dir()) / "recognizers"):
        if not (spec.enabled and spec.degraded and spec.kind == "pattern"):
            continue
        rules.append(
            {
                "entity_type": spec.data["supported_entity"],
                "name": spec.name,
                "patterns": [
                    {"name": p.name, "regex": _javascript_regex(p.regex), "score": p.score}
                    for p in spec.patterns()
                ],
                "context": list(spec.data.get("context") or []),
                "negative_context": list(spec.data.get("negative_context") or []),
                "validator": spec.data.get("validator"),
                "flags": "gim",
            }
        )
    return rules


def _javascript_regex(pattern: str) -> str:
    return pattern.replace("(?P<", "(?<")
