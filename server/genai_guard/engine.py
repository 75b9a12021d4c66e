"""Assemble Presidio's AnalyzerEngine from `patterns/` once, at start-up.

Also builds the two engines the benchmark and the evaluation compare against: vanilla Presidio
(same spaCy model, Presidio's default recognizers) and the rules the extension's degraded
detector is generated from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from genai_guard.context import IndexedContextEnhancer
from genai_guard.nlp import NO_MODEL, EnglishVocabulary, LoadedModel, SelectiveNerNlpEngine, load_model
from genai_guard.paths import patterns_dir
from genai_guard.recognizers.loader import build_recognizers, read_specs
from genai_guard.recognizers.name_recognizer import CaseNoteNameRecognizer

log = logging.getLogger(__name__)

CONTEXT_WORDS_BEFORE = 5
CONTEXT_WORDS_AFTER = 3


def build_analyzer(
    model: LoadedModel, root: Path | None = None, *, model_on_all_text: bool = False
) -> AnalyzerEngine:
    """Our engine: the recognizers described in `patterns/recognizers/` over the given model."""
    root = root or patterns_dir()
    registry = RecognizerRegistry(supported_languages=["en"])
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
            else _model_question(names, EnglishVocabulary.of_model(model.name)),
        ),
        supported_languages=["en"],
        context_aware_enhancer=IndexedContextEnhancer(
            context_prefix_count=CONTEXT_WORDS_BEFORE, context_suffix_count=CONTEXT_WORDS_AFTER
        ),
    )


def _every_word(word: str) -> bool:
    return True


def _model_question(
    names: CaseNoteNameRecognizer | None, vocabulary: EnglishVocabulary
) -> Callable[[str], bool] | None:
    """Which capitalised words the NER model should look at: those the name recognizer cannot
    settle alone, unless they are ordinary English words (names that are also words, such as
    "Summer", are still shown to the model)."""
    if names is None:
        return None

    def needs_model(word: str) -> bool:
        return names.needs_model(word) and (names.is_common_word(word) or not vocabulary.ordinary(word))

    return needs_model


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
