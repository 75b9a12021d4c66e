"""The indexed context enhancer scores exactly as Presidio's own, only faster."""

from __future__ import annotations

import copy

import pytest
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from genai_guard.context import IndexedContextEnhancer
from genai_guard.engine import CONTEXT_WORDS_AFTER, CONTEXT_WORDS_BEFORE
from genai_guard.guard import Guard

TEXTS = [
    "NHS no 943 476 5919 for Jayden Clarke, DOB 04/11/2011",
    "nhs 9434765919; passport 123456789; seen at home with mum",
    "Mum's mobile is 07700 900123 and her email sarah.khan87@example.com. Postcode LS6 2AB.",
    "Team meeting on 3 March at 10:30. CHI 1205834567. PNC 22/0419876X. Crime ref 13/123456/23.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_scores_as_presidio_enhancer(guard: Guard, text: str) -> None:
    analyzer = guard.detector.analyzer
    artifacts = analyzer.nlp_engine.process_text(text, "en")
    recognizers = analyzer.registry.recognizers
    raw = [r for rec in recognizers for r in rec.analyze(text, rec.supported_entities, artifacts)]
    for result in raw:
        rec = next(r for r in recognizers if r.name == result.recognition_metadata["recognizer_name"])
        result.recognition_metadata["recognizer_identifier"] = rec.id
    settings = {"context_prefix_count": CONTEXT_WORDS_BEFORE, "context_suffix_count": CONTEXT_WORDS_AFTER}
    expected = LemmaContextAwareEnhancer(**settings).enhance_using_context(
        text, copy.deepcopy(raw), artifacts, recognizers
    )
    actual = IndexedContextEnhancer(**settings).enhance_using_context(text, raw, artifacts, recognizers)
    assert [(r.entity_type, r.start, r.end, r.score) for r in actual] == [
        (r.entity_type, r.start, r.end, r.score) for r in expected
    ]
